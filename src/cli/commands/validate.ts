/** `pcapra validate <path...>`: diagnostics are the output (stdout), one result per plan. */
import { expandPlans } from "../expand.js";
import { exitCodes, type Io } from "../io.js";
import type { PlanOutcome } from "../validate-plan.js";
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

/** Output is written in batches of about this many characters. */
const CHUNK = 1 << 16;

export async function validateCommand(args: ValidateArgs, io: Io): Promise<number> {
  const sources = await expandPlans(args.paths, args.each);
  const stdin = sources.includes("-") ? await io.readStdin() : undefined;
  const colour = io.isTTY && !io.env.NO_COLOR;
  const json = args.format === "json";
  // Each plan is printed as it comes (in argument order), JSON included: the document is
  // `JSON.stringify({ plans, summary }, null, 2)` written piece by piece, and no batch is held
  // in memory whole.
  let out = json ? '{\n  "plans": [' : "";
  let plans = 0;
  let valid = 0;
  let unreadable = false;
  let fails = false;
  await validateMany(
    sources,
    { format: args.format, colour },
    (o: PlanOutcome) => {
      out += json ? (plans > 0 ? ",\n" : "\n") + o.text : o.text;
      if (out.length >= CHUNK) (io.stdout(out), (out = ""));
      plans++;
      if (o.valid) valid++;
      unreadable ||= o.unreadable;
      fails ||= args.failOn === "error" ? o.failsOnError : o.failsOnWarning;
    },
    stdin,
  );
  const summary = { plans, valid, invalid: plans - valid };
  if (json) {
    out += plans > 0 ? "\n  ]" : "]";
    out += ',\n  "summary": ' + JSON.stringify(summary, null, 2).replace(/\n/g, "\n  ") + "\n}\n";
  } else out += summaryLine(summary) + "\n";
  io.stdout(out);
  if (unreadable) return exitCodes.usage;
  return fails ? exitCodes.invalid : exitCodes.ok;
}
