/**
 * Document model → PDF bytes, the second backend next to render/docx: measure (fonts.ts,
 * text-lines.ts, with the line breaker shared with the DOCX estimate) → layout (layout.ts: pure,
 * positioned pages) → paint (paint.ts: pdf-lib, content streams written from the layout).
 */
import type { Document } from "../../doc/model.js";
import { layoutDocument } from "./layout.js";
import type { LaidOutDocument } from "./types.js";

export { layoutDocument } from "./layout.js";
export { MissingGlyphError } from "./fonts.js";
export type { LaidOutDocument, LaidOutPage, TextRun } from "./types.js";

/** The PDF and the layout it was painted from (build reads the fiches' page counts from it). */
export async function renderPdfWithLayout(
  doc: Document,
): Promise<{ bytes: Uint8Array; layout: LaidOutDocument }> {
  const layout = layoutDocument(doc);
  // pdf-lib (~100 ms of module loading) is loaded by the first PDF, not by every build.
  const { paintDocument } = await import("./paint.js");
  return { bytes: await paintDocument(layout, doc.meta), layout };
}

export async function renderPdf(doc: Document): Promise<Uint8Array> {
  return (await renderPdfWithLayout(doc)).bytes;
}
