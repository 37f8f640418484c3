/**
 * Embedding the fonts: pdf-lib's subset embedder (fonts embedded and subset, a ToUnicode map
 * written), fed one character at a time. pdf-lib's own `encodeText` runs fontkit's shaping, which
 * turns `fi` into a ligature glyph that extracts badly and costs a layout per call; here each
 * (font, character) is looked up once — its glyph added to the subset, recorded with that single
 * code point so the ToUnicode map gives back exactly the character drawn (U+00A0 and U+202F
 * included) — and its 4-digit hex code cached for the content streams.
 */
import type { PDFDocument, PDFFont, PDFRef } from "pdf-lib";
import type { Glyph } from "@pdf-lib/fontkit";
import { fontBytes, MissingGlyphError, type FontId } from "./fonts.js";

/** The internals of pdf-lib 1.17.1's CustomFontSubsetEmbedder used here (pinned version). */
interface SubsetEmbedder {
  font: { glyphForCodePoint(code: number): Glyph; hasGlyphForCodePoint(code: number): boolean };
  subset: { includeGlyph(glyph: Glyph | number): number };
  glyphs: unknown[];
  glyphIdMap: Map<number, number>;
  glyphCache: { invalidate(): void };
}

/** Subset font names carry a six-letter tag (PDF 32000 §9.6.4); fixed, for identical bytes. */
const NAMES: Record<FontId, string> = {
  regular: "PCAPRA+DejaVuSans",
  bold: "PCAPRB+DejaVuSans-Bold",
  italic: "PCAPRC+DejaVuSans-Oblique",
  boldItalic: "PCAPRD+DejaVuSans-BoldOblique",
};

export class EmbeddedFont {
  /** Code per BMP code unit ("" : not included yet; a packed array, not a sparse one). */
  private bmp: string[] = new Array<string>(0x10000).fill("");
  private other = new Map<number, string>();
  private short = new Map<string, string>();
  private constructor(
    readonly font: PDFFont,
    private embedder: SubsetEmbedder,
  ) {}

  static async embed(doc: PDFDocument, id: FontId): Promise<EmbeddedFont> {
    const font = await doc.embedFont(fontBytes(id), { subset: true, customName: NAMES[id] });
    const embedder = (font as unknown as { embedder: SubsetEmbedder }).embedder;
    if (!embedder?.subset || !embedder.glyphIdMap)
      throw new Error("pdf-lib : incorporation des polices inattendue");
    return new EmbeddedFont(font, embedder);
  }

  get ref(): PDFRef {
    return this.font.ref;
  }

  /**
   * The glyph codes of `text` as the bytes of a PDF literal string (two bytes per glyph,
   * Identity-H; `(`, `)`, `\\`, CR and LF escaped), each character encoded once. Half the size
   * of hexadecimal: less to build, to compress and to store.
   */
  encode(text: string): string {
    // Short texts repeat (`Non renseigné`, dates, numbers, labels): encoded once each.
    if (text.length <= 24) {
      let known = this.short.get(text);
      if (known === undefined) this.short.set(text, (known = this.encodeChars(text)));
      return known;
    }
    return this.encodeChars(text);
  }

  private encodeChars(text: string): string {
    let out = "";
    for (let i = 0; i < text.length; i++) {
      let code = text.charCodeAt(i);
      if (code >= 0xd800 && code < 0xdc00 && i + 1 < text.length) {
        code = text.codePointAt(i++)!;
        let hex = this.other.get(code);
        if (hex === undefined) this.other.set(code, (hex = this.include(code, text)));
        out += hex;
        continue;
      }
      const known = this.bmp[code];
      out += known !== "" ? known : (this.bmp[code] = this.include(code, text));
    }
    return out;
  }

  private include(cp: number, text: string): string {
    const e = this.embedder;
    if (!e.font.hasGlyphForCodePoint(cp)) throw new MissingGlyphError(String.fromCodePoint(cp), text);
    const glyph = e.font.glyphForCodePoint(cp);
    const id = e.subset.includeGlyph(glyph);
    // A glyph shared by several characters maps back to the first one drawn with it.
    if (!e.glyphIdMap.has(glyph.id)) {
      e.glyphs[id - 1] = { id: glyph.id, advanceWidth: glyph.advanceWidth, codePoints: [cp] };
      e.glyphIdMap.set(glyph.id, id);
      e.glyphCache.invalidate();
    }
    return literalByte(id >> 8) + literalByte(id & 0xff);
  }
}

/** One byte inside a PDF literal string, escaped where the syntax needs it. */
function literalByte(b: number): string {
  if (b === 0x28 || b === 0x29 || b === 0x5c) return "\\" + String.fromCharCode(b);
  if (b === 0x0a) return "\\n";
  if (b === 0x0d) return "\\r";
  return String.fromCharCode(b);
}
