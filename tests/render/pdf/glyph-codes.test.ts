/**
 * Glyph codes of the content streams (render/pdf/fonts-embed.ts, cmaps.ts): one byte per glyph
 * while a font's subset has at most 255 glyphs, with a one-byte encoding CMap and ToUnicode map;
 * two bytes (Identity-H) when a document needs more. Either way the PDF is valid (qpdf) and gives
 * back exactly the characters drawn (pdftotext).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PDFDict, PDFDocument, PDFName, PDFRawStream, decodePDFRawStream } from "pdf-lib";
import { afterAll, describe, expect, it } from "vitest";
import type { Document } from "../../../src/doc/model.js";
import { fontOf } from "../../../src/render/pdf/fonts.js";
import { renderPdf } from "../../../src/render/pdf/index.js";
import { toolsAvailable } from "../../helpers/tools.js";
import { pdfPageTexts, run, squeeze } from "./read-back.js";

const meta = (
  JSON.parse(
    readFileSync(join(import.meta.dirname, "../../golden", "ch-kerbrat-pca.json"), "utf8"),
  ) as Document
).meta;

const paragraph = (text: string): Document["body"][number] => ({
  type: "paragraph",
  inlines: [{ type: "text", text }],
});

/** `count` characters DejaVu Sans draws, from Latin Extended, Greek, Cyrillic and Armenian. */
function manyCharacters(count: number): string {
  const font = fontOf("regular");
  const out: string[] = [];
  for (const [from, to] of [
    [0x0100, 0x017f],
    [0x0391, 0x03c9],
    [0x0410, 0x044f],
    [0x0531, 0x0556],
    [0x0561, 0x0586],
    [0x1e00, 0x1eff],
  ])
    for (let cp = from; cp <= to && out.length < count; cp++)
      if (font.hasGlyphForCodePoint(cp)) out.push(String.fromCodePoint(cp));
  if (out.length < count) throw new Error(`seulement ${out.length} caractères`);
  return out.join("");
}

const text = (stream: unknown): string =>
  new TextDecoder().decode(decodePDFRawStream(stream as PDFRawStream).decode());

/** Each Type0 font's /Encoding (a name, or the CMapName of an embedded CMap) and ToUnicode map. */
async function fonts(bytes: Uint8Array): Promise<{ encoding: string; toUnicode: string }[]> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const found: { encoding: string; toUnicode: string }[] = [];
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of("Subtype"))?.toString() !== "/Type0") continue;
    const encoding = pdf.context.lookup(object.get(PDFName.of("Encoding")));
    const toUnicode = text(pdf.context.lookup(object.get(PDFName.of("ToUnicode"))));
    if (encoding instanceof PDFRawStream) {
      expect(text(encoding)).toContain("<00> <FF> 0");
      found.push({ encoding: encoding.dict.get(PDFName.of("CMapName"))!.toString(), toUnicode });
    } else found.push({ encoding: String(encoding), toUnicode });
  }
  return found;
}

const dir = mkdtempSync(join(tmpdir(), "pcapra-glyph-codes-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.runIf(toolsAvailable("qpdf", "pdftotext"))("glyph codes", () => {
  it.for([
    ["one byte per glyph for a subset of at most 255 glyphs", 200, "/PCAPRA-Identity-OneByte"],
    ["two bytes per glyph (Identity-H) beyond 255 glyphs", 300, "/Identity-H"],
  ] as const)("%s", async ([, count, encoding]) => {
    const chars = manyCharacters(count);
    // Special bytes of literal strings among the codes: ( ) \ CR LF are codes 0x28, 0x29, 0x5C,
    // 0x0D and 0x0A of the subset once that many glyphs are drawn.
    const lines = [`Plan (reprise) \\ « œuvre » 12\u202f% − ≤ ☐ – 𝟙`];
    for (let i = 0; i < chars.length; i += 40) lines.push(chars.slice(i, i + 40));
    const doc: Document = { meta, cover: [], body: lines.map(paragraph) };
    const bytes = await renderPdf(doc);
    const [font] = await fonts(bytes);
    expect(font.encoding).toBe(encoding);
    // Codes of one or two bytes (2 or 4 hex digits) back to U+202F and to 𝟙 (a surrogate pair):
    // Poppler prints U+202F as a space, so the map itself is read for it.
    const digits = encoding === "/Identity-H" ? 4 : 2;
    expect(font.toUnicode).toMatch(new RegExp(`<[0-9A-Fa-f]{${digits}}> ?<202[Ff]>`));
    expect(font.toUnicode).toMatch(new RegExp(`<[0-9A-Fa-f]{${digits}}> ?<[Dd]835[Dd][Ff][Dd]9>`));
    const file = join(dir, `${count}.pdf`);
    writeFileSync(file, bytes);
    await run("qpdf", ["--check", file]);
    const printed = squeeze((await pdfPageTexts(file)).join(""));
    for (const line of lines) expect(printed).toContain(squeeze(line));
  });
});
