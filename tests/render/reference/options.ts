/**
 * REFERENCE ONLY (tests): the package options the renderer gave the docx library before it wrote
 * its own package (src/render/docx/package.ts) — styles, numbering, sections with their headers
 * and footers, core properties — kept as they were so the reference renderer (render.ts) still
 * builds the package docx built, and the production bytes can be compared with it.
 */
import {
  AlignmentType,
  BorderStyle,
  Footer,
  Header,
  LevelFormat,
  PageNumber,
  PageOrientation,
  Paragraph,
  SectionType,
  Tab,
  TabStopType,
  TextRun,
  type IPropertiesOptions,
  type ISectionOptions,
  type IStylesOptions,
  type NumberingDefinition,
} from "docx";
import type { Block, Document } from "../../../src/doc/model.js";
import {
  blankPageParagraph,
  bodyParts,
  textArea,
  type Orientation,
} from "../../../src/render/docx/orientation.js";
import {
  FONT,
  MARGIN,
  PAGE,
  PARAGRAPH_AFTER,
  SIZE,
  TOC_ENTRY_AFTER,
} from "../../../src/render/docx/styles.js";

const halfPoints = (pt: number): number => pt * 2;
const twips = (pt: number): number => pt * 20;

/** Custom paragraph style ids (the model's paragraph styles, and the Sommaire title). */
export const STYLE_ID = {
  banner: "Banner",
  subtitle: "Subtitle",
  label: "Label",
  small: "Small",
  "blank-page": "BlankPage",
  tocTitle: "TOCHeading",
  cell: "TableText",
} as const;

export function documentStyles(language: string = "fr-FR"): IStylesOptions {
  const heading = (size: number, before: number) => ({
    run: { font: FONT, size: halfPoints(size), bold: true, color: "1F3864" },
    paragraph: {
      keepNext: true,
      keepLines: true,
      spacing: { before: twips(before), after: twips(6) },
    },
  });
  return {
    default: {
      document: {
        run: { font: FONT, size: halfPoints(SIZE.body), language: { value: language } },
        paragraph: { spacing: { after: twips(PARAGRAPH_AFTER) } },
      },
      title: {
        run: { font: FONT, size: halfPoints(SIZE.title), bold: true, color: "1F3864" },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: twips(24), after: twips(18) } },
      },
      heading1: { ...heading(SIZE.h1, 0), paragraph: { ...heading(SIZE.h1, 0).paragraph, outlineLevel: 0 } },
      heading2: {
        ...heading(SIZE.h2, 12),
        paragraph: { ...heading(SIZE.h2, 12).paragraph, outlineLevel: 1 },
      },
      heading3: { ...heading(SIZE.h3, 9), paragraph: { ...heading(SIZE.h3, 9).paragraph, outlineLevel: 2 } },
      listParagraph: { paragraph: { spacing: { after: twips(2) } } },
    },
    paragraphStyles: [
      {
        id: STYLE_ID.banner,
        name: "Bandeau",
        basedOn: "Normal",
        next: "Normal",
        run: { bold: true, size: halfPoints(SIZE.banner), allCaps: true, color: "C00000" },
        paragraph: {
          alignment: AlignmentType.CENTER,
          spacing: { after: twips(18) },
          border: {
            top: { style: BorderStyle.SINGLE, size: 12, color: "C00000", space: 4 },
            bottom: { style: BorderStyle.SINGLE, size: 12, color: "C00000", space: 4 },
          },
        },
      },
      {
        id: STYLE_ID.subtitle,
        name: "Subtitle",
        basedOn: "Normal",
        next: "Normal",
        run: { size: halfPoints(SIZE.subtitle) },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { after: twips(8) } },
      },
      {
        id: STYLE_ID.label,
        name: "Intitulé",
        basedOn: "Normal",
        next: "Normal",
        run: { bold: true },
        paragraph: { keepNext: true, spacing: { before: twips(6), after: twips(2) } },
      },
      {
        id: STYLE_ID.small,
        name: "Petit",
        basedOn: "Normal",
        next: "Normal",
        run: { size: halfPoints(SIZE.small), color: "595959" },
      },
      {
        id: STYLE_ID["blank-page"],
        name: "Page blanche",
        basedOn: "Normal",
        next: "Normal",
        run: { italics: true, color: "595959" },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: twips(300) } },
      },
      {
        // Word's built-in style for a table of contents title: not a heading, not in the outline.
        id: STYLE_ID.tocTitle,
        name: "TOC Heading",
        basedOn: "Normal",
        next: "Normal",
        run: { bold: true, size: halfPoints(SIZE.h1), color: "1F3864" },
        paragraph: { keepNext: true, spacing: { after: twips(12) } },
      },
      // Sommaire entries: Word's built-in ids, so a field update keeps this look.
      ...[1, 2, 3].map((level) => ({
        id: `TOC${level}`,
        name: `toc ${level}`,
        basedOn: "Normal",
        next: "Normal",
        paragraph: {
          indent: { left: (level - 1) * 240 },
          spacing: { before: 0, after: twips(TOC_ENTRY_AFTER) },
        },
      })),
      {
        id: STYLE_ID.cell,
        name: "Texte de tableau",
        basedOn: "Normal",
        run: { size: halfPoints(SIZE.body - 1) },
        paragraph: { spacing: { before: 0, after: 0 } },
      },
    ],
  };
}

export const BULLET_REF = "pcapra-bullet";
export const NUMBER_REF = "pcapra-number";

/** One bullet and one decimal list definition; each list gets its own instance, so it restarts at 1. */
export function numberingConfig(): NumberingDefinition[] {
  const indent = { left: 567, hanging: 283 };
  return [
    {
      reference: BULLET_REF,
      levels: [
        {
          level: 0,
          format: LevelFormat.BULLET,
          text: "\u2022",
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent } },
        },
      ],
    },
    {
      reference: NUMBER_REF,
      levels: [
        {
          level: 0,
          format: LevelFormat.DECIMAL,
          text: "%1.",
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent } },
        },
      ],
    },
  ];
}

// docx swaps width and height for a landscape page.
const pageOf = (orientation: Orientation) => ({
  size: {
    width: PAGE.width,
    height: PAGE.height,
    orientation: orientation === "landscape" ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
  },
  margin: { ...MARGIN, gutter: 0 },
});

const runningSize = SIZE.small * 2;
const rule = { style: BorderStyle.SINGLE, size: 4, color: "808080", space: 4 } as const;

function header(doc: Document, width: number): Header {
  return new Header({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: width }],
        border: { bottom: rule },
        children: [
          new TextRun({
            size: runningSize,
            children: [doc.meta.header.left, new Tab(), doc.meta.header.right],
          }),
        ],
      }),
    ],
  });
}

/** An empty header: a section without one would inherit the previous section's. */
const noHeader = (): Header => new Header({ children: [new Paragraph({})] });

function footer(doc: Document, width: number): Footer {
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [
          { type: TabStopType.CENTER, position: Math.round(width / 2) },
          { type: TabStopType.RIGHT, position: width },
        ],
        border: { top: rule },
        children: [
          new TextRun({
            size: runningSize,
            children: [
              doc.meta.footer.left,
              new Tab(),
              doc.meta.footer.centre,
              new Tab(),
              "Page ",
              PageNumber.CURRENT,
              " / ",
              PageNumber.TOTAL_PAGES,
            ],
          }),
        ],
      }),
    ],
  });
}

export interface SectionPlan {
  blocks: Block[];
  /** The cover: no running header or footer, may stay empty. */
  cover: boolean;
  /** Text width of its pages, twips (tables, tab stops). */
  textWidth: number;
  /** Section options without children (the caller gives them). */
  options: Omit<ISectionOptions, "children">;
}

/**
 * The sections of a document, in order. `blankBefore` holds the body parts (indices of
 * `bodyParts`) before which the page estimate leaves an even page empty.
 */
export function sectionPlans(doc: Document, blankBefore: ReadonlySet<number> = new Set()): SectionPlan[] {
  const plans: SectionPlan[] = [];
  const portrait = pageOf("portrait");
  if (doc.cover.length > 0) {
    // The cover's own odd breaks and sections are plain page breaks: one section without header.
    const blocks = doc.cover.map((b): Block =>
      b.type === "pagebreak" || b.type === "section" ? { type: "pagebreak" } : b,
    );
    plans.push({
      blocks,
      cover: true,
      textWidth: textArea.portrait.width,
      options: { properties: { page: portrait } },
    });
  }
  bodyParts(doc.body).forEach((part, index) => {
    const width = textArea[part.orientation].width;
    if (blankBefore.has(index)) {
      // The page left empty keeps the orientation of the pages before it.
      const before = plans[plans.length - 1];
      plans.push({
        blocks: [blankPageParagraph],
        cover: false,
        textWidth: before.textWidth,
        options: {
          properties: { page: before.options.properties?.page ?? portrait, type: SectionType.NEXT_PAGE },
          headers: { default: noHeader() },
          footers: { default: footer(doc, before.textWidth) },
        },
      });
    }
    plans.push({
      blocks: part.blocks,
      cover: false,
      textWidth: width,
      options: {
        properties: {
          page: pageOf(part.orientation),
          type: part.odd ? SectionType.ODD_PAGE : SectionType.NEXT_PAGE,
        },
        headers: { default: header(doc, width) },
        footers: { default: footer(doc, width) },
      },
    });
  });
  return plans;
}

/** Document-level options: core properties, styles, numbering definitions. */
export function documentOptions(doc: Document, sections: ISectionOptions[]): IPropertiesOptions {
  return {
    title: doc.meta.title,
    creator: doc.meta.author,
    lastModifiedBy: doc.meta.author,
    subject: doc.meta.subject,
    keywords: doc.meta.keywords,
    revision: 1,
    styles: documentStyles(doc.meta.language),
    numbering: { config: numberingConfig() },
    sections,
  };
}
