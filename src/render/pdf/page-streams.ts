/**
 * The content streams of a document's pages, written while the layout runs. The layout hands
 * over each page as soon as it has finished it (layout.ts `PageSink`) — it never comes back to a
 * finished page, but for the Sommaire's pages, written at the end with their page numbers, and
 * for the running header and footer, which need the number of pages. The body of a finished
 * page is written at once and its runs, rules and fills are let go: written while the page is in
 * the processor's caches, and with the runs dying young. Kept until painting, the CHU PRA's
 * 200,000 runs outlived the young generation and were copied by the garbage collector; written
 * this way, its layout and writing take ≈0.1 s less (0.70 → 0.60 s).
 */
import { ByteWriter } from "./bytes.js";
import { FontCodes, pageBody, pageRunning } from "./content.js";
import type { CodeWidth } from "./glyph-codes.js";
import type { LaidOutPage } from "./types.js";

/** Bytes of a chunk of kept page bodies. */
const CHUNK = 1 << 20;

export class PageStreams {
  readonly fonts: FontCodes;
  private bodies = new Map<LaidOutPage, Uint8Array>();
  private writer = new ByteWriter();
  private running = new ByteWriter();
  // Finished pages' bodies, back to back in chunks of a megabyte: one buffer per page was one
  // allocation of native memory per page, 2,176 on the CHU PRA.
  private chunk = new Uint8Array(0);
  private used = 0;

  constructor(codeWidth: CodeWidth) {
    this.fonts = new FontCodes(codeWidth);
  }

  /** A finished page: its body written, its drawing let go (its size, role and area stay). */
  finish(page: LaidOutPage): void {
    this.writer.reset();
    pageBody(this.writer, page, this.fonts);
    this.bodies.set(page, this.keep(this.writer.view()));
    page.runs = [];
    page.fills = [];
    page.rules = [];
    delete page.paths;
  }

  /**
   * The page's content stream, in two parts to be deflated as one stream: its body (written now
   * when the layout did not hand the page over), then its running header and footer. Valid until
   * the next call.
   */
  parts(page: LaidOutPage): [Uint8Array, Uint8Array] {
    let body = this.bodies.get(page);
    if (body) this.bodies.delete(page);
    else {
      this.writer.reset();
      pageBody(this.writer, page, this.fonts);
      body = this.writer.view();
    }
    this.running.reset();
    pageRunning(this.running, page, this.fonts);
    return [body, this.running.view()];
  }

  /** A copy of `bytes` in the current chunk (a new chunk when it does not fit). */
  private keep(bytes: Uint8Array): Uint8Array {
    if (this.used + bytes.length > this.chunk.length) {
      this.chunk = new Uint8Array(Math.max(CHUNK, bytes.length));
      this.used = 0;
    }
    const kept = this.chunk.subarray(this.used, this.used + bytes.length);
    kept.set(bytes);
    this.used += bytes.length;
    return kept;
  }
}
