/**
 * Deterministic page estimate for the DOCX Sommaire. DOCX has no layout of its own: the TOC field's
 * cached page numbers must come from somewhere, so this walks the model with approximate line
 * counts (average character width, line height) at the sizes of styles.ts. Word may refresh the
 * field; the PDF renderer has the real layout.
 */
import type { Block, Document, Heading, Inline, Table } from "../../doc/model.js";
import { tableColumns } from "./column-fit.js";
import { CELL_MARGIN, PARAGRAPH_AFTER, SIZE, TEXT_HEIGHT, TEXT_WIDTH, TOC_ENTRY_AFTER } from "./styles.js";

export interface PageEstimate {
  /** Page (1-based, cover = 1) of each body heading, by identity. */
  headingPage: Map<Heading, number>;
  /** Pages of the file, cover included. */
  pages: number;
}

const PAGE_HEIGHT = TEXT_HEIGHT / 20; // points
const TEXT_WIDTH_PT = TEXT_WIDTH / 20;
const LIST_INDENT_PT = 567 / 20;
const CELL_PADDING_PT = { vertical: CELL_MARGIN.top / 20, horizontal: CELL_MARGIN.left / 20 };
const CALLOUT_PADDING_PT = 12;

const lineHeight = (size: number): number => size * LINE_HEIGHT_EM;
/**
 * Average advance of Arial on French text, in em, and Word's single line height for Arial.
 * Calibrated on the CH Kerbrat PRA laid out by LibreOffice: every Sommaire entry within one page.
 */
const CHAR_WIDTH_EM = 0.46;
const LINE_HEIGHT_EM = 1.15;

/** Lines a text takes at `size` points in `width` points; each break starts a line. */
export function lineCount(inlines: Inline[] | string, width: number, size: number): number {
  const text =
    typeof inlines === "string" ? inlines : inlines.map((i) => (i.type === "break" ? "\n" : i.text)).join("");
  const perLine = Math.max(1, Math.floor(width / (size * CHAR_WIDTH_EM)));
  return text
    .split("\n")
    .reduce((sum, segment) => sum + Math.max(1, Math.ceil([...segment].length / perLine)), 0);
}

class Cursor {
  page: number;
  used = 0;
  constructor(first: number) {
    this.page = first;
  }
  newPage(): void {
    this.page++;
    this.used = 0;
  }
  /** Places an unsplittable block of `height`; returns the page it lands on. */
  place(height: number): number {
    if (this.used > 0 && this.used + height > PAGE_HEIGHT) this.newPage();
    this.used += height;
    // A block taller than a page flows on: count the extra pages.
    while (this.used > PAGE_HEIGHT) {
      this.used -= PAGE_HEIGHT;
      this.page++;
    }
    return this.page;
  }
  /** Places text line by line (paragraphs split across pages). */
  flow(lines: number, size: number, after: number): void {
    const h = lineHeight(size);
    for (let i = 0; i < lines; i++) this.place(h);
    this.used = Math.min(this.used + after, PAGE_HEIGHT);
  }
  remaining(): number {
    return PAGE_HEIGHT - this.used;
  }
}

const paragraphSize: Record<string, number> = {
  normal: SIZE.body,
  banner: SIZE.banner,
  subtitle: SIZE.subtitle,
  label: SIZE.body,
  small: SIZE.small,
  "blank-page": SIZE.body,
};

function tableRowHeight(cells: Inline[][], widths: number[], minHeight: number | undefined): number {
  const cellSize = SIZE.body - 1;
  const lines = Math.max(
    1,
    ...cells.map((c, i) => lineCount(c, Math.max(20, widths[i] - 2 * CELL_PADDING_PT.horizontal), cellSize)),
  );
  return Math.max(lines * lineHeight(cellSize) + 2 * CELL_PADDING_PT.vertical, minHeight ?? 0);
}

/** The renderer's own column widths (column-fit.ts), in points. */
export function columnWidthsPt(table: Table, totalPt: number = TEXT_WIDTH_PT): number[] {
  return tableColumns(table, Math.round(totalPt * 20)).map((t) => t / 20);
}

function placeTable(cursor: Cursor, table: Table): void {
  const widths = columnWidthsPt(table);
  const header = table.header
    ? tableRowHeight(
        table.header.map((c) => c.inlines),
        widths,
        undefined,
      )
    : 0;
  let page = -1;
  if (header > 0) page = cursor.place(header);
  for (const row of table.rows) {
    const h = tableRowHeight(
      row.cells.map((c) => c.inlines),
      widths,
      row.minHeight,
    );
    const before = cursor.page;
    const landed = cursor.place(h);
    // Rows are never split; a row moved to a new page gets the repeated header above it.
    if (landed !== before && page !== -1 && header > 0) cursor.used += header;
    page = landed;
  }
  cursor.used = Math.min(cursor.used + PARAGRAPH_AFTER, PAGE_HEIGHT);
}

function place(cursor: Cursor, block: Block, doc: Document, pages: Map<Heading, number>): void {
  switch (block.type) {
    case "heading": {
      const size = block.level === 1 ? SIZE.h1 : block.level === 2 ? SIZE.h2 : SIZE.h3;
      const before = block.level === 1 ? 0 : block.level === 2 ? 12 : 9;
      const height = before + lineCount(block.text, TEXT_WIDTH_PT, size) * lineHeight(size) + 6;
      if (block.level === 1 && cursor.used > 0) cursor.newPage();
      // Kept with the next paragraph: never the last line of a page.
      if (cursor.used > 0 && cursor.remaining() < height + 3 * lineHeight(SIZE.body)) cursor.newPage();
      pages.set(block, cursor.place(height));
      return;
    }
    case "title":
      cursor.place(24 + lineCount(block.text, TEXT_WIDTH_PT, SIZE.title) * lineHeight(SIZE.title) + 18);
      return;
    case "paragraph": {
      const size = paragraphSize[block.style ?? "normal"];
      cursor.flow(lineCount(block.inlines, TEXT_WIDTH_PT, size), size, PARAGRAPH_AFTER);
      return;
    }
    case "list":
      for (const item of block.items)
        cursor.flow(lineCount(item, TEXT_WIDTH_PT - LIST_INDENT_PT, SIZE.body), SIZE.body, 2);
      cursor.used = Math.min(cursor.used + PARAGRAPH_AFTER, PAGE_HEIGHT);
      return;
    case "table":
      placeTable(cursor, block);
      return;
    case "toc": {
      cursor.place(lineHeight(SIZE.h1) + 12);
      const entries = tocEntries(doc, block.maxLevel).length;
      for (let i = 0; i < entries; i++) cursor.place(lineHeight(SIZE.toc) + TOC_ENTRY_AFTER);
      return;
    }
    case "pagebreak":
      cursor.newPage();
      if (block.odd && cursor.page % 2 === 0) cursor.newPage();
      return;
    case "callout":
      cursor.used += CALLOUT_PADDING_PT / 2;
      for (const inner of block.blocks) place(cursor, inner, doc, pages);
      cursor.used = Math.min(cursor.used + CALLOUT_PADDING_PT / 2, PAGE_HEIGHT);
      return;
  }
}

/** Headings listed in a Sommaire of depth `maxLevel`, in body order. */
export function tocEntries(doc: Document, maxLevel: number): Heading[] {
  const out: Heading[] = [];
  const visit = (blocks: Block[]): void => {
    for (const b of blocks) if (b.type === "heading" && b.toc && b.level <= maxLevel) out.push(b);
  };
  visit(doc.body);
  return out;
}

export function estimatePages(doc: Document): PageEstimate {
  const headingPage = new Map<Heading, number>();
  const cursor = new Cursor(1);
  for (const block of doc.cover) place(cursor, block, doc, headingPage);
  // The body starts on a new page after the cover (a section break of type next page).
  if (doc.cover.length > 0) cursor.newPage();
  for (const block of doc.body) place(cursor, block, doc, headingPage);
  return { headingPage, pages: cursor.used === 0 && cursor.page > 1 ? cursor.page - 1 : cursor.page };
}
