/**
 * Document-model blocks → WordprocessingML body XML, written as strings: one handler per block
 * type, in the walk of walk.ts (which the page estimate follows too). On a large plan the docx
 * object model spent most of its time allocating and collecting per-cell objects; plain strings
 * give the same bytes (xml.ts) at a fraction of the cost.
 */
import type {
  Block,
  Figure,
  Heading,
  Inline,
  List,
  Paragraph as ModelParagraph,
  Table as ModelTable,
  Toc,
} from "../../doc/model.js";
import { tableColumns } from "./column-fit.js";
import { FIGURE_MAX_HEIGHT, figureParagraphs, figureSize, type FigurePart } from "./figure.js";
import {
  AFTER_TABLE as AFTER_TABLE_PT,
  CALLOUT_MARGIN,
  CELL_MARGIN,
  HEADING_STYLE,
  MODEL_STYLE,
  STYLE,
  TEXT_WIDTH,
  TOC_STYLE,
} from "./styles.js";
import {
  BREAK_RUN,
  BodyWriter,
  KEEP_NEXT,
  PAGE_BREAK_BEFORE,
  border,
  esc,
  margins,
  numPr,
  pStyle,
  paragraphXml,
  shading,
  spacing,
  textRun,
} from "./xml.js";
import { walkBlocks } from "./walk.js";
import { rowCanBreak, rowHeightPt, rowLines, rowTallerThanPage } from "./row-lines.js";
import { textArea } from "./orientation.js";

export interface RenderContext {
  /** Page of each heading, for the Sommaire's cached entries. */
  headingPage: Map<Heading, number>;
  /** All body headings (TOC candidates). */
  headings: Heading[];
  /** Registers a list in numbering.xml (numbering.ts), each restarting at 1; gives its `w:numId`. */
  list(ordered: boolean): number;
  /** Text width of the current section's pages, twips (landscape sections are wider). */
  textWidth: number;
  /** Registers a figure's image (figure.ts) and gives its part and drawing id. */
  figure(block: Figure): { part: FigurePart; id: number };
}

export function runs(inlines: Inline[], forceBold = false): string {
  let out = "";
  for (const inline of inlines) {
    out +=
      inline.type === "break" ? BREAK_RUN : textRun(inline.text, forceBold || !!inline.bold, !!inline.italic);
  }
  return out;
}

/**
 * Integer twips summing exactly to `total`: the relative widths, each column widened to hold its
 * longest word or duration (column-fit.ts).
 */
export function columnTwips(table: ModelTable, total: number = TEXT_WIDTH): number[] {
  return tableColumns(table, total);
}

const GREY = { style: "single", size: 4, color: "808080" };
const NAVY = { style: "single", size: 12, color: "1F3864" };
const inside = border("w:insideH", GREY) + border("w:insideV", GREY);
const edges = (b: typeof GREY): string =>
  border("w:top", b) + border("w:left", b) + border("w:bottom", b) + border("w:right", b);

// Shared by every table: widths and margins are set once on the table (grid, tblCellMar).
const tablePr = (width: number): string =>
  `<w:tblPr><w:tblW w:type="dxa" w:w="${width}"/><w:tblBorders>${edges(GREY)}${inside}</w:tblBorders>` +
  `<w:tblLayout w:type="fixed"/>${margins("w:tblCellMar", CELL_MARGIN)}</w:tblPr>`;
const TABLE_PR = tablePr(TEXT_WIDTH);
const calloutPr = (width: number): string =>
  `<w:tblPr><w:tblW w:type="dxa" w:w="${width}"/><w:tblBorders>${edges(NAVY)}${inside}</w:tblBorders>` +
  `<w:tblLayout w:type="fixed"/></w:tblPr>`;
const HEADER_SHADING = shading("D9E2F3");
const CELL_P_PR = pStyle(STYLE.cell.id);
const HEADER_CELL_P_PR = CELL_P_PR + KEEP_NEXT;
const grid = (widths: number[]): string =>
  widths.length === 0
    ? "<w:tblGrid/>"
    : `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>`;

function table(block: ModelTable, textWidth: number): string {
  const widths = columnTwips(block, textWidth);
  // The width elements of each column, built once for all rows.
  const tcW = widths.map((w) => `<w:tcW w:type="dxa" w:w="${w}"/>`);
  const widthsPt = widths.map((w) => w / 20);
  const cell = (inlines: Inline[], i: number, bold: boolean, header: boolean): string =>
    `<w:tc><w:tcPr>${tcW[i] ?? ""}${header ? HEADER_SHADING : ""}</w:tcPr>` +
    paragraphXml(header ? HEADER_CELL_P_PR : CELL_P_PR, runs(inlines, bold)) +
    "</w:tc>";
  let out = `<w:tbl>${textWidth === TEXT_WIDTH ? TABLE_PR : tablePr(textWidth)}${grid(widths)}`;
  // The text height of the section's pages, and the header row's height repeated on each.
  const pageHeight = (textWidth === TEXT_WIDTH ? textArea.portrait : textArea.landscape).height / 20;
  const headerPt =
    block.header && block.header.length > 0
      ? rowHeightPt(
          rowLines(
            block.header.map((c) => c.inlines),
            widthsPt,
            () => true,
          ),
        )
      : 0;
  if (block.header && block.header.length > 0) {
    out += "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>";
    block.header.forEach((c, i) => (out += cell(c.inlines, i, true, true)));
    out += "</w:tr>";
  }
  for (const row of block.rows) {
    // A row without cells is no row (docx writes none).
    if (row.cells.length === 0) continue;
    const height =
      row.minHeight !== undefined
        ? `<w:trHeight w:val="${Math.round(row.minHeight * 20)}" w:hRule="atLeast"/>`
        : "";
    const bold = (i: number): boolean => !!row.bold || (!!block.keyValue && i === 0);
    // Only a row that can break needs keeping whole: see rowCanBreak (row-lines.ts).
    const inlines = row.cells.map((c) => c.inlines);
    const keep =
      rowCanBreak(inlines, widthsPt, row.minHeight) &&
      !rowTallerThanPage(rowLines(inlines, widthsPt, bold), headerPt, pageHeight, row.minHeight)
        ? "<w:cantSplit/>"
        : "";
    out += keep || height ? `<w:tr><w:trPr>${keep}${height}</w:trPr>` : "<w:tr>";
    row.cells.forEach((c, i) => (out += cell(c.inlines, i, bold(i), false)));
    out += "</w:tr>";
  }
  return out + "</w:tbl>";
}

/** Space above the first paragraph after a table (Word puts none). */
const AFTER_TABLE = spacing({ before: AFTER_TABLE_PT * 20 });

function list(
  block: List,
  ctx: RenderContext,
  out: BodyWriter,
  pageBreakBefore = false,
  afterTable = false,
): void {
  if (block.items.length === 0) return;
  const style = pStyle(STYLE.listItem.id);
  const num = numPr(ctx.list(block.ordered));
  block.items.forEach((item, index) => {
    const first = index === 0;
    const pPr =
      style +
      (first && pageBreakBefore ? PAGE_BREAK_BEFORE : "") +
      num +
      (first && afterTable ? AFTER_TABLE : "");
    out.paragraph(pPr, runs(item));
  });
}

function paragraph(
  block: ModelParagraph,
  out: BodyWriter,
  pageBreakBefore: boolean,
  afterTable = false,
): void {
  const style = block.style && block.style !== "normal" ? pStyle(MODEL_STYLE[block.style].id) : "";
  out.paragraph(
    style + (pageBreakBefore ? PAGE_BREAK_BEFORE : "") + (afterTable ? AFTER_TABLE : ""),
    runs(block.inlines),
  );
}

const fieldBegin = (maxLevel: number): string =>
  `<w:r><w:fldChar w:fldCharType="begin" w:dirty="false"/>` +
  `<w:instrText xml:space="preserve">TOC \\h \\o &quot;1-${maxLevel}&quot;</w:instrText>` +
  `<w:fldChar w:fldCharType="separate"/></w:r>`;
const FIELD_END = `<w:r><w:fldChar w:fldCharType="end"/></w:r>`;

/**
 * The Sommaire: a TOC field in a structured document tag, with the entries cached (written clean,
 * so Word shows them as they are and asks nothing). The page-number tab sits at the right margin.
 */
function toc(block: Toc, ctx: RenderContext, out: BodyWriter, pageBreakBefore: boolean): void {
  out.paragraph(
    pStyle(STYLE.tocTitle.id) + (pageBreakBefore ? PAGE_BREAK_BEFORE : ""),
    textRun(block.title, false, false),
  );
  const entries = ctx.headings.filter((h) => h.toc && h.level <= block.maxLevel);
  let content = "";
  if (entries.length === 0) {
    // An empty paragraph stands in for an empty Sommaire.
    content = paragraphXml("", fieldBegin(block.maxLevel)) + "<w:p/>" + paragraphXml("", FIELD_END);
  } else {
    entries.forEach((h, i) => {
      const style = TOC_STYLE[h.level];
      // docx's default right tab (9026 less the indent) cleared, ours at the margin instead.
      const tabs =
        `<w:tabs><w:tab w:val="clear" w:pos="${9026 - style.indent}"/>` +
        `<w:tab w:val="right" w:pos="${ctx.textWidth}" w:leader="dot"/></w:tabs>`;
      const page = ctx.headingPage.get(h);
      const entry =
        `<w:r><w:t xml:space="default">${esc(h.text)}</w:t><w:tab/>` +
        `<w:t xml:space="default">${page === undefined ? "" : page}</w:t></w:r>`;
      const begin = i === 0 ? fieldBegin(block.maxLevel) : "";
      const end = i === entries.length - 1 && i > 0 ? FIELD_END : "";
      content += paragraphXml(pStyle(style.id) + tabs, begin + entry + end);
    });
    // A single entry opens the field: the end gets a paragraph of its own.
    if (entries.length === 1) content += paragraphXml("", FIELD_END);
  }
  out.raw(
    // docx leaves out an empty alias.
    `<w:sdt><w:sdtPr>${block.title ? `<w:alias w:val="${esc(block.title)}"/>` : ""}<w:docPartObj>` +
      `<w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr>` +
      `<w:sdtContent>${content}</w:sdtContent></w:sdt>`,
  );
}

const calloutCellPr = (width: number): string =>
  `<w:tcPr><w:tcW w:type="dxa" w:w="${width}"/>${shading("F2F5FB")}` +
  `${margins("w:tcMar", CALLOUT_MARGIN)}</w:tcPr>`;

/** A framed box: a one-row table, moved whole to the next page rather than split (§1.5). */
function callout(block: Extract<Block, { type: "callout" }>, ctx: RenderContext): string {
  const inner = new BodyWriter();
  for (const b of block.blocks) {
    if (b.type === "list") list(b, ctx, inner);
    else paragraph(b, inner, false);
  }
  let cell = inner.toXml();
  if (cell === "") cell = "<w:p/>";
  const width = ctx.textWidth;
  return (
    `<w:tbl>${calloutPr(width)}${grid([width])}<w:tr><w:trPr><w:cantSplit/></w:trPr>` +
    `<w:tc>${calloutCellPr(width)}${cell}</w:tc></w:tr></w:tbl>`
  );
}

const EMPTY_SPACER = spacing({ after: 0 });

/** Writes a run of blocks (one section's worth), in the walk of walk.ts. */
export function renderBlocks(blocks: Block[], ctx: RenderContext, out: BodyWriter): void {
  walkBlocks(blocks, {
    heading: (block, pb) =>
      out.paragraph(
        pStyle(HEADING_STYLE[block.level].id) + (pb ? PAGE_BREAK_BEFORE : ""),
        textRun(block.text, false, false),
      ),
    title: (block, pb) =>
      out.paragraph(
        pStyle(STYLE.title.id) + (pb ? PAGE_BREAK_BEFORE : ""),
        textRun(block.text, false, false),
      ),
    paragraph: (block, pb, at) => paragraph(block, out, pb, at),
    list: (block, pb, at) => list(block, ctx, out, pb, at),
    table: (block) => out.raw(table(block, ctx.textWidth)),
    callout: (block) => out.raw(callout(block, ctx)),
    figure: (block, pb) => {
      const { part, id } = ctx.figure(block);
      const size = figureSize(block, ctx.textWidth / 20, FIGURE_MAX_HEIGHT);
      for (const [pPr, content] of figureParagraphs(block, part, id, size, pb ? PAGE_BREAK_BEFORE : ""))
        out.paragraph(pPr, content);
    },
    toc: (block, pb) => toc(block, ctx, out, pb),
    spacer: (pb) => out.paragraph((pb ? PAGE_BREAK_BEFORE : "") + EMPTY_SPACER, ""),
  });
}
