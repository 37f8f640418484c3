/**
 * A semantic rule runs after the schema phase, even when the schema found errors, so it receives
 * the merged plan as `unknown` and must skip whatever is malformed (the schema reports it).
 */
import type { Diagnostic, DiagnosticCode } from "../diagnostics/types.js";
import type { SourceMap } from "../plan/source-map.js";

export interface RuleContext {
  data: unknown;
  map: SourceMap;
}

export interface Rule {
  id: string;
  /** Codes this rule may emit (so tests and callers can filter on them). */
  codes: DiagnosticCode[];
  check(ctx: RuleContext): Diagnostic[];
}
