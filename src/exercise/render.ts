/**
 * The kit's bytes: DOCX and PDF from one document model through `renderDocument`, as `build`
 * (docs/templates.md). The PDF layout also tells whether every card kept to one page
 * (docs/exercise.md: each card is cut out and handed over on its own).
 */
import type { Document } from "../doc/model.js";
import { renderDocument, type OutputFormat } from "../build/render.js";
import type { LaidOutDocument } from "../render/pdf/index.js";

export type KitDocFormat = OutputFormat;

/** Card headings are `4.n Stimulus n – …` (templates/exercise.hbs). */
const cardHeading = /^4\.\d+ Stimulus (\d+) – /;

/** `la carte du stimulus n occupe k pages…` for every card the PDF sets on more than one page. */
export function longCardNotes(layout: LaidOutDocument): string[] {
  const notes: string[] = [];
  layout.headings.forEach((h, i) => {
    const m = cardHeading.exec(h.heading.text);
    if (!m) return;
    const next = layout.headings[i + 1];
    const end = next === undefined ? layout.pages.length : next.page;
    const pages = layout.pages.slice(h.page, end).filter((p) => p.role === "body").length;
    if (pages > 1) {
      notes.push(
        `la carte du stimulus ${m[1]} occupe ${pages} pages\u00a0: raccourcissez les textes du plan qu’elle cite.`,
      );
    }
  });
  return notes;
}

export async function renderKit(doc: Document, format: KitDocFormat, notes: string[]): Promise<Uint8Array> {
  return renderDocument(doc, format, { onPdfLayout: (layout) => notes.push(...longCardNotes(layout)) });
}
