/**
 * Tables of the block language (docs/templates.md): `| a | b |` rows, the `|---|` header separator,
 * bold `|!` rows, and the `!kv`, `!widths`, `!rowheight` directives that apply to the next table.
 * Kept apart from parse.ts, which finds the runs of rows and hands them here.
 */
import type { Table, TableCell, TableRow } from "./model.js";
import { parseInlines } from "./inline.js";
import { fail, type Line, type Source } from "./source.js";

/** `!kv`, `!widths`, `!rowheight` met so far, waiting for their table. */
export interface TableOptions {
  line: Line;
  keyValue?: boolean;
  widths?: number[];
  minHeight?: number;
}

function positiveNumber(s: string): number | undefined {
  if (!/^\d+(?:\.\d+)?$/.test(s)) return undefined;
  const n = Number(s);
  return n > 0 ? n : undefined;
}

export function tableDirective(
  options: TableOptions,
  name: string,
  arg: string,
  src: Source,
  line: Line,
): TableOptions {
  const args = arg.split(/[ \t]+/).filter((a) => a !== "");
  if (name === "kv") {
    if (args.length > 0) fail(src, line, "!kv ne prend pas d’argument");
    return { ...options, keyValue: true };
  }
  const numbers = args.map(positiveNumber);
  if (numbers.length === 0 || numbers.some((n) => n === undefined)) {
    fail(src, line, `!${name} attend ${name === "widths" ? "des nombres positifs" : "un nombre positif"}`);
  }
  if (name === "widths") return { ...options, widths: numbers as number[] };
  if (numbers.length !== 1) fail(src, line, "!rowheight attend un seul nombre");
  return { ...options, minHeight: numbers[0] };
}

const isBlank = (c: number): boolean => c === 32 || c === 9;

/**
 * Splits `| a | b |` (cells from `start`, after the leading `|` or `|!`) on unescaped pipes into
 * cells trimmed of ASCII blanks; null when the row does not end with a pipe. Trimming while
 * splitting takes one slice per cell: a CHU PRA has some 265,000 cells.
 */
function splitRow(text: string, start: number): string[] | null {
  const cells: string[] = [];
  let closed = false;
  for (let i = start, length = text.length; i < length; i++) {
    const c = text.charCodeAt(i);
    closed = false;
    if (c === 92 /* \\ */ && i + 1 < length) {
      i++; // an escaped character, even a pipe, stays in the cell with its backslash
    } else if (c === 124 /* | */) {
      let from = start;
      let to = i;
      while (from < to && isBlank(text.charCodeAt(from))) from++;
      while (to > from && isBlank(text.charCodeAt(to - 1))) to--;
      cells.push(text.slice(from, to));
      start = i + 1;
      closed = true;
    }
  }
  return closed ? cells : null;
}

const separatorCell = /^[ \t]*:?-+:?[ \t]*$/;

/**
 * Cells already parsed in this document, by source text. A CHU PRA has some 99,000 cells but only
 * 12,000 distinct ones (durations, levels, names repeated row after row): each distinct cell is
 * parsed once and its cell object shared, which divides the model's memory by about three and
 * gives the renderers the same string objects to look up. The model is never mutated after the
 * parse (the renderers only read it), so sharing is invisible in the document and its JSON.
 */
export type CellCache = Map<string, TableCell>;

export function parseTable(
  lines: Line[],
  options: TableOptions | undefined,
  src: Source,
  cache: CellCache = new Map(),
): Table {
  const parsed = lines.map((line) => {
    const bold = line.text.startsWith("|!");
    const cells = splitRow(line.text, bold ? 2 : 1);
    if (!cells || cells.length === 0)
      fail(src, line, "ligne de tableau mal formée (elle doit finir par «\u00a0|\u00a0»)");
    return { line, bold, cells };
  });
  const columns = parsed[0].cells.length;
  for (const row of parsed) {
    if (row.cells.length !== columns) {
      fail(src, row.line, `${row.cells.length} cellules au lieu de ${columns} dans la ligne de tableau`);
    }
  }
  const isSeparator = (cells: string[]): boolean => cells.every((c) => separatorCell.test(c));
  parsed.forEach((row, index) => {
    if (index !== 1 && !row.bold && isSeparator(row.cells)) {
      fail(src, row.line, "ligne de séparation d’en-tête ailleurs qu’en deuxième ligne du tableau");
    }
  });
  const hasHeader = parsed.length > 1 && !parsed[1].bold && isSeparator(parsed[1].cells);
  if (hasHeader && options?.keyValue) fail(src, parsed[1].line, "un tableau clé–valeur n’a pas d’en-tête");
  if (options?.widths && options.widths.length !== columns) {
    fail(src, options.line, `!widths donne ${options.widths.length} largeurs pour ${columns} colonnes`);
  }
  const toCells = (cells: string[]): TableCell[] =>
    cells.map((c) => {
      let cell = cache.get(c);
      if (cell === undefined) cache.set(c, (cell = { inlines: parseInlines(c) }));
      return cell;
    });
  const table: Table = { type: "table", rows: [] };
  const body = hasHeader ? parsed.slice(2) : parsed;
  if (hasHeader) table.header = toCells(parsed[0].cells);
  table.rows = body.map((row) => {
    const r: TableRow = { cells: toCells(row.cells) };
    if (row.bold) r.bold = true;
    if (options?.minHeight !== undefined) r.minHeight = options.minHeight;
    return r;
  });
  if (options?.widths) table.widths = options.widths;
  if (options?.keyValue) table.keyValue = true;
  return table;
}
