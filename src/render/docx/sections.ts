/**
 * The sections of the DOCX and what docx still builds for them: page setup, running header and
 * footer, and the document-level options (styles, numbering, core properties).
 * Sections: the cover (no running header or footer, page 1), then the body; each `!pagebreak odd`
 * opens a new body section of type oddPage. Every body section carries the same header and footer.
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
import { MARGIN, PAGE, SIZE, TEXT_WIDTH, documentStyles, numberingConfig } from "./styles.js";

const page = {
  size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
  margin: { ...MARGIN, gutter: 0 },
};

const runningSize = SIZE.small * 2;
const rule = { style: BorderStyle.SINGLE, size: 4, color: "808080", space: 4 } as const;

function header(doc: Document): Header {
  return new Header({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
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

function footer(doc: Document): Footer {
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [
          { type: TabStopType.CENTER, position: Math.round(TEXT_WIDTH / 2) },
          { type: TabStopType.RIGHT, position: TEXT_WIDTH },
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

/** Splits the body at odd page breaks: each part after the first starts on an odd page. */
function bodyParts(body: Block[]): Block[][] {
  const parts: Block[][] = [[]];
  for (const block of body) {
    if (block.type === "pagebreak" && block.odd) parts.push([]);
    else parts[parts.length - 1].push(block);
  }
  return parts;
}

export interface SectionPlan {
  blocks: Block[];
  /** The cover: no running header or footer, may stay empty. */
  cover: boolean;
  /** Section options without children (the caller gives them). */
  options: Omit<ISectionOptions, "children">;
}

/** The sections of a document, in order. */
export function sectionPlans(doc: Document): SectionPlan[] {
  const plans: SectionPlan[] = [];
  if (doc.cover.length > 0) {
    // The cover's own odd breaks are plain page breaks: it is a single section without header.
    const blocks = doc.cover.map((b): Block => (b.type === "pagebreak" ? { type: "pagebreak" } : b));
    plans.push({ blocks, cover: true, options: { properties: { page } } });
  }
  bodyParts(doc.body).forEach((blocks, index) => {
    plans.push({
      blocks,
      cover: false,
      options: {
        properties: { page, type: index === 0 ? SectionType.NEXT_PAGE : SectionType.ODD_PAGE },
        headers: { default: header(doc) },
        footers: { default: footer(doc) },
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
