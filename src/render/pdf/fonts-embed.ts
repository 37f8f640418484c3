/**
 * Embedding the fonts: pdf-lib's subset embedder (fonts embedded and subset, a ToUnicode map
 * written), given the glyphs the content streams drew, in the order of their codes
 * (glyph-codes.ts): each glyph is added to the subset under its code, recorded with the one
 * character it was first drawn for, so the ToUnicode map gives back exactly the character drawn.
 * pdf-lib's own `encodeText` is never used: it runs fontkit's shaping, which turns `fi` into a
 * ligature glyph that extracts badly and costs a layout per call.
 *
 * One-byte codes (cmaps.ts): the Type0 font's encoding becomes a one-byte identity CMap and its
 * ToUnicode map takes one-byte codes.
 */
import type { PDFDocument, PDFFont } from "pdf-lib";
import type { FontkitGlyph as Glyph } from "./fontkit.js";
import { ONE_BYTE_CMAP, oneByteEncodingCmap, oneByteToUnicode } from "./cmaps.js";
import { fontBytes, type FontId } from "./fonts.js";
import type { GlyphCodes } from "./glyph-codes.js";
import { PDFDict, PDFName, PDFString, type PDFContext, type PDFRef } from "./pdf-lib.js";

/** The internals of pdf-lib 1.17.1's CustomFontSubsetEmbedder used here (pinned version). */
interface SubsetEmbedder {
  subset: { includeGlyph(glyph: Glyph | number): number };
  glyphs: { id: number; advanceWidth: number; codePoints: number[] }[];
  glyphIdMap: Map<number, number>;
  glyphCache: { invalidate(): void };
  embedFontDict(context: PDFContext, ref?: PDFRef): Promise<PDFRef>;
  embedUnicodeCmap(context: PDFContext): PDFRef;
}

/** Subset font names carry a six-letter tag (PDF 32000 §9.6.4); fixed, for identical bytes. */
const NAMES: Record<FontId, string> = {
  regular: "PCAPRA+DejaVuSans",
  bold: "PCAPRB+DejaVuSans-Bold",
  italic: "PCAPRC+DejaVuSans-Oblique",
  boldItalic: "PCAPRD+DejaVuSans-BoldOblique",
};

/** Embeds font `codes.font` with the glyphs its codes name; its reference, for the resources. */
export async function embedFont(doc: PDFDocument, codes: GlyphCodes): Promise<PDFRef> {
  const font: PDFFont = await doc.embedFont(fontBytes(codes.font), {
    subset: true,
    customName: NAMES[codes.font],
  });
  const e = (font as unknown as { embedder: SubsetEmbedder }).embedder;
  if (!e?.subset || !e.glyphIdMap || !e.glyphs || !e.embedFontDict || !e.embedUnicodeCmap)
    throw new Error("pdf-lib : incorporation des polices inattendue");
  codes.glyphs.forEach(({ glyph, codePoint }, i) => {
    // .notdef is the subset's glyph 0: the glyph of code c must become the subset's glyph c.
    const id = e.subset.includeGlyph(glyph.id);
    if (id !== i + 1)
      throw new Error(`pdf-lib : glyphe ${glyph.id} inclus sous le numéro ${id} et non ${i + 1}`);
    e.glyphs[i] = { id: glyph.id, advanceWidth: glyph.advanceWidth, codePoints: [codePoint] };
    e.glyphIdMap.set(glyph.id, id);
  });
  e.glyphCache.invalidate();
  if (codes.codeWidth === 1) writeOneByteDicts(e);
  return font.ref;
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
    // glyphs[i] is drawn with code i + 1 (embedFont above), with the one character recorded.
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
