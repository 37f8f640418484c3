/** One plan's `validate` result: shared by the in-process path and the worker threads. */
import { analyzeLoaded, analyzePlan } from "../analyze.js";
import { compareDiagnostics, diagnosticJson, failsAt, hasErrors } from "../diagnostics/format.js";
import type { Diagnostic } from "../diagnostics/types.js";
import { normalizeFiness } from "../plan/finess.js";
import { loadPlanSource, stdinName } from "../plan/source.js";

export interface PlanResult {
  source: string;
  valid: boolean;
  establishment?: string;
  finess?: string;
  diagnostics: Diagnostic[];
}

function establishmentOf(data: unknown): { name?: string; finess?: string } {
  const est = (data as { establishment?: { name?: unknown; finess?: unknown } } | undefined)?.establishment;
  const finess = normalizeFiness(est?.finess);
  return {
    name: typeof est?.name === "string" ? est.name : undefined,
    finess: finess.ok ? finess.finess : undefined,
  };
}

/** One plan's result; `stdin` is the content of standard input when `source` is `-`. */
export async function validateOne(source: string, stdin?: string | Uint8Array): Promise<PlanResult> {
  const analysis =
    source === stdinName && stdin !== undefined
      ? analyzeLoaded(await loadPlanSource(source, async () => stdin))
      : await analyzePlan(source);
  const diagnostics = analysis.diagnostics
    .map((d) => diagnosticJson(d) as unknown as Diagnostic)
    .sort(compareDiagnostics);
  const est = establishmentOf(analysis.data);
  // Key order of docs/cli.md: source, valid, establishment?, finess?, diagnostics.
  const result: Partial<PlanResult> = { source, valid: !hasErrors(diagnostics) };
  if (est.name !== undefined) result.establishment = est.name;
  if (est.finess !== undefined) result.finess = est.finess;
  result.diagnostics = diagnostics;
  return result as PlanResult;
}

export function planFails(r: PlanResult, failOn: "error" | "warning"): boolean {
  return failsAt(r.diagnostics, failOn);
}
