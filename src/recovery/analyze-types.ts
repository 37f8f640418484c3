/**
 * Former home of the analysis types, kept as an alias so that imports of this path keep working:
 * the one definition is `Analysis` / `AnalyzeFn` in src/analyze.ts (import them from there).
 */
export type { Analysis as AnalyzeResult, AnalyzeFn } from "../analyze.js";
