/**
 * Tables: columns fitted as the DOCX fits them (docx/column-fit.ts, measured with DejaVu), the
 * header row shaded and repeated at the top of every page the table runs onto, a row kept whole
 * when it fits on a page, and a row taller than a page split between its lines — never cut
 * through a line, never drawn over the footer (docs/documents.md §1.5:
 * tables repeat their header row; a row that fits on a page is not split).
 */
import type { Table, TableCell } from "../../doc/model.js";
import { tableColumns } from "../docx/column-fit.js";
import { dejavuMetrics } from "./fonts.js";
import { Flow } from "./flow.js";
import { setLines, type SetLine } from "./text-lines.js";
import { CELL_PAD, COLOR, lineHeight, RULE_WIDTH, SIZE } from "./style.js";

interface MeasuredRow {
  /** Lines of each cell (they start at the column's `textX`). */
  cells: SetLine[][];
  /** Tallest cell, in lines. */
  lines: number;
  height: number;
  fill?: string;
}

/**
 * A table measured for placing: its columns and header row now, its body rows one at a time as
 * they are placed (`row`). Measured all at once, the CHU PRA's tables held every cell's set lines
 * from the look-ahead of keep-with-next until the last row was placed — 30,000 rows that outlived
 * the young generation and were copied by the garbage collector; measured when placed, a row's
 * lines die with the row.
 */
export interface MeasuredTable {
  /** Column left edges relative to the text area, widths, and where their cells' lines start. */
  columns: { x: number; width: number; textX: number }[];
  header?: MeasuredRow;
  /** Body rows with at least one cell. */
  rowCount: number;
  /** Body row `i` measured (the first one is kept: keep-with-next asks for it before placing). */
  row(i: number): MeasuredRow;
}

const LINE = lineHeight(SIZE.cell);
const CELL = { size: SIZE.cell, bold: false };
const CELL_BOLD = { size: SIZE.cell, bold: true };

/** The column of cell `i`: a row with more cells than the table has columns puts the rest in the last. */
const columnOf = (columns: MeasuredTable["columns"], i: number) => columns[i] ?? columns[columns.length - 1];

// A row and its cells are measured with plain loops and no closure: the CHU PRA measures 30,000
// rows and 100,000 cells, and its rows live until the table is placed.
function measureRow(
  cells: TableCell[],
  columns: MeasuredTable["columns"],
  boldRow: boolean,
  boldFirst: boolean,
  minHeight = 0,
  fill?: string,
): MeasuredRow {
  let lines = 1;
  const set: SetLine[][] = new Array(cells.length);
  for (let i = 0; i < cells.length; i++) {
    const col = columnOf(columns, i);
    const inner = Math.max(1, col.width - 2 * CELL_PAD.h);
    const cellLines = setLines(cells[i].inlines, inner, boldRow || (boldFirst && i === 0) ? CELL_BOLD : CELL);
    if (cellLines.length > lines) lines = cellLines.length;
    set[i] = cellLines;
  }
  return { cells: set, lines, height: Math.max(lines * LINE + 2 * CELL_PAD.v, minHeight), fill };
}

export function measureTable(table: Table, width: number): MeasuredTable {
  const twips = tableColumns(table, Math.round(width * 20), dejavuMetrics);
  let x = 0;
  const columns = twips.map((t) => {
    const col = { x, width: t / 20, textX: x + CELL_PAD.h };
    x += t / 20;
    return col;
  });
  const header =
    table.header && table.header.length > 0
      ? measureRow(table.header, columns, true, false, 0, COLOR.headerFill)
      : undefined;
  const rows = table.rows.filter((row) => row.cells.length > 0);
  let first: MeasuredRow | undefined;
  const row = (i: number): MeasuredRow => {
    if (i === 0 && first) return first;
    const r = rows[i];
    const measured = measureRow(r.cells, columns, !!r.bold, !!table.keyValue, r.minHeight);
    if (i === 0) first = measured;
    return measured;
  };
  return { columns, header, rowCount: rows.length, row };
}

/** Height that must share a page with what precedes the table: its header and first row. */
export function tableFirstPiece(t: MeasuredTable): number {
  return (t.header?.height ?? 0) + (t.rowCount > 0 ? t.row(0).height : 0);
}

/** Draws the lines [from, to) of a row at the cursor, with its borders; moves the cursor. */
function drawRow(
  flow: Flow,
  t: MeasuredTable,
  row: MeasuredRow,
  from: number,
  to: number,
  height: number,
): void {
  const top = flow.y;
  const left = flow.left;
  const right =
    left +
    (t.columns.length > 0
      ? t.columns[t.columns.length - 1].x + t.columns[t.columns.length - 1].width
      : flow.width);
  if (row.fill) flow.fill(left, top, right - left, height, row.fill);
  const columns = t.columns;
  for (let c = 0; c < row.cells.length; c++) {
    const lines = row.cells[c];
    const x = left + columnOf(columns, c).textX;
    flow.y = top + CELL_PAD.v;
    const end = Math.min(to, lines.length);
    for (let i = from; i < end; i++) flow.placeSetLine(lines[i], x, LINE, SIZE.cell, COLOR.text);
  }
  flow.y = top + height;
  // The top rule only opens a part of the table on its page; the column rules are drawn once
  // per part (closePart), not once per row: a 1,500-row table has far fewer strokes.
  if (top === part.top) flow.rule(left, top, right, top, RULE_WIDTH);
  flow.rule(left, top + height, right, top + height, RULE_WIDTH);
  flow.fresh = false;
}

/** The table's part on the current page: where it starts. */
const part = { top: 0 };

/** Column rules of the current part, from its top to the cursor. */
function closePart(flow: Flow, t: MeasuredTable): void {
  if (flow.y <= part.top) return;
  const left = flow.left;
  const last = t.columns[t.columns.length - 1];
  const right = left + (last ? last.x + last.width : flow.width);
  for (const col of t.columns) flow.rule(left + col.x, part.top, left + col.x, flow.y, RULE_WIDTH);
  flow.rule(right, part.top, right, flow.y, RULE_WIDTH);
}

/** Next page: the part on this page closed, the header repeated on the next. */
function nextPage(flow: Flow, t: MeasuredTable): void {
  closePart(flow, t);
  flow.newPage();
  part.top = flow.y;
  drawHeader(flow, t);
}

function drawHeader(flow: Flow, t: MeasuredTable): void {
  if (t.header) drawRow(flow, t, t.header, 0, t.header.lines, t.header.height);
}

export function placeTable(flow: Flow, t: MeasuredTable): void {
  let gap = flow.gap(0);
  const first = tableFirstPiece(t);
  if (!flow.fresh && flow.y + gap + first > flow.bottom && first <= flow.pageHeight) {
    flow.newPage();
    gap = 0;
  }
  flow.y += gap;
  part.top = flow.y;
  drawHeader(flow, t);
  const headerHeight = t.header?.height ?? 0;
  for (let i = 0; i < t.rowCount; i++) {
    const row = t.row(i);
    if (flow.y + row.height <= flow.bottom + 1e-6) {
      drawRow(flow, t, row, 0, row.lines, row.height);
      continue;
    }
    if (row.height <= flow.pageHeight - headerHeight) {
      // Kept whole: on the next page, under the repeated header.
      nextPage(flow, t);
      drawRow(flow, t, row, 0, row.lines, row.height);
      continue;
    }
    // Taller than a page: split between lines, each part under the repeated header.
    let done = 0;
    while (done < row.lines) {
      const room = Math.floor((flow.bottom - flow.y - 2 * CELL_PAD.v + 1e-6) / LINE);
      if (room < 1) {
        nextPage(flow, t);
        continue;
      }
      const count = Math.min(room, row.lines - done);
      const height =
        done + count === row.lines
          ? Math.max(count * LINE + 2 * CELL_PAD.v, 0)
          : count * LINE + 2 * CELL_PAD.v;
      drawRow(flow, t, row, done, done + count, height);
      done += count;
      if (done < row.lines) nextPage(flow, t);
    }
  }
  closePart(flow, t);
  flow.after = 6;
}

export { Flow };
