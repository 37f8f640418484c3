/**
 * A page's content stream, written from the layout data into a byte buffer: its body — fills,
 * figure paths, rules, then the text with raw operators and glyph codes (glyph-codes.ts) — then
 * its running header and footer, rules and text. The two parts are written apart: the body as
 * soon as the layout has finished the page (page-streams.ts), the running part once the number of
 * pages is known (`Page X / Y`).
 */
import { numText, type ByteWriter } from "./bytes.js";
import { FONT_IDS, type FontId } from "./fonts.js";
import { GlyphCodes, type CodeWidth } from "./glyph-codes.js";
import type { LaidOutPage, Rule, TextRun } from "./types.js";

/** The resource name of each font in the pages' resource dictionary. */
export const RESOURCE: Record<FontId, string> = { regular: "F1", bold: "F2", italic: "F3", boldItalic: "F4" };

/** The glyph codes of each font a document draws with, made on its first run. */
export class FontCodes {
  private codes = new Map<FontId, GlyphCodes>();
  constructor(readonly codeWidth: CodeWidth) {}
  of(font: FontId): GlyphCodes {
    let codes = this.codes.get(font);
    if (!codes) this.codes.set(font, (codes = new GlyphCodes(font, this.codeWidth)));
    return codes;
  }
  /** The fonts drawn with, in resource order. */
  used(): GlyphCodes[] {
    return FONT_IDS.flatMap((id) => this.codes.get(id) ?? []);
  }
}

const colors = new Map<string, string>();
/** `r g b` of an RGB hex colour, each colour formatted once. */
function rgb(hex: string): string {
  let c = colors.get(hex);
  if (c === undefined) {
    c = [0, 2, 4].map((i) => numText(parseInt(hex.slice(i, i + 2), 16) / 255)).join(" ");
    colors.set(hex, c);
  }
  return c;
}

/** A point in PDF space (bottom-up) followed by a space. */
function xy(out: ByteWriter, H: number, x: number, y: number): void {
  out.num(x);
  out.byte(0x20);
  out.num(H - y);
  out.byte(0x20);
}

/** Writes the whole drawing of a page: its body, then its running header and footer. */
export function contentStream(out: ByteWriter, page: LaidOutPage, fonts: FontCodes): void {
  pageBody(out, page, fonts);
  pageRunning(out, page, fonts);
}

/** Fills, figure paths, rules and text of the page's body. */
export function pageBody(out: ByteWriter, page: LaidOutPage, fonts: FontCodes): void {
  const H = page.height;
  for (const f of page.fills) {
    out.ascii(`${rgb(f.color)} rg `);
    xy(out, H, f.x, f.y + f.height);
    out.num(f.width);
    out.byte(0x20);
    out.num(f.height);
    out.ascii(" re f\n");
  }
  for (const p of page.paths ?? []) {
    if (p.points.length < 2) continue;
    out.ascii("q\n");
    if (p.fill) out.ascii(`${rgb(p.fill)} rg\n`);
    if (p.stroke) out.ascii(`${rgb(p.stroke)} RG ${numText(p.width)} w${p.dashed ? " [3 2] 0 d" : ""}\n`);
    p.points.forEach((q, i) => {
      xy(out, H, q.x, q.y);
      out.ascii(i === 0 ? "m " : "l ");
    });
    out.ascii(`${p.fill && p.stroke ? "b" : p.fill ? "f" : p.closed ? "s" : "S"}\nQ\n`);
  }
  rules(out, H, page.rules);
  text(out, H, page.runs, fonts);
}

/** The running header and footer: their rules and text. */
export function pageRunning(out: ByteWriter, page: LaidOutPage, fonts: FontCodes): void {
  rules(out, page.height, page.runningRules);
  text(out, page.height, page.running, fonts);
}

function rules(out: ByteWriter, H: number, list: Rule[]): void {
  let width = -1;
  let stroke = "";
  for (const r of list) {
    if (r.width !== width) {
      out.num((width = r.width));
      out.ascii(" w\n");
    }
    if (r.color !== stroke) out.ascii(`${rgb((stroke = r.color))} RG\n`);
    xy(out, H, r.x1, r.y1);
    out.ascii("m ");
    xy(out, H, r.x2, r.y2);
    out.ascii("l S\n");
  }
}

/**
 * One text object. Each run is moved to from the previous one with `Td`, in whole hundredths of
 * a point so the positions are exactly the absolute ones rounded: shorter than a full `Tm` matrix
 * per run. A run that starts the next line of a paragraph (same x, lower by the leading) is shown
 * with `'` (next line, then show), its leading set once with `TL`: 3 bytes instead of ≈16 for
 * most lines of text — the CHU PRA's content streams 13.7 → 12.5 MB before deflate, less to write
 * and to deflate.
 */
function text(out: ByteWriter, H: number, runs: TextRun[], fonts: FontCodes): void {
  if (runs.length === 0) return;
  out.ascii("BT\n");
  let atX = 0;
  let atY = 0;
  let leading = 0;
  let font: FontId | "" = "";
  let size = -1;
  let color = "";
  let codes: GlyphCodes | undefined;
  for (const run of runs) {
    if (run.font !== font || run.size !== size) {
      font = run.font;
      size = run.size;
      codes = fonts.of(font);
      out.ascii(`/${RESOURCE[font]} `);
      out.num(size);
      out.ascii(" Tf\n");
    }
    if (run.color !== color) out.ascii(`${rgb((color = run.color))} rg\n`);
    const x = Math.round(run.x * 100);
    const y = Math.round((H - run.baseline) * 100);
    const nextLine = x === atX && y < atY;
    if (nextLine) {
      if (atY - y !== leading) {
        out.centi((leading = atY - y));
        out.ascii(" TL ");
      }
      out.byte(0x28);
    } else {
      out.centi(x - atX);
      out.byte(0x20);
      out.centi(y - atY);
      out.ascii(" Td (");
    }
    atX = x;
    atY = y;
    codes!.writeText(out, run.text);
    out.ascii(nextLine ? ")'\n" : ") Tj\n");
  }
  out.ascii("ET\n");
}
