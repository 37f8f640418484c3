/**
 * Lines of a table row, shared by the page estimate (row heights) and the body writer (which rows
 * need `w:cantSplit`). Widths in points, cell text at the table text size of styles.ts.
 */
import type { Inline } from "../../doc/model.js";
import { CELL_MARGIN, RULE_SIZE, STYLE } from "./styles.js";
import { wrapLines } from "./text-measure.js";

/** Cell padding, points: top + bottom, left + right. */
export const CELL_PAD = {
  vertical: (CELL_MARGIN.top + CELL_MARGIN.bottom) / 20,
  horizontal: (CELL_MARGIN.left + CELL_MARGIN.right) / 20,
};
export const CELL_SIZE = STYLE.cell.size;

/** Lines of the tallest cell of a row, its columns `widths` points wide (padding included). */
export function rowLines(cells: Inline[][], widths: number[], bold: (i: number) => boolean): number {
  let lines = 1;
  cells.forEach((c, i) => {
    const width = (widths[i] ?? 0) - CELL_PAD.horizontal;
    lines = Math.max(lines, wrapLines(c, Math.max(1, width), CELL_SIZE, bold(i)));
  });
  return lines;
}

/**
 * The widest advance of Arial (`@`, 1.015 em): a cell whose characters would fit one line even if
 * each were that wide is surely one line, whatever the word processor's metrics and line breaking.
 */
const WIDEST_EM = 1.015;

/** True when every character of `inlines` is surely on one line in `width` points of text. */
function surelyOneLine(inlines: Inline[], width: number): boolean {
  let chars = 0;
  for (const i of inlines) {
    if (i.type !== "text") return false;
    for (const ch of i.text) {
      // Beyond Arial's own range a fallback font draws the character: no bound known.
      if (ch.codePointAt(0)! >= 0x2400) return false;
      chars++;
    }
  }
  return chars * WIDEST_EM * CELL_SIZE <= width;
}

/**
 * True when a row could break across pages and so needs `w:cantSplit` to be kept whole: unless
 * each of its cells is surely one line (and it has no minimum height, as the blank rows of a
 * form). A one-line row cannot break in Word or LibreOffice: leaving `w:cantSplit` off it changes
 * nothing shown, while LibreOffice 7.4, with it, drops every row after a table's first one when
 * that row fits at the foot of a page only without its bottom rule (docs/templates.md,
 * tests/render/libreoffice-rows.test.ts).
 */
export function rowCanBreak(cells: Inline[][], widths: number[], minHeight?: number): boolean {
  if (minHeight !== undefined) return true;
  return !cells.every((c, i) => surelyOneLine(c, (widths[i] ?? 0) - CELL_PAD.horizontal));
}

/** Line height of table text (styles.ts), points: Arial's 1.15 em (page-estimate.ts). */
const CELL_LINE = CELL_SIZE * 1.15;
/** Table rule, points (`w:sz` in eighths of a point). */
const CELL_RULE = RULE_SIZE.table / 8;

/** Height of a row of `lines` lines of table text, padding and bottom rule included, points. */
export const rowHeightPt = (lines: number, minHeight?: number): number =>
  Math.max(lines * CELL_LINE + CELL_PAD.vertical, minHeight ?? 0) + CELL_RULE;

/**
 * True when a row cannot stand whole on a page of `pageHeight` points of text under the table's
 * `header` row (its height in points, 0 without one): Word breaks such a row whatever it says,
 * and LibreOffice 7.4, told to keep it whole (`w:cantSplit`), moves it to the next page and
 * clips what runs past the foot there (two lines of a 103-line cell never printed), or breaks it
 * where it stands. The writer leaves `w:cantSplit` off it; the page estimate breaks it where it
 * stands, as LibreOffice does any row it may break.
 */
export function rowTallerThanPage(
  lines: number,
  header: number,
  pageHeight: number,
  minHeight?: number,
): boolean {
  return CELL_RULE + header + rowHeightPt(lines, minHeight) > pageHeight;
}
