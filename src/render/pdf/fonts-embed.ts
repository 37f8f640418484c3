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
  private codes = new Map<string, string>();
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

  /** Hex glyph codes of `text`, each character encoded once. */
  encode(text: string): string {
    let out = "";
    for (const ch of text) {
      let code = this.codes.get(ch);
      if (code === undefined) {
        code = this.include(ch, text);
        this.codes.set(ch, code);
      }
      out += code;
    }
    return out;
  }

  private include(ch: string, text: string): string {
    const e = this.embedder;
    const cp = ch.codePointAt(0)!;
    if (!e.font.hasGlyphForCodePoint(cp)) throw new MissingGlyphError(ch, text);
    const glyph = e.font.glyphForCodePoint(cp);
    const id = e.subset.includeGlyph(glyph);
    // A glyph shared by several characters maps back to the first one drawn with it.
    if (!e.glyphIdMap.has(glyph.id)) {
      e.glyphs[id - 1] = { id: glyph.id, advanceWidth: glyph.advanceWidth, codePoints: [cp] };
      e.glyphIdMap.set(glyph.id, id);
      e.glyphCache.invalidate();
    }
    return id.toString(16).toUpperCase().padStart(4, "0");
  }
}
