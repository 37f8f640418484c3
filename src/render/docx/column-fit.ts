/**
 * Column widths of a table: the template's relative widths, then widened where a column could not
 * hold its longest unbreakable piece (a word, or a duration or date joined by U+00A0), so that no
 * header or cell word is cut in the middle (docs/documents.md §1.1 and §1.5: paper must read cleanly).
 * The width taken comes from the columns that have room to spare. The DOCX measures with Arial's
 * advance widths (Liberation Sans has the same metrics), so Word and LibreOffice agree; the PDF
 * layout (render/pdf) fits its columns the same way with the widths of its own font.
 */
import type { Inline, Table } from "../../doc/model.js";
import { CELL_MARGIN, SIZE, TEXT_WIDTH } from "./styles.js";

// Advance widths (1/1000 em) of Arial regular and bold for ASCII 32..126.
const REGULAR = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556,
  556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278,
  500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469,
  556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500,
  278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
const BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556,
  556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278,
  556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584,
  556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556,
  333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
];
/** Characters outside ASCII that French documents use, by their regular width. */
const OTHER: Record<string, number> = {
  "\u00a0": 278,
  "\u202f": 200,
  "\u2019": 222,
  "\u2018": 222,
  "«": 556,
  "»": 556,
  "–": 556,
  "—": 1000,
  "\u2212": 584,
  "→": 1000,
  "≤": 549,
  "≥": 549,
  "·": 278,
  "…": 1000,
  œ: 944,
  Œ: 1000,
  æ: 889,
  "°": 400,
  "\u2610": 900,
};

/** Advance width of one character of Arial (or Liberation Sans), in 1/1000 em. */
export function charWidth(ch: string, bold: boolean): number {
  const code = ch.codePointAt(0)!;
  if (code >= 32 && code <= 126) return (bold ? BOLD : REGULAR)[code - 32];
  const other = OTHER[ch];
  if (other !== undefined) return bold ? other * 1.05 : other;
  // Accented letters: the width of their base letter.
  const base = ch.normalize("NFD")[0];
  if (base !== ch && base.codePointAt(0)! < 127) return charWidth(base, bold);
  return 600;
}

/** Advance width of one character in 1/1000 em: Arial's by default, the PDF font's in the PDF. */
export type CharWidth = (ch: string, bold: boolean) => number;

/** Width in twips of `text` at `size` points. */
export function textTwips(text: string, size: number, bold: boolean, width: CharWidth = charWidth): number {
  let em = 0;
  for (const ch of text) em += width(ch, bold);
  return Math.ceil((em / 1000) * size * 20);
}

/** The pieces a line may not be broken inside: split at spaces, tabs, line breaks, after `-`. */
function pieces(text: string): string[] {
  return text.split(/[ \t\n]+|(?<=-)/).filter((p) => p !== "");
}

/** Longest unbreakable piece of one text, in twips (size of table text). */
function widestPiece(text: string, bold: boolean, width: CharWidth, links: boolean): number {
  let widest = 0;
  for (const piece of pieces(text)) {
    // An e-mail or a URL cannot fit a narrow column anyway: Word and LibreOffice break it
    // between characters, so it does not get to widen its column at the others' expense
    // (unless `links`: a wide table, e.g. a landscape directory, may hold them whole).
    if (!links && /@|:\/\//.test(piece)) continue;
    widest = Math.max(widest, textTwips(piece, SIZE.body - 1, bold, width));
  }
  return widest;
}

/**
 * Each distinct text is measured once per font and weight: a large plan's tables repeat the same
 * names, durations and labels thousands of times, in the DOCX and again in the PDF. Bounded, so
 * a long-lived process (the library) does not keep every text it ever measured.
 */
const measuredTexts = new WeakMap<CharWidth, Map<string, number>[]>();
const MEASURED_MAX = 100_000;

function cachedWidestPiece(text: string, bold: boolean, width: CharWidth, links: boolean): number {
  let caches = measuredTexts.get(width);
  if (!caches) measuredTexts.set(width, (caches = [new Map(), new Map(), new Map(), new Map()]));
  const cache = caches[(bold ? 1 : 0) + (links ? 2 : 0)];
  let w = cache.get(text);
  if (w === undefined) {
    w = widestPiece(text, bold, width, links);
    if (cache.size >= MEASURED_MAX) cache.clear();
    cache.set(text, w);
  }
  return w;
}

/** Longest unbreakable piece of a cell, in twips (size of table text). */
function cellMin(inlines: Inline[], bold: boolean, width: CharWidth, links: boolean): number {
  let widest = 0;
  for (const inline of inlines) {
    if (inline.type !== "text") continue;
    widest = Math.max(widest, cachedWidestPiece(inline.text, bold || !!inline.bold, width, links));
  }
  return widest;
}

/** Padding of a cell plus a little slack for rounding in the layout engines. */
const CELL_EXTRA = CELL_MARGIN.left + CELL_MARGIN.right + 30;

/** Smallest width of each column that keeps every piece whole (e-mails and URLs too with `links`). */
export function minimumColumns(
  table: Table,
  columns: number,
  total: number = TEXT_WIDTH,
  width: CharWidth = charWidth,
  links = false,
): number[] {
  const mins = Array<number>(columns).fill(0);
  const visit = (cells: { inlines: Inline[] }[], bold: (i: number) => boolean) =>
    cells.forEach((c, i) => {
      if (i < columns) mins[i] = Math.max(mins[i], cellMin(c.inlines, bold(i), width, links));
    });
  if (table.header) visit(table.header, () => true);
  for (const row of table.rows) visit(row.cells, (i) => !!row.bold || (!!table.keyValue && i === 0));
  // One very long piece (an e-mail, a URL) may not take the whole table: Word then breaks it.
  const cap = Math.round(total * 0.35);
  return mins.map((m) => (m === 0 ? 0 : Math.min(cap, m + CELL_EXTRA)));
}

/**
 * Integer twips summing exactly to `total`: proportional to the weights, each column raised to its
 * minimum when the others can give the room; when they cannot, proportional to the minimums.
 */
export function fitColumns(weights: number[], mins: number[], total: number): number[] {
  const n = weights.length;
  if (n === 0) return [];
  const needed = mins.reduce((a, b) => a + b, 0);
  let widths: number[];
  if (needed >= total) {
    widths = mins.map((m) => (m / (needed || 1)) * total);
  } else {
    const fixed = new Set<number>();
    widths = [];
    for (let round = 0; round <= n; round++) {
      const free = total - [...fixed].reduce((a, i) => a + mins[i], 0);
      const weightSum = weights.reduce((a, w, i) => (fixed.has(i) ? a : a + w), 0) || 1;
      widths = weights.map((w, i) => (fixed.has(i) ? mins[i] : (w / weightSum) * free));
      const short = widths.map((w, i) => (!fixed.has(i) && w < mins[i] ? i : -1)).filter((i) => i >= 0);
      if (short.length === 0) break;
      for (const i of short) fixed.add(i);
    }
  }
  const out = widths.map((w) => Math.floor(w));
  // Rounding leftovers go to the widest column, where they matter least.
  const widest = out.indexOf(Math.max(...out));
  out[widest] += total - out.reduce((a, b) => a + b, 0);
  return out;
}

// Measuring every word of a table is the costly part: the page estimate and the renderer both
// need the widths of the same tables, so they are kept per table (model blocks are not mutated).
const measured = new WeakMap<Table, { total: number; width: CharWidth; widths: number[] }>();

/** Column widths of a model table, in twips, over `total`, measured with `width`. */
export function tableColumns(
  table: Table,
  total: number = TEXT_WIDTH,
  width: CharWidth = charWidth,
): number[] {
  const known = measured.get(table);
  if (known && known.total === total && known.width === width) return [...known.widths];
  const columns = (table.header ?? table.rows[0]?.cells ?? []).length;
  const weights =
    table.widths && table.widths.length === columns ? table.widths : Array<number>(columns).fill(1);
  // E-mails and URLs kept whole when the table has room for every column's minimum with them.
  const withLinks = minimumColumns(table, columns, total, width, true);
  const mins =
    withLinks.reduce((a, b) => a + b, 0) <= total ? withLinks : minimumColumns(table, columns, total, width);
  const widths = fitColumns(weights, mins, total);
  measured.set(table, { total, width, widths });
  return [...widths];
}
