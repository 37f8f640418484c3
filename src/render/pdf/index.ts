/**
 * Document model → PDF bytes, the second backend next to render/docx: measure (fonts.ts,
 * text-lines.ts, with the line breaker shared with the DOCX estimate) → layout (layout.ts:
 * positioned pages, pure) with each finished page's content stream written as the layout goes
 * (page-streams.ts, content.ts) → paint (paint.ts: pdf-lib, the objects, fonts and outline).
 */
import type { Document } from "../../doc/model.js";
import { CodeSpaceFull, type CodeWidth } from "./glyph-codes.js";
import { layoutDocument } from "./layout.js";
import { PageStreams } from "./page-streams.js";
import type { LaidOutDocument } from "./types.js";

export { layoutDocument } from "./layout.js";
export { MissingGlyphError } from "./fonts.js";
export type { LaidOutDocument, LaidOutPage, TextRun } from "./types.js";

/**
 * The PDF and the layout it was painted from (build reads the fiches' page counts from it; its
 * pages no longer hold their drawing: types.ts).
 */
export async function renderPdfWithLayout(
  doc: Document,
): Promise<{ bytes: Uint8Array; layout: LaidOutDocument }> {
  // pdf-lib (~100 ms of module loading) is loaded by the first PDF, not by every build.
  const { paintDocument } = await import("./paint.js");
  const attempt = async (codeWidth: CodeWidth) => {
    const streams = new PageStreams(codeWidth);
    const layout = layoutDocument(doc, streams);
    return { bytes: await paintDocument(layout, doc.meta, streams), layout };
  };
  try {
    return await attempt(1);
  } catch (error) {
    // A font needs more than 255 glyphs: the whole document again, with two-byte codes.
    if (error instanceof CodeSpaceFull) return attempt(2);
    throw error;
  }
}

export async function renderPdf(doc: Document): Promise<Uint8Array> {
  return (await renderPdfWithLayout(doc)).bytes;
}
