/**
 * Deterministic page estimate for the DOCX Sommaire. DOCX has no layout of its own: the TOC field's
 * cached page numbers must come from somewhere, so this lays the model out as LibreOffice and Word
 * do at the sizes of styles.ts: lines broken word by word with Arial's widths (text-measure.ts),
 * single line height 1.15 em, spacing between paragraphs the larger of the space after the one and
 * before the next (none at the top of a page), table rows whole with their padding and rules and
 * the header row repeated, headings kept with what follows. Checked against LibreOffice's PDF of
 * the example documents (tests/render/toc-pages.test.ts).
 */
import type { Block, Document, Heading, Inline, Paragraph, Table } from "../../doc/model.js";
import { tableColumns } from "./column-fit.js";
import { FIGURE_SPACING, figureFlowHeight } from "./figure.js";
import {
  AFTER_TABLE,
  CALLOUT_MARGIN,
  HEADING_STYLE,
  LIST_INDENT,
  MODEL_STYLE,
  PARAGRAPH_AFTER,
  RULE_SIZE,
  SIZE,
  STYLE,
  TEXT_HEIGHT,
  TEXT_WIDTH,
  TOC_STYLE,
  type ParagraphStyle,
} from "./styles.js";
import { walkBlocks } from "./walk.js";
import { textWidth, wrapLastLine, wrapLines } from "./text-measure.js";
import { FIT_SLACK } from "../text/line-break.js";
import { CELL_PAD, CELL_SIZE, rowLines, rowTallerThanPage } from "./row-lines.js";
import { layoutItems, type Item, type LinesItem, type RowItem } from "./page-layout.js";
import { bodyParts, textArea } from "./orientation.js";

/**
 * Appends in a loop: `items.push(...more)` passes every element as an argument, and a large plan's
 * document (a table of 100,000 rows, a body of 200,000 blocks) overflows the call stack.
 */
function append<T>(items: T[], more: T[]): void {
  for (const item of more) items.push(item);
}

export interface PageEstimate {
  /** Page (1-based, cover = 1) of each body heading, by identity. */
  headingPage: Map<Heading, number>;
  /** Top of each heading below the top margin of its page, points (for checking the estimate). */
  headingTop: Map<Heading, number>;
  /** Pages of the file, cover included. */
  pages: number;
  /** Body parts (orientation.ts) before which an even page is left empty to start on an odd page. */
  blankBefore: Set<number>;
}

const TEXT_WIDTH_PT = TEXT_WIDTH / 20;
const LIST_INDENT_PT = LIST_INDENT.left / 20;
/** Single line height of Arial / Liberation Sans (ascent + descent + line gap), in em. */
export const LINE_HEIGHT_EM = 1.15;
/** Table rules and the callout's frame, points (`w:sz` is in eighths of a point). */
const RULE = RULE_SIZE.table / 8;
const FRAME = RULE_SIZE.callout / 8;

const lineHeight = (size: number): number => size * LINE_HEIGHT_EM;
/** Below an inline image on its line: Arial's descent and line gap, (434 + 67) / 2,048 em. */
const IMAGE_LINE_BELOW = 501 / 2048;

/** What the estimate needs of a paragraph style (styles.ts), in points. */
interface ParaStyle {
  size: number;
  before: number;
  after: number;
  bold?: boolean;
  keepNext?: boolean;
  /** Extra height (borders and their spacing). */
  extra?: number;
}

/** A style of styles.ts, its inherited values filled in (document defaults: body size, space after). */
function paraStyle(s: ParagraphStyle): ParaStyle {
  const rules = [s.border?.top, s.border?.bottom].filter((r) => r !== undefined);
  return {
    size: s.size ?? SIZE.body,
    before: s.before ?? 0,
    after: s.after ?? PARAGRAPH_AFTER,
    bold: !!s.bold,
    keepNext: !!s.keepNext,
    extra: rules.reduce((sum, r) => sum + r.size / 8 + r.space, 0),
  };
}

const NORMAL: ParaStyle = { size: SIZE.body, before: 0, after: PARAGRAPH_AFTER };
const MODEL: Record<keyof typeof MODEL_STYLE, ParaStyle> = {
  banner: paraStyle(MODEL_STYLE.banner),
  subtitle: paraStyle(MODEL_STYLE.subtitle),
  label: paraStyle(MODEL_STYLE.label),
  small: paraStyle(MODEL_STYLE.small),
  "blank-page": paraStyle(MODEL_STYLE["blank-page"]),
};
const HEADING: Record<1 | 2 | 3, ParaStyle> = {
  1: paraStyle(HEADING_STYLE[1]),
  2: paraStyle(HEADING_STYLE[2]),
  3: paraStyle(HEADING_STYLE[3]),
};
const TITLE = paraStyle(STYLE.title);
const LIST_ITEM = paraStyle(STYLE.listItem);
const TOC_TITLE = paraStyle(STYLE.tocTitle);
/** The empty paragraph of walk.ts (spacing after 0). */
const SPACER: ParaStyle = { size: SIZE.body, before: 0, after: 0 };

function para(
  text: Inline[] | string,
  style: ParaStyle,
  width: number,
  extra: Pick<LinesItem, "pageBreakBefore" | "heading"> = {},
): LinesItem {
  const lines = wrapLines(text, width, style.size, style.bold);
  return {
    kind: "lines",
    lines,
    lineHeight: lineHeight(style.size),
    extra: style.extra ?? 0,
    before: style.before,
    after: style.after,
    keepNext: !!style.keepNext,
    ...extra,
  };
}

/** The renderer's own column widths (column-fit.ts), in points. */
export function columnWidthsPt(table: Table, totalPt: number = TEXT_WIDTH_PT): number[] {
  return tableColumns(table, Math.round(totalPt * 20)).map((t) => t / 20);
}

const rowHeight = (lines: number, minHeight?: number): number =>
  Math.max(lines * lineHeight(CELL_SIZE) + CELL_PAD.vertical, minHeight ?? 0) + RULE;

function tableItems(table: Table, textWidth: number, textHeight: number): Item[] {
  const widths = columnWidthsPt(table, textWidth);
  const header =
    table.header && table.header.length > 0
      ? rowHeight(
          rowLines(
            table.header.map((c) => c.inlines),
            widths,
            () => true,
          ),
        )
      : 0;
  const rows = table.rows.filter((r) => r.cells.length > 0);
  const items: Item[] = rows.map((row, i) => {
    const lines = rowLines(
      row.cells.map((c) => c.inlines),
      widths,
      (c) => !!row.bold || (!!table.keyValue && c === 0),
    );
    const item: RowItem = { kind: "row", height: rowHeight(lines, row.minHeight), header, first: i === 0 };
    // The writer's own test (body-xml.ts): such a row is free to break.
    if (rowTallerThanPage(lines, header, textHeight, row.minHeight))
      item.split = { lines, lineHeight: lineHeight(CELL_SIZE), padding: CELL_PAD.vertical / 2 };
    return item;
  });
  if (items.length === 0 && header > 0) items.push({ kind: "row", height: 0, header, first: true });
  return items;
}

/** A callout: a one-cell framed table, never split. */
function calloutHeight(block: Extract<Block, { type: "callout" }>, textWidth: number): number {
  const width = textWidth - (CALLOUT_MARGIN.left + CALLOUT_MARGIN.right) / 20;
  let height = 0;
  let after = 0;
  block.blocks.forEach((inner, index) => {
    const items =
      inner.type === "list"
        ? inner.items.map((item) => para(item, LIST_ITEM, width - LIST_INDENT_PT))
        : [para(inner.inlines, styleOf(inner), width)];
    items.forEach((it, j) => {
      // A cell's first paragraph keeps its space before (the label of [Numéros]: LibreOffice and
      // Word both apply it at the top of the cell).
      const gap = index === 0 && j === 0 ? it.before : Math.max(after, it.before);
      height += gap + it.lines * it.lineHeight + it.extra;
      after = it.after;
    });
  });
  if (height === 0) height = lineHeight(SIZE.body);
  return FRAME + CALLOUT_MARGIN.top / 20 + height + after + CALLOUT_MARGIN.bottom / 20 + FRAME;
}

/** A Sommaire entry's paragraph, its lines to be counted again once its page number is known. */
interface TocLine {
  item: LinesItem;
  heading: Heading;
  /** Line width, points (the text width less the entry's indent). */
  width: number;
  size: number;
}

/**
 * Lines of a Sommaire entry: its text wraps at the full width; the dot leader and the page
 * number follow on its last line when the number fits there, else on a line of their own (as
 * LibreOffice lays out the right tab at the margin). `page` unknown: two digits.
 */
function tocEntryLines(t: TocLine, page: number | undefined): number {
  const { lines, last } = wrapLastLine(t.heading.text, t.width, t.size);
  const number = textWidth(page === undefined ? "00" : String(page), t.size);
  return last + number <= t.width - FIT_SLACK ? lines : lines + 1;
}

function tocItems(
  doc: Document,
  maxLevel: 1 | 2 | 3,
  title: string,
  pageBreakBefore: boolean,
  pageWidth: number,
  tocLines: TocLine[],
): Item[] {
  const items: Item[] = [
    para(title, TOC_TITLE, pageWidth, {
      pageBreakBefore,
    }),
  ];
  const entries = tocEntries(doc, maxLevel);
  for (const h of entries) {
    const style = paraStyle(TOC_STYLE[h.level]);
    const width = pageWidth - TOC_STYLE[h.level].indent / 20;
    const item = para("", style, width);
    const line = { item, heading: h, width, size: style.size };
    item.lines = tocEntryLines(line, undefined);
    tocLines.push(line);
    items.push(item);
  }
  if (entries.length === 0) items.push(para("", NORMAL, pageWidth));
  return items;
}

const styleOf = (block: Paragraph): ParaStyle =>
  block.style && block.style !== "normal" ? MODEL[block.style] : NORMAL;

/** The layout items of a run of blocks, in the walk of walk.ts, on pages `width` points wide. */
function blockItems(
  blocks: Block[],
  doc: Document,
  tocLines: TocLine[],
  width: number = TEXT_WIDTH_PT,
  height: number = TEXT_HEIGHT / 20,
): Item[] {
  const items: Item[] = [];
  const spacer = (pageBreakBefore: boolean): void => {
    items.push(para("", SPACER, width, { pageBreakBefore }));
  };
  walkBlocks(blocks, {
    heading: (block, pageBreakBefore) =>
      items.push(para(block.text, HEADING[block.level], width, { pageBreakBefore, heading: block })),
    title: (block, pageBreakBefore) => items.push(para(block.text, TITLE, width, { pageBreakBefore })),
    paragraph: (block, pageBreakBefore, afterTable) => {
      const style = styleOf(block);
      const before = afterTable ? Math.max(style.before, AFTER_TABLE) : style.before;
      items.push(para(block.inlines, { ...style, before }, width, { pageBreakBefore }));
    },
    list: (block, pageBreakBefore, afterTable) =>
      block.items.forEach((item, i) => {
        const before = afterTable && i === 0 ? AFTER_TABLE : 0;
        items.push(
          para(item, { ...LIST_ITEM, before }, width - LIST_INDENT_PT, {
            pageBreakBefore: pageBreakBefore && i === 0,
          }),
        );
      }),
    table: (block) => append(items, tableItems(block, width, height)),
    callout: (block) =>
      items.push({ kind: "row", height: calloutHeight(block, width), header: 0, first: true }),
    figure: (block, pageBreakBefore) => {
      // Image and caption kept together (figure.ts): one unbreakable line, with the image
      // paragraph's space before and the caption's space after, which LibreOffice treats as any
      // paragraph's (the larger of the two between figures, none at the top of a page unless a
      // page break put the figure there; the image paragraph carries that break, body-xml.ts).
      // The image sits on the baseline of its line: the body font's descent and line gap still
      // hang below it (a figure that fits to the point without them goes to the next page).
      const { before, after } = FIGURE_SPACING;
      items.push({
        kind: "lines",
        lines: 1,
        lineHeight: figureFlowHeight(block, width) - before - after + IMAGE_LINE_BELOW * SIZE.body,
        extra: 0,
        before,
        after,
        keepNext: false,
        pageBreakBefore,
      });
    },
    toc: (block, pageBreakBefore) =>
      append(items, tocItems(doc, block.maxLevel, block.title, pageBreakBefore, width, tocLines)),
    spacer,
  });
  return items;
}

/** Headings listed in a Sommaire of depth `maxLevel`, in body order. */
export function tocEntries(doc: Document, maxLevel: number): Heading[] {
  return doc.body.filter((b): b is Heading => b.type === "heading" && b.toc && b.level <= maxLevel);
}

/** Layouts at most: the Sommaire's entries settle after one or two (their numbers' widths). */
const TOC_PASSES = 4;

export function estimatePages(doc: Document): PageEstimate {
  const items: Item[] = [];
  const tocLines: TocLine[] = [];
  if (doc.cover.length > 0) {
    const cover = doc.cover.map((b): Block =>
      b.type === "pagebreak" || b.type === "section" ? { type: "pagebreak" } : b,
    );
    append(items, blockItems(cover, doc, tocLines));
  }
  bodyParts(doc.body).forEach((part, index) => {
    const area = textArea[part.orientation];
    // Each body section starts a new page (the first after the cover), odd ones on an odd page.
    if (doc.cover.length > 0 || index > 0)
      items.push({ kind: "section", odd: part.odd, height: area.height / 20, part: index });
    append(items, blockItems(part.blocks, doc, tocLines, area.width / 20, area.height / 20));
  });
  // The Sommaire's entries are counted with two-digit numbers, then again with the numbers the
  // layout gives them, until their lines no longer change.
  let layout = layoutItems(items, TEXT_HEIGHT / 20);
  for (let pass = 1; pass < TOC_PASSES; pass++) {
    let changed = false;
    for (const t of tocLines) {
      const lines = tocEntryLines(t, layout.headingPage.get(t.heading));
      if (lines !== t.item.lines) {
        t.item.lines = lines;
        changed = true;
      }
    }
    if (!changed) break;
    layout = layoutItems(items, TEXT_HEIGHT / 20);
  }
  const { headingPage, headingTop, pages, blankBefore } = layout;
  return { headingPage, headingTop, pages, blankBefore };
}
