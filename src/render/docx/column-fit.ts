/**
 * Column widths of a table: the template's relative widths, then widened where a column could not
 * hold its longest unbreakable piece (a word, or a duration or date joined by U+00A0), so that no
 * header or cell word is cut in the middle (docs/documents.md §1.1 and §1.5: paper must read cleanly).
 * The width taken comes from the columns that have room to spare. The DOCX measures with Arial's
 * advance widths (arial-metrics.ts; Liberation Sans has the same metrics), so Word and LibreOffice
 * agree; the PDF layout (render/pdf) fits its columns the same way with the metrics of its own
 * font (DejaVu): one `FontMetrics` interface (../text/line-break.ts) for both.
 */
import type { Table, TableCell } from "../../doc/model.js";
import type { FontMetrics } from "../text/line-break.js";
import { arialMetrics } from "./arial-metrics.js";
import { CELL_MARGIN, SIZE, TEXT_WIDTH } from "./styles.js";

/** Width in twips of `text` at `size` points in the regular or bold face of `metrics`. */
export function textTwips(
  text: string,
  size: number,
  bold: boolean,
  metrics: FontMetrics = arialMetrics,
): number {
  let em = 0;
  for (let i = 0, length = text.length; i < length; i++) {
    let code = text.charCodeAt(i);
    // A surrogate pair is one character.
    if (code >= 0xd800 && code < 0xdc00 && i + 1 < length) code = text.codePointAt(i++)!;
    em += metrics.advanceOfCode(code, bold, false) * 1000;
  }
  return Math.ceil((em / 1000) * size * 20);
}

const SPACE = 0x20;
const TAB = 0x09;
const NEWLINE = 0x0a;
const HYPHEN = 0x2d;
const AT = 0x40;

/** Longest unbreakable piece, twips: of all pieces, and of those that are not e-mails or URLs. */
interface Widest {
  all: number;
  plain: number;
}

/**
 * Longest unbreakable piece of one text, in twips at the size of table text: pieces are split at
 * spaces, tabs and line breaks, and after a hyphen. One pass over the characters, no substring.
 * An e-mail or a URL cannot fit a narrow column anyway: Word and LibreOffice break it between
 * characters, so it does not get to widen its column at the others' expense (`plain`), unless the
 * table has room for every column's minimum with them (`all`: e.g. a landscape directory).
 */
function widestPiece(text: string, bold: boolean, metrics: FontMetrics): Widest {
  let all = 0;
  let plain = 0;
  let em = 0;
  let link = false;
  // One loop of plain locals (no closure: doubles a closure captures are boxed at every write).
  const length = text.length;
  const table = metrics.bmpAdvances(bold, false);
  for (let i = 0; i <= length; i++) {
    const unit = i < length ? text.charCodeAt(i) : NEWLINE;
    // Most characters are inside a piece (not a space, tab, line break, hyphen, `/` or `@`, nor
    // the first half of a surrogate pair) and measured already: their advance is read from the
    // table without a call.
    const known = table[unit];
    if (known >= 0 && unit > 0x2f && unit !== AT && (unit < 0xd800 || unit > 0xdbff)) {
      em += known * 1000;
      continue;
    }
    let end = unit === SPACE || unit === TAB || unit === NEWLINE;
    if (!end) {
      let code = unit;
      // A surrogate pair is one character.
      if (unit >= 0xd800 && unit < 0xdc00 && i + 1 < length) code = text.codePointAt(i++)!;
      em += metrics.advanceOfCode(code, bold, false) * 1000;
      if (
        unit === AT ||
        (unit === 0x2f && text.charCodeAt(i - 1) === 0x2f && text.charCodeAt(i - 2) === 0x3a)
      )
        link = true;
      end = unit === HYPHEN;
    }
    if (end) {
      if (em > all) all = em;
      if (!link && em > plain) plain = em;
      em = 0;
      link = false;
    }
  }
  return { all: tableTwips(all), plain: tableTwips(plain) };
}

/** Thousandths of an em → twips at the size of table text. */
const tableTwips = (em: number): number => Math.ceil((em / 1000) * (SIZE.body - 1) * 20);

/**
 * Each distinct text is measured once per font and weight: a large plan's tables repeat the same
 * names, durations and labels thousands of times, in the DOCX and again in the PDF. Bounded, so
 * a long-lived process (the library) does not keep every text it ever measured.
 */
const measuredTexts = new WeakMap<FontMetrics, [Map<string, Widest>, Map<string, Widest>]>();
const MEASURED_MAX = 100_000;

/** The caches of one font's regular and bold texts. */
function cachesOf(metrics: FontMetrics): [Map<string, Widest>, Map<string, Widest>] {
  let caches = measuredTexts.get(metrics);
  if (!caches) measuredTexts.set(metrics, (caches = [new Map(), new Map()]));
  return caches;
}

function cachedWidestPiece(
  text: string,
  bold: boolean,
  metrics: FontMetrics,
  cache: Map<string, Widest>,
): Widest {
  let w = cache.get(text);
  if (w === undefined) {
    w = widestPiece(text, bold, metrics);
    if (cache.size >= MEASURED_MAX) cache.clear();
    cache.set(text, w);
  }
  return w;
}

/** Padding of a cell plus a little slack for rounding in the layout engines. */
const CELL_EXTRA = CELL_MARGIN.left + CELL_MARGIN.right + 30;

/**
 * Smallest width of each column that keeps every piece whole: `all` with e-mails and URLs whole
 * too, `plain` without them. One visit of the cells for both.
 */
export function minimumColumns(
  table: Table,
  columns: number,
  total: number = TEXT_WIDTH,
  metrics: FontMetrics = arialMetrics,
): { all: number[]; plain: number[] } {
  const mins = { all: Array<number>(columns).fill(0), plain: Array<number>(columns).fill(0) };
  const caches = cachesOf(metrics);
  if (table.header) visitRow(table.header, true, false, metrics, caches, mins);
  for (const row of table.rows) visitRow(row.cells, !!row.bold, !!table.keyValue, metrics, caches, mins);
  // One very long piece (an e-mail, a URL) may not take the whole table: Word then breaks it.
  const cap = Math.round(total * 0.35);
  const finish = (widest: number[]): number[] =>
    widest.map((m) => (m === 0 ? 0 : Math.min(cap, m + CELL_EXTRA)));
  return { all: finish(mins.all), plain: finish(mins.plain) };
}

/**
 * Raises each column's minimums to the widest pieces of its cell in one row. A module function
 * with indexed loops, not a closure with `for…of`: it runs for every row of every table (CHU PRA:
 * 30,000), long before V8 optimises it, and unoptimised `for…of` allocates at every step.
 */
function visitRow(
  cells: TableCell[],
  rowBold: boolean,
  keyValue: boolean,
  metrics: FontMetrics,
  caches: [Map<string, Widest>, Map<string, Widest>],
  mins: { all: number[]; plain: number[] },
): void {
  const n = Math.min(mins.all.length, cells.length);
  for (let i = 0; i < n; i++) {
    const bold = rowBold || (keyValue && i === 0);
    const inlines = cells[i].inlines;
    for (let k = 0; k < inlines.length; k++) {
      const inline = inlines[k];
      if (inline.type !== "text") continue;
      const b = bold || !!inline.bold;
      const w = cachedWidestPiece(inline.text, b, metrics, caches[b ? 1 : 0]);
      if (w.all > mins.all[i]) mins.all[i] = w.all;
      if (w.plain > mins.plain[i]) mins.plain[i] = w.plain;
    }
  }
}

/**
 * Integer twips summing exactly to `total`: proportional to the weights, each column raised to its
 * minimum when the others can give the room; when they cannot, proportional to the minimums.
 * Plain loops, not array methods with closures: it runs once per table (CHU PRA: 2,560), mostly
 * before V8 optimises it; the weights are summed in the order they always were, to the same bits.
 */
export function fitColumns(weights: number[], mins: number[], total: number): number[] {
  const n = weights.length;
  if (n === 0) return [];
  let needed = 0;
  for (const m of mins) needed += m;
  let widths: number[] = new Array(n);
  if (needed >= total) {
    widths = mins.map((m) => (m / (needed || 1)) * total);
  } else {
    // Columns held at their minimum. The minimums are whole twips: their sum is exact in any order.
    const fixed: boolean[] = new Array(n).fill(false);
    for (let round = 0; round <= n; round++) {
      let free = total;
      let weightSum = 0;
      for (let i = 0; i < n; i++) {
        if (fixed[i]) free -= mins[i];
        else weightSum += weights[i];
      }
      weightSum ||= 1;
      for (let i = 0; i < n; i++) widths[i] = fixed[i] ? mins[i] : (weights[i] / weightSum) * free;
      // A column found short is held from the next round on (widths are all computed by now).
      let short = false;
      for (let i = 0; i < n; i++) if (!fixed[i] && widths[i] < mins[i]) fixed[i] = short = true;
      if (!short) break;
    }
  }
  const out: number[] = new Array(widths.length);
  let widest = 0;
  for (let i = 0; i < widths.length; i++) {
    out[i] = Math.floor(widths[i]);
    if (out[i] > out[widest]) widest = i;
  }
  // Rounding leftovers go to the widest column, where they matter least.
  let sum = 0;
  for (const w of out) sum += w;
  out[widest] += total - sum;
  return out;
}

// Measuring every word of a table is the costly part: the page estimate and the renderer both
// need the widths of the same tables, so they are kept per table (model blocks are not mutated).
const measured = new WeakMap<Table, { total: number; metrics: FontMetrics; widths: number[] }>();

/** Column widths of a model table, in twips, over `total`, measured with `metrics`. */
export function tableColumns(
  table: Table,
  total: number = TEXT_WIDTH,
  metrics: FontMetrics = arialMetrics,
): number[] {
  const known = measured.get(table);
  if (known && known.total === total && known.metrics === metrics) return [...known.widths];
  const columns = (table.header ?? table.rows[0]?.cells ?? []).length;
  const weights =
    table.widths && table.widths.length === columns ? table.widths : Array<number>(columns).fill(1);
  // E-mails and URLs kept whole when the table has room for every column's minimum with them.
  const { all, plain } = minimumColumns(table, columns, total, metrics);
  const mins = all.reduce((a, b) => a + b, 0) <= total ? all : plain;
  const widths = fitColumns(weights, mins, total);
  measured.set(table, { total, metrics, widths });
  return [...widths];
}
