/**
 * Embedding the fonts: each font a Type0 font over a CIDFontType2 subset (Identity-H, CIDs =
 * glyph ids of the subset), with a ToUnicode map. Each (font, character) is looked up once — its
 * glyph added to the subset, recorded with that single code point so the ToUnicode map gives back
 * exactly the character drawn (U+00A0 and U+202F included; no shaping, so no `fi` ligature that
 * would extract badly) — and its two-byte code cached for the content streams.
 */
import { fontOf, MissingGlyphError, type FontId } from "./fonts.js";
import type { ByteWriter } from "./bytes.js";
import { literal, ref, type PdfWriter } from "./pdf-writer.js";
import { subsetFont } from "./truetype-subset.js";

/** Subset font names carry a six-letter tag (PDF 32000 §9.6.4); fixed, for identical bytes. */
const NAMES: Record<FontId, string> = {
  regular: "PCAPRA+DejaVuSans",
  bold: "PCAPRB+DejaVuSans-Bold",
  italic: "PCAPRC+DejaVuSans-Oblique",
  boldItalic: "PCAPRD+DejaVuSans-BoldOblique",
};

export class EmbeddedFont {
  /** CID of each BMP code unit drawn so far (0: not included yet); others in a map. */
  private bmp = new Uint16Array(0x10000);
  private other = new Map<number, number>();
  /** Original glyph id of each subset glyph (index = CID), .notdef first. */
  private gids: number[] = [0];
  private subsetIds = new Map<number, number>([[0, 0]]);
  /** The character each subset glyph gives back (index = CID). */
  private codePoints: number[] = [0];

  constructor(readonly id: FontId) {}

  /**
   * Writes the glyph codes of `text` as the bytes of a PDF literal string, without the
   * parentheses: two bytes per glyph (Identity-H), `(`, `)`, `\\`, CR and LF escaped. Half the
   * size of hexadecimal: less to build, to compress and to store.
   */
  writeText(out: ByteWriter, text: string): void {
    out.ensure(text.length * 4);
    const b = out.buf;
    let at = out.length;
    for (let i = 0; i < text.length; i++) {
      let code = text.charCodeAt(i);
      let cid: number;
      if (code >= 0xd800 && code < 0xdc00 && i + 1 < text.length) {
        code = text.codePointAt(i++)!;
        cid = this.other.get(code) ?? 0;
        if (cid === 0) this.other.set(code, (cid = this.include(code, text)));
      } else {
        cid = this.bmp[code];
        if (cid === 0) cid = this.bmp[code] = this.include(code, text);
      }
      at = literalByte(b, at, cid >> 8);
      at = literalByte(b, at, cid & 0xff);
    }
    out.length = at;
  }

  /** Adds the glyph of `cp` to the subset; its CID. */
  private include(cp: number, text: string): number {
    const gid = fontOf(this.id).glyphId(cp);
    if (gid === 0) throw new MissingGlyphError(String.fromCodePoint(cp), text);
    let id = this.subsetIds.get(gid);
    // A glyph shared by several characters maps back to the first one drawn with it.
    if (id === undefined) {
      id = this.gids.length;
      this.gids.push(gid);
      this.subsetIds.set(gid, id);
      this.codePoints.push(cp);
    }
    return id;
  }

  /** Writes the font's objects, the Type0 font dictionary as object `n`. */
  write(pdf: PdfWriter, n: number): void {
    const font = fontOf(this.id);
    const scale = 1000 / font.unitsPerEm;
    const drawn = this.gids.length;
    const file = subsetFont(font, this.gids.slice());
    const fontFile = pdf.addStream(file, `/Length1 ${file.length}`);
    const bbox = font.bbox;
    const flags =
      (font.fixedPitch ? 1 : 0) |
      (font.familyClass >= 1 && font.familyClass <= 7 ? 2 : 0) |
      4 |
      (font.familyClass === 10 ? 8 : 0) |
      (font.italic ? 64 : 0);
    const descriptor = pdf.add(
      `<< /Type /FontDescriptor /FontName /${NAMES[this.id]} /Flags ${flags} ` +
        `/FontBBox [${[bbox.minX, bbox.minY, bbox.maxX, bbox.maxY].map((v) => v * scale).join(" ")}] ` +
        `/ItalicAngle ${font.italicAngle} /Ascent ${font.ascent * scale} /Descent ${font.descent * scale} ` +
        `/CapHeight ${(font.capHeight || font.ascent) * scale} /XHeight ${font.xHeight * scale} /StemV 0 ` +
        `/FontFile2 ${ref(fontFile)} >>`,
    );
    const widths: string[] = [];
    for (let i = 1; i < drawn; i++) widths.push(String(font.advanceWidth(this.gids[i]) * scale));
    const cid = pdf.add(
      `<< /Type /Font /Subtype /CIDFontType2 /CIDToGIDMap /Identity /BaseFont /${NAMES[this.id]} ` +
        `/CIDSystemInfo << /Registry ${literal("Adobe")} /Ordering ${literal("Identity")} /Supplement 0 >> ` +
        `/FontDescriptor ${ref(descriptor)} /W [${drawn > 1 ? `1 [${widths.join(" ")}]` : ""}] >>`,
    );
    const toUnicode = pdf.addStream(Buffer.from(this.unicodeMap(), "latin1"));
    pdf.set(
      n,
      `<< /Type /Font /Subtype /Type0 /BaseFont /${NAMES[this.id]} /Encoding /Identity-H ` +
        `/DescendantFonts [${ref(cid)}] /ToUnicode ${ref(toUnicode)} >>`,
    );
  }

  /** The ToUnicode CMap: each CID back to its character, at most 100 per block (PDF 32000 §9.10.3). */
  private unicodeMap(): string {
    const hex = (v: number): string => v.toString(16).toUpperCase().padStart(4, "0");
    const utf16 = (cp: number): string =>
      cp < 0x10000 ? hex(cp) : hex(0xd800 + ((cp - 0x10000) >> 10)) + hex(0xdc00 + ((cp - 0x10000) & 0x3ff));
    const lines: string[] = [];
    for (let from = 1; from < this.codePoints.length; from += 100) {
      const to = Math.min(from + 100, this.codePoints.length);
      lines.push(`${to - from} beginbfchar`);
      for (let i = from; i < to; i++) lines.push(`<${hex(i)}> <${utf16(this.codePoints[i])}>`);
      lines.push("endbfchar");
    }
    return (
      "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n" +
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n" +
      "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n" +
      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n" +
      lines.join("\n") +
      "\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
    );
  }
}

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
