/** One plan's `validate` result: shared by the in-process path and the worker threads. */
import { analyzeLoaded, analyzePlan } from "../analyze.js";
import {
  compareDiagnostics,
  diagnosticJson,
  failsAt,
  formatDiagnosticText,
  hasErrors,
} from "../diagnostics/format.js";
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

/** How a batch prints: the format and, for text, whether lines are coloured. */
export interface Rendering {
  format: "text" | "json";
  colour: boolean;
}

/**
 * What the batch keeps of one plan: its printed form and the facts the summary and exit code
 * need. Workers send this (a string and four booleans), not the result object: copying 150
 * diagnostics per plan between threads cost more than printing them.
 */
export interface PlanOutcome {
  /** Text lines of its diagnostics, or its JSON object indented as an item of `plans`. */
  text: string;
  valid: boolean;
  failsOnError: boolean;
  failsOnWarning: boolean;
  unreadable: boolean;
}

export function planOutcome(r: PlanResult, rendering: Rendering): PlanOutcome {
  // As an item of an item (`[[r]]`), JSON.stringify indents the object as the `plans` list of
  // the document does; the 6 characters `[\n  [\n` before it and `\n  ]\n]` after are cut.
  const text =
    rendering.format === "json"
      ? JSON.stringify([[r]], null, 2).slice(6, -6)
      : r.diagnostics.map((d) => formatDiagnosticText(d, rendering.colour) + "\n").join("");
  return {
    text,
    valid: r.valid,
    failsOnError: failsAt(r.diagnostics, "error"),
    failsOnWarning: failsAt(r.diagnostics, "warning"),
    unreadable: r.diagnostics.some((d) => d.code === "unreadable"),
  };
}
