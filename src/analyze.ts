/**
 * The checking pipeline shared by every command: load → schema → rules → recovery engine.
 * Parses the plan once per run; returns values, never throws for bad input.
 */
import type { Diagnostic, Finding } from "./diagnostics/types.js";
import { hasErrors } from "./diagnostics/format.js";
import { loadPlan, type LoadResult } from "./plan/load.js";
import type { Plan } from "./plan/types.js";
import type { SourceMap } from "./plan/source-map.js";
import { validateSchema } from "./schema/index.js";
import { runRules } from "./rules/index.js";
import { computeRecovery } from "./recovery/index.js";
import type { Recovery } from "./recovery/types.js";

export interface Analysis {
  /** The loaded data, even when invalid (to name the establishment in batch results). */
  data?: unknown;
  /** Present when the plan loaded and passed the schema and rules without error. */
  plan?: Plan;
  map?: SourceMap;
  /** Present when the plan is valid (no cycle) and the scenario exists. */
  recovery?: Recovery;
  /** Findings of docs/recovery.md (rules and engine), in docs/documents.md §1.7 order. */
  findings: Finding[];
  /** Every diagnostic, findings included (each finding is in both lists). */
  diagnostics: Diagnostic[];
}

/**
 * What the CLI commands receive to analyse a plan: `analyzePlan` in the real CLI, a fake in tests
 * (commands stay testable without files). One result type, `Analysis`, for both.
 */
export type AnalyzeFn = (path: string, options: { scenario?: string | null }) => Promise<Analysis>;

function isFinding(d: Diagnostic): d is Finding {
  return typeof (d as Finding).subject === "string";
}

export async function analyzePlan(
  path: string,
  options: { scenario?: string | null } = {},
): Promise<Analysis> {
  return analyzeLoaded(await loadPlan(path), options);
}

export function analyzeLoaded(loaded: LoadResult, options: { scenario?: string | null } = {}): Analysis {
  if (!loaded.plan) return { findings: [], diagnostics: loaded.diagnostics };
  const { data, map } = loaded.plan;
  let schema = validateSchema(data, map);
  // Top-level keys held by a fragment that did not parse would only look missing: say it once.
  if (loaded.plan.partial) schema = schema.filter((d) => !(d.code === "required" && d.path === ""));
  let rules = runRules(data, map);
  // Ids defined in a fragment that could not be read would only look unknown: the unreadable
  // fragment is the error to fix, not the references into it.
  if (loaded.plan.unread) rules = rules.filter((d) => d.code !== "unknown-reference");
  const checks = [...loaded.diagnostics, ...schema, ...rules];
  const ruleFindings = checks.filter(isFinding);
  if (hasErrors(checks)) return { data, map, findings: ruleFindings, diagnostics: checks };

  const plan = data as Plan;
  const result = computeRecovery(plan, map, { scenario: options.scenario ?? null, findings: ruleFindings });
  if (!result.recovery) {
    return { data, plan, map, findings: ruleFindings, diagnostics: [...checks, ...result.diagnostics] };
  }
  // The engine merged the rules' findings with its own and sorted them, once.
  const findings = result.recovery.findings;
  const others = checks.filter((d) => !isFinding(d));
  return {
    data,
    plan,
    map,
    recovery: result.recovery,
    findings,
    diagnostics: [...others, ...result.diagnostics, ...findings],
  };
}
