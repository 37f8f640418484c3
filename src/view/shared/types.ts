/**
 * Data shapes the shared partials (`templates/_*.hbs`) render. Every string is final French text
 * (formats of format.ts, labels of labels.ts); templates only place them. Fields are always present
 * (null when absent) because templates run in Handlebars strict mode.
 */

/** One table row; `bold` prints the row in bold (`|!`). */
export interface RowView {
  cells: string[];
  bold: boolean;
}

/** A table with a header row (`|---|`), rendered by `_table.hbs`. */
export interface TableView {
  columns: string[];
  rows: RowView[];
  /** Relative column widths (`!widths`), or null for equal widths. */
  widths: number[] | null;
}

export interface KvRowView {
  key: string;
  value: string;
}

/** A key–value table (`!kv`), rendered by `_kv.hbs`. */
export interface KvView {
  rows: KvRowView[];
}

export function table(columns: string[], rows: string[][], widths: number[] | null = null): TableView {
  return { columns, rows: rows.map((cells) => ({ cells, bold: false })), widths };
}

export function kv(rows: [string, string][]): KvView {
  return { rows: rows.map(([key, value]) => ({ key, value })) };
}
