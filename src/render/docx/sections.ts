/**
 * The sections of the DOCX: page setup (written here), running header and footer (docx's
 * Header and Footer, docs/documents.md §1.3).
 * Sections: the cover (no running header or footer, page 1), then the body split as
 * orientation.ts says: each `!pagebreak odd` opens a section of type oddPage, each `!section`
 * a section of type nextPage with its orientation. Every body section carries the same header and
 * footer, laid out on its own text width (one part per kind: runningKinds). When the page estimate finds that an odd section would
 * leave an even page empty, a one-page section comes before it, holding only
 * `Page laissée blanche intentionnellement` and the footer (docs/documents.md §6): Word and LibreOffice
 * would otherwise insert a bare blank page of their own.
 */
import {
  BorderStyle,
  Footer,
  Header,
  PageNumber,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
  type ISectionOptions,
} from "docx";
import type { Block, Document } from "../../doc/model.js";
import { blankPageParagraph, bodyParts, textArea, type Orientation } from "./orientation.js";
import { MARGIN, PAGE, SIZE } from "./styles.js";

/** What a section prints above and below its text. */
export type Running = "none" | "full" | "footer";

export interface SectionPlan {
  blocks: Block[];
  /** The cover: no running header or footer, may stay empty. */
  cover: boolean;
  /** Text width of its pages, twips (tables, tab stops). */
  textWidth: number;
  orientation: Orientation;
  /** How it starts: the first section has no type (it starts the file). */
  start?: "nextPage" | "oddPage";
  running: Running;
}

/**
 * The sections of a document, in order. `blankBefore` holds the body parts (indices of
 * `bodyParts`) before which the page estimate leaves an even page empty.
 */
export function sectionPlans(doc: Document, blankBefore: ReadonlySet<number> = new Set()): SectionPlan[] {
  const plans: SectionPlan[] = [];
  if (doc.cover.length > 0) {
    // The cover's own odd breaks and sections are plain page breaks: one section without header.
    const blocks = doc.cover.map((b): Block =>
      b.type === "pagebreak" || b.type === "section" ? { type: "pagebreak" } : b,
    );
    plans.push({
      blocks,
      cover: true,
      textWidth: textArea.portrait.width,
      orientation: "portrait",
      running: "none",
    });
  }
  bodyParts(doc.body).forEach((part, index) => {
    if (blankBefore.has(index)) {
      // The page left empty keeps the orientation of the pages before it.
      const before = plans[plans.length - 1];
      plans.push({
        blocks: [blankPageParagraph],
        cover: false,
        textWidth: before.textWidth,
        orientation: before.orientation,
        start: "nextPage",
        running: "footer",
      });
    }
    plans.push({
      blocks: part.blocks,
      cover: false,
      textWidth: textArea[part.orientation].width,
      orientation: part.orientation,
      start: part.odd ? "oddPage" : "nextPage",
      running: "full",
    });
  });
  return plans;
}

const runningSize = SIZE.small * 2;
const rule = { style: BorderStyle.SINGLE, size: 4, color: "808080", space: 4 } as const;

/** The running header: establishment at the left, classification at the right margin. */
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

/** The running footer: document and version, FINESS centred, `Page X / Y` at the right. */
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

/**
 * Sections that print the same running lines on the same text width share one header part and
 * one footer part: a document has at most four kinds (full or footer-only, portrait or
 * landscape), where the binder has hundreds of sections. One part per section made docx rebuild
 * its numbering map per header (cost: sections × lists) and Word and LibreOffice read hundreds of
 * identical parts. The key of a section's running lines; `none` for the cover.
 */
export function runningKey(plan: SectionPlan): string {
  return plan.running === "none" ? "none" : `${plan.running}:${plan.textWidth}`;
}

/** The first section of each kind of running lines, in document order (docxSection's input). */
export function runningKinds(plans: readonly SectionPlan[]): SectionPlan[] {
  const seen = new Map<string, SectionPlan>();
  for (const plan of plans) if (!seen.has(runningKey(plan))) seen.set(runningKey(plan), plan);
  return [...seen.values()];
}

/**
 * A section as docx's options: its headers and footers, which docx writes as parts; the section
 * properties themselves are written by `sectionXml` in our document part, the body holding only an
 * empty paragraph here.
 */
export function docxSection(doc: Document, plan: SectionPlan): ISectionOptions {
  const running =
    plan.running === "none"
      ? {}
      : {
          headers: { default: plan.running === "full" ? header(doc, plan.textWidth) : noHeader() },
          footers: { default: footer(doc, plan.textWidth) },
        };
  return { ...running, children: [new Paragraph({})] };
}

/** Page size and margins; a landscape page has its width and height swapped. */
function pageSetup(orientation: Orientation): string {
  const [w, h] = orientation === "landscape" ? [PAGE.height, PAGE.width] : [PAGE.width, PAGE.height];
  const m = MARGIN;
  return (
    `<w:pgSz w:w="${w}" w:h="${h}" w:orient="${orientation}"/>` +
    `<w:pgMar w:top="${m.top}" w:right="${m.right}" w:bottom="${m.bottom}" w:left="${m.left}" ` +
    `w:header="${m.header}" w:footer="${m.footer}" w:gutter="0"/><w:pgNumType/><w:docGrid w:linePitch="360"/>`
  );
}

/** A section's properties; `running` holds the relationship ids of its header and footer. */
export function sectionXml(plan: SectionPlan, running?: { header: string; footer: string }): string {
  const refs = running
    ? `<w:headerReference w:type="default" r:id="${running.header}"/>` +
      `<w:footerReference w:type="default" r:id="${running.footer}"/>`
    : "";
  const start = plan.start ? `<w:type w:val="${plan.start}"/>` : "";
  return `<w:sectPr>${refs}${start}${pageSetup(plan.orientation)}</w:sectPr>`;
}
