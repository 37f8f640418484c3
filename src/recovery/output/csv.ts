import type { Recovery } from "../types.js";
import { gapMinutes } from "./json.js";

/** One CSV field: quoted when it holds the delimiter, a quote or a line break (RFC 4180). */
export function csvField(value: string | number | null, delimiter: string): string {
  const text = value === null ? "" : String(value);
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const priorityColumns = [
  "rank",
  "tier",
  "id",
  "name",
  "kind",
  "criticality",
  "deadlineMinutes",
  "durationMinutes",
  "latestStartMinutes",
  "earliestRestoreMinutes",
  "gapMinutes",
  "deadlineService",
  "services",
] as const;

/**
 * The recovery order as CSV for French spreadsheets: UTF-8 BOM, `;` by default, CRLF line ends,
 * minutes as plain integers, empty cells for null, services joined by `, `.
 */
export function prioritiesCsv(recovery: Recovery, delimiter = ";"): string {
  const rows: (string | number | null)[][] = [[...priorityColumns]];
  for (const f of recovery.ranked) {
    rows.push([
      f.rank,
      f.tier,
      f.id,
      f.name,
      f.kind,
      f.criticality,
      f.deadlineMinutes,
      f.durationMinutes,
      f.latestStartMinutes,
      f.earliestRestoreMinutes,
      gapMinutes(f),
      f.deadlineService,
      f.services.join(", "),
    ]);
  }
  return "\ufeff" + rows.map((r) => r.map((v) => csvField(v, delimiter)).join(delimiter) + "\r\n").join("");
}
