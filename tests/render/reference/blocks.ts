/**
 * REFERENCE ONLY (tests): the renderer as it was before the body was written as strings — the docx
 * object model for every block. The string writer (src/render/docx/body-xml.ts) must give the
 * same bytes. Document-model blocks → docx objects: one handler per block type, nothing else. Page breaks are
 * carried to the next paragraph as `pageBreakBefore`, so a break followed by a level-1 heading
 * (which always starts a page) does not leave a blank page.
 */
import {
  BorderStyle,
  HeadingLevel,
  HeightRule,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from "docx";
import type {
  Block,
  Heading,
  Inline,
  List,
  Paragraph as ModelParagraph,
  Table as ModelTable,
  Toc,
} from "../../../src/doc/model.js";
import { CELL_MARGIN, MODEL_STYLE, STYLE, TEXT_WIDTH } from "../../../src/render/docx/styles.js";
import { BULLET_REF, NUMBER_REF } from "../../../src/render/docx/docx-styles.js";
import { walkBlocks } from "../../../src/render/docx/walk.js";
import { tableColumns } from "../../../src/render/docx/column-fit.js";
import { rowCanBreak } from "../../../src/render/docx/row-lines.js";

export type FileChild = Paragraph | Table | TableOfContents;

const border = { style: BorderStyle.SINGLE, size: 4, color: "808080" } as const;
const tableBorders = {
  top: border,
  bottom: border,
  left: border,
  right: border,
  insideHorizontal: border,
  insideVertical: border,
};
const calloutBorder = { style: BorderStyle.SINGLE, size: 12, color: "1F3864" } as const;

export interface RenderContext {
  /** Page estimate of each heading, for the Sommaire's cached entries. */
  headingPage: Map<Heading, number>;
  /** All body headings (TOC candidates). */
  headings: Heading[];
  /** Next numbering instance: each list restarts at 1. */
  nextListInstance: number;
  /** Text width of the current section, twips (landscape sections are wider). */
  textWidth?: number;
}

export function runs(inlines: Inline[], forceBold = false): ParagraphChild[] {
  return inlines.map((inline) =>
    inline.type === "break"
      ? new TextRun({ break: 1 })
      : new TextRun({
          text: inline.text,
          bold: forceBold || inline.bold ? true : undefined,
          italics: inline.italic ? true : undefined,
        }),
  );
}

/**
 * Integer twips summing exactly to `total`: the relative widths, each column widened to hold its
 * longest word or duration (column-fit.ts).
 */
export function columnTwips(table: ModelTable, total: number = TEXT_WIDTH): number[] {
  return tableColumns(table, total);
}

// Widths and margins are set once on the table (grid, tblCellMar): big tables stay light.
function cell(inlines: Inline[], bold: boolean, header: boolean): TableCell {
  return new TableCell({
    shading: header ? { type: ShadingType.CLEAR, fill: "D9E2F3", color: "auto" } : undefined,
    children: [
      new Paragraph({ style: STYLE.cell.id, children: runs(inlines, bold), keepNext: header || undefined }),
    ],
  });
}

function table(block: ModelTable, textWidth: number): Table {
  const widths = columnTwips(block, textWidth);
  const rows: TableRow[] = [];
  if (block.header) {
    rows.push(
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: block.header.map((c, i) => cell(c.inlines, true, true)),
      }),
    );
  }
  const widthsPt = widths.map((w) => w / 20);
  for (const row of block.rows) {
    const bold = (i: number): boolean => !!row.bold || (!!block.keyValue && i === 0);
    const inlines = row.cells.map((c) => c.inlines);
    rows.push(
      new TableRow({
        // Only a row that can break is kept whole (row-lines.ts).
        // (docx writes `w:cantSplit w:val="off"` for false: left out instead.)
        cantSplit: rowCanBreak(inlines, widthsPt, bold, row.minHeight) || undefined,
        height:
          row.minHeight !== undefined
            ? { value: Math.round(row.minHeight * 20), rule: HeightRule.ATLEAST }
            : undefined,
        children: row.cells.map((c, i) =>
          cell(c.inlines, !!row.bold || (!!block.keyValue && i === 0), false),
        ),
      }),
    );
  }
  return new Table({
    rows,
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: { ...CELL_MARGIN, marginUnitType: WidthType.DXA },
    borders: tableBorders,
  });
}

/** Space above the first paragraph after a table (Word puts none). */
const AFTER_TABLE = { before: 120 } as const;

function list(block: List, ctx: RenderContext, pageBreakBefore = false, afterTable = false): Paragraph[] {
  const instance = ctx.nextListInstance++;
  const reference = block.ordered ? NUMBER_REF : BULLET_REF;
  return block.items.map(
    (item, index) =>
      new Paragraph({
        children: runs(item),
        numbering: { reference, level: 0, instance },
        pageBreakBefore: (pageBreakBefore && index === 0) || undefined,
        spacing: afterTable && index === 0 ? AFTER_TABLE : undefined,
      }),
  );
}

function paragraph(block: ModelParagraph, pageBreakBefore: boolean, afterTable = false): Paragraph {
  const style = block.style && block.style !== "normal" ? MODEL_STYLE[block.style].id : undefined;
  return new Paragraph({
    style,
    children: runs(block.inlines),
    pageBreakBefore: pageBreakBefore || undefined,
    spacing: afterTable ? AFTER_TABLE : undefined,
  });
}

function toc(block: Toc, ctx: RenderContext, pageBreakBefore: boolean): FileChild[] {
  const entries = ctx.headings
    .filter((h) => h.toc && h.level <= block.maxLevel)
    .map((h) => ({ title: h.text, level: h.level, page: ctx.headingPage.get(h) }));
  return [
    new Paragraph({
      style: STYLE.tocTitle.id,
      children: [new TextRun(block.title)],
      pageBreakBefore: pageBreakBefore || undefined,
    }),
    new TableOfContents(block.title, {
      headingStyleRange: `1-${block.maxLevel}`,
      hyperlink: true,
      // Without entries docx would list the headings itself (toc: false ones included): an empty
      // paragraph stands in for an empty Sommaire.
      ...(entries.length > 0 ? { cachedEntries: entries } : { contentChildren: [new Paragraph({})] }),
      // Written clean: Word shows the cached entries as they are and asks nothing.
      beginDirty: false,
    }),
  ];
}

function callout(block: Extract<Block, { type: "callout" }>, ctx: RenderContext): Table {
  const children: Paragraph[] = [];
  for (const inner of block.blocks) {
    if (inner.type === "list") children.push(...list(inner, ctx));
    else children.push(paragraph(inner, false));
  }
  if (children.length === 0) children.push(new Paragraph({}));
  const edge = { top: calloutBorder, bottom: calloutBorder, left: calloutBorder, right: calloutBorder };
  const width = ctx.textWidth ?? TEXT_WIDTH;
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [width],
    layout: TableLayoutType.FIXED,
    borders: { ...edge, insideHorizontal: border, insideVertical: border },
    rows: [
      new TableRow({
        // A callout is one row: it moves whole to the next page rather than split (§1.5).
        cantSplit: true,
        children: [
          new TableCell({
            width: { size: width, type: WidthType.DXA },
            margins: { top: 120, bottom: 60, left: 160, right: 160, marginUnitType: WidthType.DXA },
            shading: { type: ShadingType.CLEAR, fill: "F2F5FB", color: "auto" },
            children,
          }),
        ],
      }),
    ],
  });
}

const headingLevel = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;

/** Renders a run of blocks (one section's worth), in the walk of src/render/docx/walk.ts. */
export function renderBlocks(blocks: Block[], ctx: RenderContext): FileChild[] {
  const out: FileChild[] = [];
  walkBlocks(blocks, {
    heading: (block, pb) =>
      out.push(
        new Paragraph({
          heading: headingLevel[block.level],
          children: [new TextRun(block.text)],
          pageBreakBefore: pb || undefined,
        }),
      ),
    title: (block, pb) =>
      out.push(
        new Paragraph({
          heading: HeadingLevel.TITLE,
          children: [new TextRun(block.text)],
          pageBreakBefore: pb || undefined,
        }),
      ),
    paragraph: (block, pb, at) => out.push(paragraph(block, pb, at)),
    list: (block, pb, at) => out.push(...list(block, ctx, pb, at)),
    table: (block) => out.push(table(block, ctx.textWidth ?? TEXT_WIDTH)),
    callout: (block) => out.push(callout(block, ctx)),
    // Figures are written by figure.ts only (the reference never had them): left out here.
    figure: () => undefined,
    toc: (block, pb) => out.push(...toc(block, ctx, pb)),
    spacer: (pb) => out.push(new Paragraph({ pageBreakBefore: pb || undefined, spacing: { after: 0 } })),
  });
  return out;
}
