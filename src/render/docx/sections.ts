/**
 * The sections of the DOCX and what docx still builds for them: page setup, running header and
 * footer, and the document-level options (styles, numbering, core properties).
 * Sections: the cover (no running header or footer, page 1), then the body split as
 * orientation.ts says: each `!pagebreak odd` opens a section of type oddPage, each `!section`
 * a section of type nextPage with its orientation. Every body section carries the same header and
 * footer, laid out on its own text width. When the page estimate finds that an odd section would
 * leave an even page empty, a one-page section comes before it, holding only
 * `Page laissée blanche intentionnellement` and the footer (docs/documents.md §6): Word and LibreOffice
 * would otherwise insert a bare blank page of their own.
 */
import {
  BorderStyle,
  Footer,
  Header,
  PageNumber,
  PageOrientation,
  Paragraph,
  SectionType,
  Tab,
  TabStopType,
  TextRun,
  type IPropertiesOptions,
  type ISectionOptions,
} from "docx";
import type { Block, Document } from "../../doc/model.js";
import { blankPageParagraph, bodyParts, textArea, type Orientation } from "./orientation.js";
import { MARGIN, PAGE, SIZE, documentStyles, numberingConfig } from "./styles.js";

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
