/**
 * One document model → the bytes of one format. `build` and the exercise kit both go through
 * here, so every DOCX and PDF of a document comes from the same model (same headings, same text).
 */
import type { Document } from "../doc/model.js";
import type { LaidOutDocument, MissingGlyphError } from "../render/pdf/index.js";
import type { SourceMap } from "../plan/source-map.js";
import { pointer } from "../plan/source-map.js";

/**
 * Each renderer is imported when a document is first rendered in its format: `--format docx`
 * never loads pdf-lib, fontkit and the DejaVu metrics (≈0.4 s of CPU and 35 MB at start), nor
 * `--format pdf` the docx library.
 */
type PdfModule = typeof import("../render/pdf/index.js");
let pdfModule: PdfModule | undefined;

export async function pdfRenderer(): Promise<PdfModule> {
  return (pdfModule ??= await import("../render/pdf/index.js"));
}

/** A character the PDF font lacks; only the PDF renderer throws it, so it is loaded by then. */
export function isMissingGlyph(error: unknown): error is MissingGlyphError {
  return pdfModule !== undefined && error instanceof pdfModule.MissingGlyphError;
}

export type OutputFormat = "docx" | "pdf";

export interface RenderHooks {
  /** Receives the PDF layout (page counts of the fiches). */
  onPdfLayout?: (layout: LaidOutDocument) => void;
}

export async function renderDocument(
  doc: Document,
  format: OutputFormat,
  hooks: RenderHooks = {},
): Promise<Uint8Array> {
  if (format === "docx") return (await import("../render/docx/index.js")).renderDocx(doc);
  const { bytes, layout } = await (await pdfRenderer()).renderPdfWithLayout(doc);
  hooks.onPdfLayout?.(layout);
  return bytes;
}

/**
 * Pages taken by each fiche (level-1 heading) of a laid-out fiches document, blank pages left
 * out; docs/documents.md §5: a fiche is written to fit one A4 page.
 */
export function fichePages(layout: LaidOutDocument): { title: string; pages: number }[] {
  const firsts = layout.headings.filter((h) => h.heading.level === 1);
  return firsts.map((h, i) => {
    const end = i + 1 < firsts.length ? firsts[i + 1].page : layout.pages.length;
    const pages = layout.pages.slice(h.page, end).filter((p) => p.role === "body").length;
    return { title: h.heading.text.replace(/^\d+ /, ""), pages };
  });
}

/** `la fiche « … » occupe n pages : raccourcissez…` for every fiche over one page. */
export function longFicheNotes(layout: LaidOutDocument): string[] {
  return fichePages(layout)
    .filter((f) => f.pages > 1)
    .map(
      (f) =>
        `la fiche «\u00a0${f.title}\u00a0» occupe ${f.pages} pages\u00a0: raccourcissez ses actions ou son matériel.`,
    );
}

/** Where in the plan a character first appears, as `file:line:column`, when the map knows. */
export function locateCharacter(plan: unknown, map: SourceMap, ch: string): string | undefined {
  const walk = (value: unknown, path: (string | number)[]): (string | number)[] | undefined => {
    if (typeof value === "string") return value.includes(ch) ? path : undefined;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const found = walk(value[i], [...path, i]);
        if (found) return found;
      }
    } else if (value !== null && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) {
        const found = walk(v, [...path, k]);
        if (found) return found;
      }
    }
    return undefined;
  };
  const path = walk(plan, []);
  if (!path) return undefined;
  const pos = map.locate(pointer(...path));
  return `${pos.file}:${pos.line}:${pos.column}`;
}
