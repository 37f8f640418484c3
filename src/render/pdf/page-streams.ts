/**
 * The content streams of a document's pages, written while the layout runs. The layout hands
 * over each page as soon as it has finished it (layout.ts `PageSink`) — it never comes back to a
 * finished page, but for the Sommaire's pages, which it hands over at the end, and for the
 * running header and footer, which need the number of pages. The body of a finished page is
 * written at once and its runs, rules and fills are let go: written while the page is still in
 * the processor's caches, and with the runs dying young. Kept until painting, the CHU PRA's
 * 200,000 runs outlived the young generation and were copied by the garbage collector; written
 * this way, its layout and writing take ≈0.1 s less (0.70 → 0.60 s).
 */
import { ByteWriter } from "./bytes.js";
import { FontCodes, pageBody, pageRunning } from "./content.js";
import type { CodeWidth } from "./glyph-codes.js";
import type { LaidOutPage } from "./types.js";

export class PageStreams {
  readonly fonts: FontCodes;
  private bodies = new Map<LaidOutPage, Uint8Array>();
  private writer = new ByteWriter();

  constructor(codeWidth: CodeWidth) {
    this.fonts = new FontCodes(codeWidth);
  }

  /** A finished page: its body written, its drawing let go (its size, role and area stay). */
  finish(page: LaidOutPage): void {
    this.writer.reset();
    pageBody(this.writer, page, this.fonts);
    this.bodies.set(page, this.writer.view().slice());
    page.runs = [];
    page.fills = [];
    page.rules = [];
    delete page.paths;
  }

  /**
   * The page's whole content stream into `out`: its body (written now when the layout did not
   * hand the page over), then its running header and footer.
   */
  write(out: ByteWriter, page: LaidOutPage): void {
    const body = this.bodies.get(page);
    if (body) {
      out.bytes(body);
      this.bodies.delete(page);
    } else pageBody(out, page, this.fonts);
    pageRunning(out, page, this.fonts);
  }
}
