/**
 * `pcapra care <plan...>`: readiness of each plan against CaRE Domaine 2 (docs/care.md). The report is
 * the output (stdout); diagnostics of invalid plans go to stderr, as `validate` prints them.
 */
import { compareDiagnostics, formatDiagnosticText, hasErrors } from "../../diagnostics/format.js";
import type { Diagnostic } from "../../diagnostics/types.js";
import { buildCareReport } from "../../care/report.js";
import { evaluateCare } from "../../care/evaluate.js";
import { careCsv, careJson, careText } from "../../care/output.js";
import type { CarePlanEntry, InvalidPlanReport } from "../../care/types.js";
import { normalizeFiness } from "../../plan/finess.js";
import type { AnalyzeFn } from "../../analyze.js";
import { exitCodes, type Io } from "../io.js";

export type { AnalyzeFn };

export interface CareArgs {
  paths: string[];
  format: "text" | "json" | "csv";
  each: boolean;
  /** `--csv-delimiter` (docs/cli.md); `;` by default. */
  csvDelimiter?: string;
}

/** Whatever names the establishment in data that did not validate (for the CSV sheet). */
function invalidEntry(source: string, data: unknown, diagnostics: Diagnostic[]): InvalidPlanReport {
  const entry: InvalidPlanReport = { source, valid: false, diagnostics };
  const est = (data as { establishment?: { name?: unknown; finess?: unknown } } | undefined)?.establishment;
  const finess = normalizeFiness(est?.finess);
  if (finess.ok) entry.finess = finess.finess;
  if (typeof est?.name === "string") entry.name = est.name;
  return entry;
}

function diagnosticKey(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}:${d.severity}:${d.code}:${d.path}:${d.message}`;
}

export async function careCommand(
  args: CareArgs,
  io: Io,
  analyze: AnalyzeFn,
  expand: (paths: string[], each: boolean) => Promise<string[]>,
): Promise<number> {
  if (args.paths.length === 0) {
    io.stderr("pcapra care\u00a0: indiquez au moins un plan (fichier YAML ou dossier).\n");
    return exitCodes.usage;
  }
  let sources: string[];
  try {
    sources = await expand(args.paths, args.each);
  } catch (e) {
    io.stderr(`pcapra care\u00a0: impossible de lire les chemins donnés (${(e as Error).message}).\n`);
    return exitCodes.usage;
  }
  const entries: CarePlanEntry[] = [];
  let unreadable = false;
  for (const source of sources) {
    const a = await analyze(source, { scenario: null });
    // `analyzePlan` lists findings among diagnostics too, an AnalyzeFn may not: take both, once.
    const seen = new Set(a.diagnostics.map(diagnosticKey));
    const extra = a.findings.filter((f) => !seen.has(diagnosticKey(f)));
    const diagnostics = [...a.diagnostics, ...extra].sort(compareDiagnostics);
    if (diagnostics.some((d) => d.code === "unreadable")) unreadable = true;
    if (!a.plan || !a.map || !a.recovery || hasErrors(diagnostics)) {
      for (const d of diagnostics) io.stderr(formatDiagnosticText(d) + "\n");
      entries.push(invalidEntry(source, (a as { data?: unknown }).data ?? a.plan, diagnostics));
      continue;
    }
    entries.push(
      evaluateCare({ source, plan: a.plan, map: a.map, recovery: a.recovery, findings: a.findings }),
    );
  }
  const report = buildCareReport(entries);
  if (args.format === "json") io.stdout(careJson(report));
  else if (args.format === "csv") io.stdout(careCsv(report, args.csvDelimiter ?? ";"));
  else io.stdout(careText(report));
  if (unreadable) return exitCodes.usage;
  return report.summary.invalid > 0 ? exitCodes.invalid : exitCodes.ok;
}
