/**
 * The CMaps of one-byte glyph codes (fonts-embed.ts). pdf-lib writes its Type0 fonts with the
 * Identity-H encoding: two bytes per glyph, the first nearly always 0 in our documents, whose
 * subsets stay far below 256 glyphs. With one byte per glyph the CHU PRA's content streams fall
 * from 20.0 to 13.2 MB before compression and from 4.15 to 3.25 MB after, and take a third less
 * time to deflate. Both CMaps follow PDF 32000-1 §9.7.5 and §9.10.3:
 * - the encoding maps the byte `b` to CID `b`, and CIDToGIDMap /Identity (pdf-lib's) maps CID
 *   `b` to glyph `b` of the subset — the glyph codes fonts-embed.ts writes;
 * - ToUnicode maps each code back to the one character drawn with it, so that text extraction
 *   (pdftotext, copy and paste, screen readers) gives back exactly the plan's characters.
 */

/** Name of the one-byte identity encoding, in the CMap and in the font dictionaries. */
export const ONE_BYTE_CMAP = "PCAPRA-Identity-OneByte";

const PROLOGUE = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n";
const EPILOGUE = "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
const ONE_BYTE_SPACE = "1 begincodespacerange\n<00> <FF>\nendcodespacerange\n";

/** The encoding CMap: byte `b` is CID `b`. */
export function oneByteEncodingCmap(): string {
  return (
    PROLOGUE +
    "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> def\n" +
    `/CMapName /${ONE_BYTE_CMAP} def\n/CMapType 1 def\n` +
    ONE_BYTE_SPACE +
    "1 begincidrange\n<00> <FF> 0\nendcidrange\n" +
    EPILOGUE
  );
}

const hex = (value: number, digits: number): string => value.toString(16).toUpperCase().padStart(digits, "0");

/** A code point as the UTF-16BE hex digits of a ToUnicode destination. */
function utf16(codePoint: number): string {
  if (codePoint < 0x10000) return hex(codePoint, 4);
  const v = codePoint - 0x10000;
  return hex(0xd800 + (v >> 10), 4) + hex(0xdc00 + (v & 0x3ff), 4);
}

/**
 * The ToUnicode CMap of one-byte codes: `chars[code]` is the code point drawn with glyph code
 * `code` (undefined: no character). At most 100 mappings per `beginbfchar` block (§9.10.3).
 */
export function oneByteToUnicode(chars: (number | undefined)[]): string {
  const pairs: string[] = [];
  chars.forEach((cp, code) => {
    if (cp !== undefined) pairs.push(`<${hex(code, 2)}> <${utf16(cp)}>`);
  });
  let blocks = "";
  for (let i = 0; i < pairs.length; i += 100) {
    const block = pairs.slice(i, i + 100);
    blocks += `${block.length} beginbfchar\n${block.join("\n")}\nendbfchar\n`;
  }
  return (
    PROLOGUE +
    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n" +
    "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n" +
    ONE_BYTE_SPACE +
    blocks +
    EPILOGUE
  );
}
