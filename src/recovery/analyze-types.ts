import type { Diagnostic, Finding } from "../diagnostics/types.js";
import type { SourceMap } from "../plan/source-map.js";
import type { Plan } from "../plan/types.js";
import type { Recovery } from "./types.js";

/**
 * The analysis pipeline the CLI commands run (load → schema → rules → recovery), passed in by the
 * CLI wiring so that commands stay testable with a fake. `findings` are the merged findings of
 * the rules and recovery phases, `diagnostics` everything else (errors included).
 */
export interface AnalyzeResult {
  plan?: Plan;
  map?: SourceMap;
  recovery?: Recovery;
  findings: Finding[];
  diagnostics: Diagnostic[];
}

export type AnalyzeFn = (path: string, options: { scenario?: string | null }) => Promise<AnalyzeResult>;
