/** `pcapra validate <path...>`: diagnostics are the output (stdout), one result per plan. */
import { analyzePlan } from "../../analyze.js";
import { compareDiagnostics, diagnosticJson, failsAt, formatDiagnosticText, hasErrors } from "../../diagnostics/format.js";
import { normalizeFiness } from "../../plan/finess.js";
import { expandPlans } from "../expand.js";
import { exitCodes, type Io } from "../io.js";

export interface ValidateArgs {
  paths: string[];
  format: "text" | "json";
  failOn: "error" | "warning";
  each: boolean;
}

interface PlanResult {
  source: string;
  valid: boolean;
  establishment?: string;
  finess?: string;
  diagnostics: ReturnType<typeof diagnosticJson>[];
}

function establishmentOf(data: unknown): { name?: string; finess?: string } {
  const est = (data as { establishment?: { name?: unknown; finess?: unknown } } | undefined)?.establishment;
  const finess = normalizeFiness(est?.finess);
  return {
    name: typeof est?.name === "string" ? est.name : undefined,
    finess: finess.ok ? finess.finess : undefined,
  };
}

export async function validateCommand(args: ValidateArgs, io: Io): Promise<number> {
  const sources = await expandPlans(args.paths, args.each);
  const colour = io.isTTY && !io.env.NO_COLOR;
  const results: PlanResult[] = [];
  let failed = false;
  let unreadable = false;
  for (const source of sources) {
    const analysis = await analyzePlan(source);
    const diagnostics = [...analysis.diagnostics].sort(compareDiagnostics);
    if (diagnostics.some((d) => d.code === "unreadable")) unreadable = true;
    if (failsAt(diagnostics, args.failOn)) failed = true;
    const est = establishmentOf(analysis.data);
    // Key order of cli.md: source, valid, establishment?, finess?, diagnostics.
    const result: PlanResult = { source, valid: !hasErrors(diagnostics), diagnostics: [] };
    if (est.name !== undefined) result.establishment = est.name;
    if (est.finess !== undefined) result.finess = est.finess;
    delete (result as Partial<PlanResult>).diagnostics;
    result.diagnostics = diagnostics.map(diagnosticJson);
    results.push(result);
    if (args.format === "text") {
      for (const d of diagnostics) io.stdout(formatDiagnosticText(d, colour) + "\n");
    }
  }
  const valid = results.filter((r) => r.valid).length;
  const summary = { plans: results.length, valid, invalid: results.length - valid };
  if (args.format === "json") {
    io.stdout(JSON.stringify({ plans: results, summary }, null, 2) + "\n");
  } else {
    io.stdout(`${summary.plans} plans, ${summary.valid} valid, ${summary.invalid} invalid\n`);
  }
  if (unreadable) return exitCodes.usage;
  return failed ? exitCodes.invalid : exitCodes.ok;
}
