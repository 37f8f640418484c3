/** The two diagnostic formatters: text for terminals, JSON for machines (docs/cli.md shapes). */
import type { Diagnostic, Severity } from "./types.js";
import { severityRank } from "./types.js";
import { visible } from "../text/visible.js";

/**
 * `file:line:column: severity code: message`, optionally coloured on a terminal. File names and
 * messages quote the plan: their control characters are shown escaped, so one diagnostic stays
 * one line (docs/cli.md).
 */
export function formatDiagnosticText(d: Diagnostic, colour = false): string {
  const sev = colour ? paint(d.severity) : d.severity;
  return `${visible(d.file)}:${d.line}:${d.column}: ${sev} ${visible(d.code)}: ${visible(d.message)}`;
}

function paint(s: Severity): string {
  const code = s === "error" ? 31 : s === "warning" ? 33 : 36;
  return `\u001b[${code}m${s}\u001b[39m`;
}

/** The JSON form of one diagnostic: exactly the keys of the contract, in a stable order. */
export function diagnosticJson(d: Diagnostic): Record<string, unknown> {
  return {
    file: d.file,
    line: d.line,
    column: d.column,
    severity: d.severity,
    code: d.code,
    message: d.message,
    path: d.path,
  };
}

/** Compiler order: file, line, column, then severity, code, path and message, so output is stable. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    cmp(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    severityRank[a.severity] - severityRank[b.severity] ||
    cmp(a.code, b.code) ||
    cmp(a.path, b.path) ||
    cmp(a.message, b.message)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function hasErrors(ds: readonly Diagnostic[]): boolean {
  return ds.some((d) => d.severity === "error");
}

/** True when some diagnostic is at or above the `--fail-on` threshold. */
export function failsAt(ds: readonly Diagnostic[], failOn: "error" | "warning"): boolean {
  const limit = severityRank[failOn];
  return ds.some((d) => severityRank[d.severity] <= limit);
}
