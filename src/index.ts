/** Library entry point: the phases, usable without the CLI. */
export { loadPlan, loadPlanText, type LoadedPlan, type LoadResult } from "./plan/load.js";
export { analyzePlan, analyzeLoaded, type Analysis } from "./analyze.js";
export { parseDuration } from "./plan/duration.js";
export { parseDate } from "./plan/date.js";
export { normalizeFiness } from "./plan/finess.js";
export { SourceMap, type Position } from "./plan/source-map.js";
export type { Diagnostic, Finding, Severity, DiagnosticCode } from "./diagnostics/types.js";
export { formatDiagnosticText, diagnosticJson } from "./diagnostics/format.js";
export type * from "./plan/types.js";
export { run } from "./cli/run.js";
