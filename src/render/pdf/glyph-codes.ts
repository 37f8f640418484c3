/**
 * The glyph codes of one font in one PDF, given while the content streams are written and
 * before any pdf-lib object exists: the layout has each page written as soon as it is complete
 * (page-streams.ts). A glyph gets the next code the first time one of its characters is drawn
 * (1, 2, …; 0 is `.notdef`), and fonts-embed.ts then adds the glyphs to pdf-lib's subset in that
 * order, so that each code is its glyph's id in the subset. The first character drawn with a
 * glyph is the one the ToUnicode map gives back for it (U+00A0 and U+202F included: each
 * character is looked up alone, never shaped — fontkit's shaping turns `fi` into a ligature
 * glyph that extracts badly).
 *
 * Codes are one byte (cmaps.ts: an encoding CMap and a one-byte ToUnicode map replace pdf-lib's
 * Identity-H ones) while a font has at most 255 glyphs, which every plan seen so far keeps to;
 * a 256th glyph throws `CodeSpaceFull`, and the document is written again with two-byte codes.
 */
import type { ByteWriter } from "./bytes.js";
import type { FontkitGlyph } from "./fontkit.js";
import { fontOf, MissingGlyphError, type FontId } from "./fonts.js";

/** Bytes per glyph code in the content streams. */
export type CodeWidth = 1 | 2;

/** A font written with one-byte codes needs a 256th glyph: write again with two-byte codes. */
export class CodeSpaceFull extends Error {
  constructor() {
    super("plus de 255 glyphes dans une police");
  }
}

export class GlyphCodes {
  /** Code of each BMP code unit drawn so far (0: not drawn yet); other code points in a map. */
  private bmp = new Uint16Array(0x10000);
  private other = new Map<number, number>();
  private byGlyph = new Map<number, number>();
  /** The glyphs by code (code `i + 1`), each with the first character drawn with it. */
  readonly glyphs: { glyph: FontkitGlyph; codePoint: number }[] = [];

  constructor(
    readonly font: FontId,
    readonly codeWidth: CodeWidth,
  ) {}

  /**
   * Writes the glyph codes of `text` as the bytes of a PDF literal string, without the
   * parentheses: one byte per glyph, or two (Identity-H) with two-byte codes; `(`, `)`, `\\`,
   * CR and LF escaped, each character looked up once per document. Straight into the content
   * stream's buffer: no string per text (half the size of hexadecimal, too).
   */
  writeText(out: ByteWriter, text: string): void {
    const wide = this.codeWidth === 2;
    out.ensure(text.length * (wide ? 4 : 2));
    const b = out.buf;
    const bmp = this.bmp;
    let at = out.length;
    // `length` read once, here and in every loop over document text: run texts are strings of
    // every representation (slices, concatenations, one- and two-byte), and `i < text.length`
    // was a megamorphic property load per character — 141 against 62 ms over the 6.1 million
    // characters the CHU PRA draws.
    for (let i = 0, length = text.length; i < length; i++) {
      let code = text.charCodeAt(i);
      let id: number;
      if (code >= 0xd800 && code < 0xdc00 && i + 1 < length) {
        code = text.codePointAt(i++)!;
        id = this.other.get(code) ?? 0;
        if (id === 0) this.other.set(code, (id = this.include(code, text)));
      } else {
        id = bmp[code];
        if (id === 0) id = bmp[code] = this.include(code, text);
      }
      // Two-byte codes: the high byte, nearly always 0 (never escaped).
      if (wide) {
        if (id < 0x100) b[at++] = 0;
        else at = literalByte(b, at, id >> 8);
      }
      // The glyphs drawn first, the commonest, have the lowest codes: a table, not a range test.
      const low = id & 0xff;
      if (SPECIAL[low] === 0) b[at++] = low;
      else at = literalByte(b, at, low);
    }
    out.length = at;
  }

  /** The code of the glyph of `cp` (never 0), the glyph given the next code when new. */
  private include(cp: number, text: string): number {
    const font = fontOf(this.font);
    if (!font.hasGlyphForCodePoint(cp)) throw new MissingGlyphError(String.fromCodePoint(cp), text);
    const glyph = font.glyphForCodePoint(cp);
    // A glyph shared by several characters keeps its code, and maps back to the first one drawn.
    let code = this.byGlyph.get(glyph.id);
    if (code === undefined) {
      code = this.glyphs.length + 1;
      if (code > 0xff && this.codeWidth === 1) throw new CodeSpaceFull();
      this.glyphs.push({ glyph, codePoint: cp });
      this.byGlyph.set(glyph.id, code);
    }
    return code;
  }
}

/** Bytes a PDF literal string escapes (LF, CR, parentheses, backslash): 1, others 0. */
const SPECIAL = new Uint8Array(256);
for (const v of [0x0a, 0x0d, 0x28, 0x29, 0x5c]) SPECIAL[v] = 1;

/** One byte inside a PDF literal string, escaped where the syntax needs it; the next index. */
function literalByte(b: Uint8Array, at: number, v: number): number {
  if (v === 0x28 || v === 0x29 || v === 0x5c) {
    b[at++] = 0x5c;
    b[at++] = v;
  } else if (v === 0x0a) {
    b[at++] = 0x5c;
    b[at++] = 0x6e;
  } else if (v === 0x0d) {
    b[at++] = 0x5c;
    b[at++] = 0x72;
  } else b[at++] = v;
  return at;
}
