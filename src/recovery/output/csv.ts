import type { Recovery } from "../types.js";
import { csvDocument, type CsvValue } from "../../output/csv.js";
import { gapMinutes } from "./json.js";

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
  const rows: CsvValue[][] = [[...priorityColumns]];
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
  return csvDocument(rows, delimiter);
}
