/**
 * The font descriptors of the embedded fonts (render/pdf/fonts.ts `forEmbedder`): the embedder
 * reads the italic angle and the fixed-pitch flag from the `post` header rather than from
 * fontkit's decoding of the whole table; both must be what fontkit's own decoding says, in the
 * four styles, under the fixed subset names.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { PDFDict, PDFDocument, PDFName, PDFNumber } from "pdf-lib";
import { describe, expect, it } from "vitest";
import type { Document } from "../../../src/doc/model.js";
import { renderPdf } from "../../../src/render/pdf/index.js";

const golden = JSON.parse(
  readFileSync(join(__dirname, "../../golden", "ch-kerbrat-pca.json"), "utf8"),
) as Document;

const require = createRequire(import.meta.url);
const fontkit = require("fontkit") as {
  create(b: Uint8Array): { italicAngle: number; post: { isFixedPitch: number } };
};
const ttf = (file: string): Uint8Array =>
  readFileSync(join(require.resolve("dejavu-fonts-ttf/package.json"), "..", "ttf", file));

const FONTS: Record<string, string> = {
  "PCAPRA+DejaVuSans": "DejaVuSans.ttf",
  "PCAPRB+DejaVuSans-Bold": "DejaVuSans-Bold.ttf",
  "PCAPRC+DejaVuSans-Oblique": "DejaVuSans-Oblique.ttf",
  "PCAPRD+DejaVuSans-BoldOblique": "DejaVuSans-BoldOblique.ttf",
};

describe("embedded font descriptors", () => {
  it("carry fontkit's italic angle and flags in the four styles", async () => {
    const doc: Document = {
      meta: golden.meta,
      cover: [],
      body: [
        {
          type: "paragraph",
          inlines: [
            { type: "text", text: "droit " },
            { type: "text", text: "gras ", bold: true },
            { type: "text", text: "penché ", italic: true },
            { type: "text", text: "gras penché", bold: true, italic: true },
          ],
        },
      ],
    } as Document;
    const pdf = await PDFDocument.load(await renderPdf(doc), { updateMetadata: false });
    const found: Record<string, { angle: number; flags: number }> = {};
    for (const [, object] of pdf.context.enumerateIndirectObjects()) {
      if (!(object instanceof PDFDict)) continue;
      if (object.get(PDFName.of("Type"))?.toString() !== "/FontDescriptor") continue;
      const name = object.get(PDFName.of("FontName"))!.toString().slice(1);
      const num = (key: string): number => (object.get(PDFName.of(key)) as PDFNumber).asNumber();
      found[name] = { angle: num("ItalicAngle"), flags: num("Flags") };
    }
    expect(Object.keys(found).sort()).toEqual(Object.keys(FONTS).sort());
    for (const [name, file] of Object.entries(FONTS)) {
      const font = fontkit.create(ttf(file));
      const italic = file.includes("Oblique");
      expect(found[name].angle, name).toBe(font.italicAngle);
      expect(found[name].angle, name).toBe(italic ? -11 : 0);
      // Symbolic (bit 3), italic (bit 7), fixed pitch (bit 1) from the post table.
      expect(found[name].flags, name).toBe(4 | (italic ? 64 : 0) | (font.post.isFixedPitch ? 1 : 0));
    }
  });
});
