/**
 * The one CSV writer of pcapra (`priorities --format csv`, `care --format csv`; docs/cli.md):
 * UTF-8 BOM and CRLF for French spreadsheets, RFC 4180 quoting, and cells that a spreadsheet
 * would read as a formula neutralised with a leading `'` (formula injection: a resource named
 * `=HYPERLINK(…)` must open as text).
 */

/** A cell starting with one of these is a formula (or becomes one) in Excel and LibreOffice. */
const formulaStart = /^[=+\-@\t\r]/;

export type CsvValue = string | number | null;

/**
 * One field. Text from the plan that starts like a formula gets `'`; numbers computed by pcapra
 * (a negative gap such as -30) stay numbers: they cannot carry a formula.
 */
export function csvField(value: CsvValue, delimiter: string): string {
  if (value === null) return "";
  let text = String(value);
  if (typeof value === "string" && formulaStart.test(text)) text = "'" + text;
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole sheet: BOM, one CRLF-terminated line per row. */
export function csvDocument(rows: readonly (readonly CsvValue[])[], delimiter: string): string {
  return "\ufeff" + rows.map((r) => r.map((v) => csvField(v, delimiter)).join(delimiter) + "\r\n").join("");
}
