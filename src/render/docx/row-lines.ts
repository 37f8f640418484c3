/**
 * Lines of a table row, shared by the page estimate (row heights) and the body writer (which rows
 * need `w:cantSplit`). Widths in points, cell text at the table text size of styles.ts.
 */
import type { Inline } from "../../doc/model.js";
import { CELL_MARGIN, STYLE } from "./styles.js";
import { wrapLines } from "./text-measure.js";

/** Cell padding, points: top + bottom, left + right. */
export const CELL_PAD = {
  vertical: (CELL_MARGIN.top + CELL_MARGIN.bottom) / 20,
  horizontal: (CELL_MARGIN.left + CELL_MARGIN.right) / 20,
};
export const CELL_SIZE = STYLE.cell.size;

/** Lines of the tallest cell of a row, its columns `widths` points wide (padding included). */
export function rowLines(
  cells: Inline[][],
  widths: number[],
  bold: (i: number) => boolean,
  slack = 0,
): number {
  let lines = 1;
  cells.forEach((c, i) => {
    const width = (widths[i] ?? 0) - CELL_PAD.horizontal - slack;
    lines = Math.max(lines, wrapLines(c, Math.max(1, width), CELL_SIZE, bold(i)));
  });
  return lines;
}

/**
 * Slack, points, taken off each cell's width before a row counts as one line: Word's and
 * LibreOffice's own line breaking may differ from our metrics by a little, and a row we call one
 * line must be one line in both.
 */
const ONE_LINE_SLACK = 2;

/**
 * True when a row can break across pages and so needs `w:cantSplit` to be kept whole: it has more
 * than one line, or a minimum height (blank rows of a form). A one-line row cannot break in Word
 * or LibreOffice, and leaving `w:cantSplit` off it changes nothing shown, while LibreOffice 7.4
 * with it drops every row after a table's first one when that row fits at the foot of a page only
 * without its bottom rule (docs/documents.md §1.5, tests/render/libreoffice-rows.test.ts).
 */
export function rowCanBreak(
  cells: Inline[][],
  widths: number[],
  bold: (i: number) => boolean,
  minHeight?: number,
): boolean {
  return minHeight !== undefined || rowLines(cells, widths, bold, ONE_LINE_SLACK) > 1;
}
