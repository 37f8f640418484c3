import type { Finding, FindingCode, FindingData, Severity } from "../../diagnostics/types.js";
import type { SourceMap } from "../../plan/source-map.js";
import type { Plan } from "../../plan/types.js";
import type { Deadlines } from "../deadlines.js";
import type { Earliest } from "../earliest.js";
import type { Graph } from "../graph.js";
import type { Inherited } from "../transitive.js";

/** Everything the finding checks read; computed once by computeRecovery. */
export interface FindingContext {
  plan: Plan;
  map: SourceMap;
  g: Graph;
  /** Lost flag per node (services never lost). */
  lost: Uint8Array;
  duration: Float64Array;
  deadlines: Deadlines;
  earliest: Earliest;
  inherited: Inherited;
}

/** A finding on the definition at `path` (`/resources/4`), where the subject is defined. */
export function finding(
  map: SourceMap,
  path: string,
  code: FindingCode,
  severity: Severity,
  subject: string,
  message: string,
  data?: FindingData,
): Finding {
  const at = map.locate(path);
  return {
    file: at.file,
    line: at.line,
    column: at.column,
    severity,
    code,
    message,
    path,
    subject,
    ...(data === undefined ? {} : { data }),
  };
}
