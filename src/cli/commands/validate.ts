/** `pcapra validate <path...>`: diagnostics are the output (stdout), one result per plan. */
import { formatDiagnosticText } from "../../diagnostics/format.js";
import { expandPlans } from "../expand.js";
import { exitCodes, type Io } from "../io.js";
import { planFails, type PlanResult } from "../validate-plan.js";
import { validateMany } from "../validate-pool.js";

export interface ValidateArgs {
  paths: string[];
  format: "text" | "json";
  failOn: "error" | "warning";
  each: boolean;
}

/** `1 plan : 1 valide, 0 invalide` / `3 plans : 2 valides, 1 invalide` (docs/cli.md). */
export function summaryLine(s: { plans: number; valid: number; invalid: number }): string {
  const n = (count: number, word: string) => `${count} ${word}${count > 1 ? "s" : ""}`;
  return `${n(s.plans, "plan")}\u00a0: ${n(s.valid, "valide")}, ${n(s.invalid, "invalide")}`;
}

export async function validateCommand(args: ValidateArgs, io: Io): Promise<number> {
  const sources = await expandPlans(args.paths, args.each);
  const stdin = sources.includes("-") ? await io.readStdin() : undefined;
  const colour = io.isTTY && !io.env.NO_COLOR;
  const results: PlanResult[] = [];
  await validateMany(
    sources,
    (result) => {
      results.push(result);
      // Text streams as results arrive (in argument order); JSON needs the whole batch.
      if (args.format === "text") {
        for (const d of result.diagnostics) io.stdout(formatDiagnosticText(d, colour) + "\n");
      }
    },
    stdin,
  );
  const valid = results.filter((r) => r.valid).length;
  const summary = { plans: results.length, valid, invalid: results.length - valid };
  if (args.format === "json") {
    io.stdout(JSON.stringify({ plans: results, summary }, null, 2) + "\n");
  } else {
    io.stdout(summaryLine(summary) + "\n");
  }
  if (results.some((r) => r.diagnostics.some((d) => d.code === "unreadable"))) return exitCodes.usage;
  return results.some((r) => planFails(r, args.failOn)) ? exitCodes.invalid : exitCodes.ok;
}
