/**
 * Embedding the fonts: pdf-lib's subset embedder (fonts embedded and subset, a ToUnicode map
 * written), fed one character at a time. pdf-lib's own `encodeText` runs fontkit's shaping, which
 * turns `fi` into a ligature glyph that extracts badly and costs a layout per call; here each
 * (font, character) is looked up once — its glyph added to the subset, recorded with that single
 * code point so the ToUnicode map gives back exactly the character drawn (U+00A0 and U+202F
 * included) — and its glyph code cached for the content streams.
 *
 * Glyph codes are one byte (cmaps.ts: an encoding CMap and a one-byte ToUnicode map replace
 * pdf-lib's Identity-H ones) while a font's subset has at most 255 glyphs, which every plan seen
 * so far keeps to; a font that needs a 256th glyph throws `CodeSpaceFull`, and the document is
 * painted again with pdf-lib's two-byte codes (paint.ts).
 */
import type { PDFDocument, PDFFont } from "pdf-lib";
import type { FontkitGlyph as Glyph } from "./fontkit.js";
import type { ByteWriter } from "./bytes.js";
import { ONE_BYTE_CMAP, oneByteEncodingCmap, oneByteToUnicode } from "./cmaps.js";
import { fontBytes, MissingGlyphError, type FontId } from "./fonts.js";
import { PDFDict, PDFName, PDFString, type PDFContext, type PDFRef } from "./pdf-lib.js";

/** The internals of pdf-lib 1.17.1's CustomFontSubsetEmbedder used here (pinned version). */
interface SubsetEmbedder {
  font: { glyphForCodePoint(code: number): Glyph; hasGlyphForCodePoint(code: number): boolean };
  subset: { includeGlyph(glyph: Glyph | number): number };
  glyphs: { id: number; advanceWidth: number; codePoints: number[] }[];
  glyphIdMap: Map<number, number>;
  glyphCache: { invalidate(): void };
  embedFontDict(context: PDFContext, ref?: PDFRef): Promise<PDFRef>;
  embedUnicodeCmap(context: PDFContext): PDFRef;
}

/** Bytes per glyph code in the content streams. */
export type CodeWidth = 1 | 2;

/** A font painted with one-byte codes needs a 256th glyph: paint again with two-byte codes. */
export class CodeSpaceFull extends Error {
  constructor() {
    super("plus de 255 glyphes dans une police");
  }
}

/** Subset font names carry a six-letter tag (PDF 32000 §9.6.4); fixed, for identical bytes. */
const NAMES: Record<FontId, string> = {
  regular: "PCAPRA+DejaVuSans",
  bold: "PCAPRB+DejaVuSans-Bold",
  italic: "PCAPRC+DejaVuSans-Oblique",
  boldItalic: "PCAPRD+DejaVuSans-BoldOblique",
};

export class EmbeddedFont {
  /** Glyph code of each BMP code unit drawn so far (0: not included yet); others in a map. */
  private bmp = new Uint16Array(0x10000);
  private other = new Map<number, number>();
  private constructor(
    readonly font: PDFFont,
    private embedder: SubsetEmbedder,
    readonly codeWidth: CodeWidth,
  ) {}

  static async embed(doc: PDFDocument, id: FontId, codeWidth: CodeWidth): Promise<EmbeddedFont> {
    const font = await doc.embedFont(fontBytes(id), { subset: true, customName: NAMES[id] });
    const embedder = (font as unknown as { embedder: SubsetEmbedder }).embedder;
    if (!embedder?.subset || !embedder.glyphIdMap || !embedder.embedFontDict || !embedder.embedUnicodeCmap)
      throw new Error("pdf-lib : incorporation des polices inattendue");
    if (codeWidth === 1) writeOneByteDicts(embedder);
    return new EmbeddedFont(font, embedder, codeWidth);
  }

  get ref(): PDFRef {
    return this.font.ref;
  }

  /**
   * Writes the glyph codes of `text` as the bytes of a PDF literal string, without the
   * parentheses: one byte per glyph, or two (Identity-H) for a document painted with two-byte
   * codes; `(`, `)`, `\\`, CR and LF escaped, each character looked up once per document. Straight
   * into the content stream's buffer: no string per text (half the size of hexadecimal, too).
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

  /** Adds the glyph of `cp` to the subset; its glyph code (never 0: .notdef is the subset's 0). */
  private include(cp: number, text: string): number {
    const e = this.embedder;
    if (!e.font.hasGlyphForCodePoint(cp)) throw new MissingGlyphError(String.fromCodePoint(cp), text);
    const glyph = e.font.glyphForCodePoint(cp);
    const id = e.subset.includeGlyph(glyph);
    if (id > 0xff && this.codeWidth === 1) throw new CodeSpaceFull();
    // A glyph shared by several characters maps back to the first one drawn with it.
    if (!e.glyphIdMap.has(glyph.id)) {
      e.glyphs[id - 1] = { id: glyph.id, advanceWidth: glyph.advanceWidth, codePoints: [cp] };
      e.glyphIdMap.set(glyph.id, id);
      e.glyphCache.invalidate();
    }
    return id;
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

/** The one-byte encoding CMap of each PDF, written once and shared by its fonts. */
const encodings = new WeakMap<PDFContext, PDFRef>();

/**
 * Makes pdf-lib's embedder write the font for one-byte codes: its Type0 dictionary's encoding
 * becomes the one-byte identity CMap and its ToUnicode map takes one-byte codes (cmaps.ts). The
 * descendant CIDFont, its widths (by CID: the subset's glyph ids) and the subset are pdf-lib's.
 */
function writeOneByteDicts(e: SubsetEmbedder): void {
  const embedFontDict = e.embedFontDict.bind(e);
  e.embedUnicodeCmap = (context) => {
    // glyphs[i] is drawn with code i + 1 (include above), with the one character recorded.
    const chars: (number | undefined)[] = [];
    e.glyphs.forEach((glyph, i) => (chars[i + 1] = glyph.codePoints[0]));
    return context.register(context.flateStream(oneByteToUnicode(chars)));
  };
  e.embedFontDict = async (context, ref) => {
    const result = await embedFontDict(context, ref);
    let encoding = encodings.get(context);
    if (!encoding) {
      encoding = context.register(
        context.flateStream(oneByteEncodingCmap(), {
          Type: "CMap",
          CMapName: ONE_BYTE_CMAP,
          CIDSystemInfo: {
            Registry: PDFString.of("Adobe"),
            Ordering: PDFString.of("Identity"),
            Supplement: 0,
          },
        }),
      );
      encodings.set(context, encoding);
    }
    context.lookup(result, PDFDict).set(PDFName.of("Encoding"), encoding);
    return result;
  };
}
