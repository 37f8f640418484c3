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

/**
 * A key–value table; a row whose value is null is left out (docs/documents.md §1.4 v2: absent data of
 * an entity is listed once, in the annex `Données à compléter`, not as `Non renseigné` rows).
 */
export function kv(rows: [string, string | null][]): KvView {
  return {
    rows: rows.filter((r): r is [string, string] => r[1] !== null).map(([key, value]) => ({ key, value })),
  };
}
