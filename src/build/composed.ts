/**
 * One document's block text (view → template, build/index.ts) and what its parsing needs: what
 * `build` parses for the formats it renders itself, and what the PDF thread receives and parses
 * (pdf-job.ts) — one parser, so every DOCX and PDF of a document has the same headings and text.
 */
import type { FigureSource } from "../doc/figure.js";
import type { Document, DocumentMeta } from "../doc/model.js";
import { parseBlockText } from "../doc/parse.js";
import type { BlockText } from "../doc/source.js";

export interface ComposedText {
  text: BlockText;
  /** Name of the template, for block errors of text without markers. */
  origin: string;
  figures: FigureSource;
  meta: DocumentMeta;
}

/** Block text → document model. Block errors are thrown as is. */
export function parseComposed(composed: ComposedText): Document {
  const { cover, body } = parseBlockText(composed.text, composed.origin, composed.figures);
  return { meta: composed.meta, cover, body };
}
