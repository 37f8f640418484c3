/**
 * `pcapra priorities <plan> [--scenario id] [--format table|json|csv]`: the recovery order of
 * docs/recovery.md. Only the requested output goes to stdout; diagnostics go to stderr.
 */
import { formatDiagnosticText } from "../../diagnostics/format.js";
import type { Diagnostic } from "../../diagnostics/types.js";
import type { Plan } from "../../plan/types.js";
import type { AnalyzeFn } from "../../analyze.js";
import { prioritiesCsv } from "../../recovery/output/csv.js";
import { gapMinutes, prioritiesJson } from "../../recovery/output/json.js";
import { unknownScenarioPath } from "../../recovery/scenario.js";
import type { Recovery } from "../../recovery/types.js";
import type { Finding } from "../../diagnostics/types.js";
import type { SourceMap } from "../../plan/source-map.js";
import { formatCompactDuration, formatCompactGap } from "../../text/french.js";
import { exitCodes, type Io } from "../io.js";
import { writeJson } from "../json-stream.js";
import { visible } from "../../text/visible.js";

export type { AnalyzeFn };

export interface PrioritiesArgs {
  plan: string;
  scenario?: string;
  format: "table" | "json" | "csv";
  csvDelimiter?: string;
}

export type Analysed = { plan: Plan; map: SourceMap; recovery: Recovery; findings: Finding[] };

function key(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}:${d.severity}:${d.code}:${d.path}:${d.message}`;
}

/**
 * Runs the analysis and settles the error cases shared by `priorities` and `graph`: an invalid
 * plan (exit 1, diagnostics on stderr), an unreadable path or an unknown scenario (exit 2).
 * On success, warnings and findings are written to stderr and the analysis is returned.
 */
export async function analyseForOutput(
  command: string,
  path: string,
  scenario: string | undefined,
  io: Io,
  analyze: AnalyzeFn,
): Promise<Analysed | number> {
  const a = await analyze(path, { scenario: scenario ?? null });
  // An AnalyzeFn may or may not list findings among diagnostics: take both, once. The real one
  // lists the same objects: compare identities first, and texts only for the others (40,000
  // findings on a large plan made 80,000 long keys here).
  const listed = new Set<Diagnostic>(a.diagnostics);
  const others = a.findings.filter((f) => !listed.has(f));
  const seen = others.length > 0 ? new Set(a.diagnostics.map(key)) : undefined;
  const all = [...a.diagnostics, ...others.filter((f) => !seen!.has(key(f)))];
  const unknownScenario = (d: Diagnostic) => d.code === "unknown-reference" && d.path === unknownScenarioPath;
  const errors = all.filter((d) => d.severity === "error" && !unknownScenario(d));
  if (errors.length > 0) {
    for (const d of errors) io.stderr(formatDiagnosticText(d) + "\n");
    return errors.some((d) => d.code === "unreadable") ? exitCodes.usage : exitCodes.invalid;
  }
  const scenarioError = all.find(unknownScenario);
  if (scenarioError) {
    io.stderr(`pcapra ${command}\u00a0: ${scenarioError.message}\n`);
    return exitCodes.usage;
  }
  if (!a.plan || !a.map || !a.recovery) {
    io.stderr(`pcapra ${command}\u00a0: erreur interne, l’analyse n’a produit aucun ordre de reprise.\n`);
    return exitCodes.usage;
  }
  // One write per batch of lines, not per line: a large plan has tens of thousands of findings.
  let text = "";
  for (const d of all) {
    text += formatDiagnosticText(d) + "\n";
    if (text.length >= 1 << 16) (io.stderr(text), (text = ""));
  }
  if (text) io.stderr(text);
  return { plan: a.plan, map: a.map, recovery: a.recovery, findings: a.findings };
}

export async function prioritiesCommand(args: PrioritiesArgs, io: Io, analyze: AnalyzeFn): Promise<number> {
  const result = await analyseForOutput("priorities", args.plan, args.scenario, io, analyze);
  if (typeof result === "number") return result;
  const { plan, recovery, findings } = result;
  if (args.format === "json") writeJson(prioritiesJson(plan, recovery, findings), io.stdout);
  else if (args.format === "csv") io.stdout(prioritiesCsv(recovery, args.csvDelimiter ?? ";"));
  else io.stdout(prioritiesTable(recovery));
  return exitCodes.ok;
}

/** Cuts `text` to `width` characters (code points), ending with `…` when cut. */
function fit(text: string, width: number): string {
  const chars = [...text.replace(/\s+/g, " ")];
  return chars.length <= width ? text.replace(/\s+/g, " ") : chars.slice(0, width - 1).join("") + "…";
}

function pad(text: string, width: number, right = false): string {
  const n = [...text].length;
  return n >= width ? text : right ? " ".repeat(width - n) + text : text + " ".repeat(width - n);
}

/**
 * The terminal table, meant for 80 columns (79 used): fixed columns sized to their content, the
 * name column takes what is left (at least 8) and is cut with `…`. Ids longer than 14 are cut too.
 */
export function prioritiesTable(recovery: Recovery, width = 80): string {
  if (recovery.ranked.length === 0) return "Aucune ressource à rétablir dans ce scénario.\n";
  const none = "—";
  const rows = recovery.ranked.map((f) => [
    String(f.rank),
    f.tier === "none" ? none : f.tier,
    fit(f.id, 14),
    // Names come from the plan: no control character reaches the terminal (docs/cli.md).
    visible(f.name),
    f.deadlineMinutes === null ? none : formatCompactDuration(f.deadlineMinutes),
    formatCompactDuration(f.durationMinutes),
    f.latestStartMinutes === null ? none : formatCompactDuration(f.latestStartMinutes),
    formatCompactDuration(f.earliestRestoreMinutes),
    gapMinutes(f) === null ? none : formatCompactGap(gapMinutes(f)!),
  ]);
  const header = ["Rang", "Prio", "Ressource", "Nom", "Échéance", "Durée", "Début", "Rétablie", "Marge"];
  // One space between columns, two around the name: the name keeps as much room as possible.
  const gap = (c: number) => (c === 3 || c === 4 ? "  " : " ");
  const right = [true, false, false, false, true, true, true, true, true];
  const widths = header.map((h, c) => Math.max([...h].length, ...rows.map((r) => [...r[c]].length)));
  const others = widths.reduce(
    (s, w, c) => (c === 3 ? s : s + w + (c > 0 ? gap(c).length : 0)),
    gap(3).length,
  );
  widths[3] = Math.max(8, Math.min(widths[3], width - 1 - others));
  const line = (cells: string[]) =>
    cells
      .map(
        (cell, c) => (c > 0 ? gap(c) : "") + pad(c === 3 ? fit(cell, widths[3]) : cell, widths[c], right[c]),
      )
      .join("")
      .trimEnd();
  const out = [line(header), line(widths.map((w) => "─".repeat(w))), ...rows.map(line)];
  return out.join("\n") + "\n";
}
