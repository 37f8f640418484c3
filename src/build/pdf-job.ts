/**
 * One PDF to render, as `build` hands it to the PDF thread (pdf-thread.ts) or renders it here:
 * the document's block text (composed.ts; a string, copied between threads in one move, where
 * the parsed model of the CHU PRA took 0.1 s to clone), parsed, laid out and painted where it is
 * rendered.
 */
import type { Document } from "../doc/model.js";
import { parseComposed, type ComposedText } from "./composed.js";
import { longFicheNotes, pdfRenderer } from "./render.js";

export interface PdfJob extends ComposedText {
  /** docs/documents.md §5: report fiches that the PDF sets on more than one page. */
  ficheNotes: boolean;
}

export interface PdfOutcome {
  bytes: Uint8Array;
  notes: string[];
}

/** Parses, lays out and paints one job in this thread. */
export async function renderPdfJob(job: PdfJob): Promise<PdfOutcome> {
  return renderPdfModel(parseComposed(job), job.ficheNotes);
}

/** Lays out and paints one document model in this thread. */
export async function renderPdfModel(model: Document, ficheNotes: boolean): Promise<PdfOutcome> {
  const { renderPdfWithLayout } = await pdfRenderer();
  const { bytes, layout } = await renderPdfWithLayout(model);
  return { bytes, notes: ficheNotes ? longFicheNotes(layout) : [] };
}

/**
 * A rendering failure as it crosses threads (errors lose their class when cloned). A block error
 * never needs to: the main thread parses the same text for the DOCX and reports it first.
 */
export type JobFailure =
  { kind: "missing-glyph"; char: string; text: string } | { kind: "bug"; message: string; stack?: string };

export async function describeFailure(error: unknown): Promise<JobFailure> {
  // The renderer may be what failed to load: then the failure is a bug, described as such.
  const glyphError = await pdfRenderer().then(
    (m) => m.MissingGlyphError,
    () => undefined,
  );
  if (glyphError && error instanceof glyphError)
    return { kind: "missing-glyph", char: error.char, text: error.text };
  return {
    kind: "bug",
    message: error instanceof Error ? error.message : String(error),
    stack: error instanceof Error ? error.stack : undefined,
  };
}

/** The error the build would have caught had the job run in this thread. */
export async function failureError(failure: JobFailure): Promise<Error> {
  if (failure.kind === "missing-glyph")
    return new (await pdfRenderer()).MissingGlyphError(failure.char, failure.text);
  const error = new Error(failure.message);
  if (failure.stack) error.stack = failure.stack;
  return error;
}
