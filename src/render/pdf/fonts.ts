/**
 * The PDF's fonts: DejaVu Sans (regular, bold, oblique, bold oblique) from the npm package
 * `dejavu-fonts-ttf`, read from node_modules at run time and parsed once by fontkit (fontkit.ts).
 * DejaVu covers every character the documents use (œ, ’, « », U+00A0, U+202F, U+2212, ≤, ☐, –),
 * so no standard-14 font is ever needed. Advance widths are cached per font and character:
 * measuring is the hot loop of the layout. fontkit is loaded on first use: a build without PDF
 * never loads it.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { FontMetrics } from "../text/line-break.js";
import { embedderView, fontkit, type Fontkit, type FontkitFont } from "./fontkit.js";

export type FontId = "regular" | "bold" | "italic" | "boldItalic";
export const FONT_IDS: readonly FontId[] = ["regular", "bold", "italic", "boldItalic"];

const FILES: Record<FontId, string> = {
  regular: "DejaVuSans.ttf",
  bold: "DejaVuSans-Bold.ttf",
  italic: "DejaVuSans-Oblique.ttf",
  boldItalic: "DejaVuSans-BoldOblique.ttf",
};

/** The index in `FONT_IDS` of the font of a style (regular, bold, italic, bold italic). */
export const styleIndex = (bold: boolean, italic: boolean): number => (bold ? 1 : 0) + (italic ? 2 : 0);

export const fontId = (bold: boolean, italic: boolean): FontId => FONT_IDS[styleIndex(bold, italic)];

/** A character the font cannot draw: the document would print a blank or a box instead. */
export class MissingGlyphError extends Error {
  constructor(
    readonly char: string,
    readonly text: string,
  ) {
    const code = char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
    super(
      `le caractère U+${code} («\u00a0${char}\u00a0») ne peut pas être imprimé en PDF (police DejaVu Sans)\u202f; ` +
        `il figure dans «\u00a0${text.length > 120 ? text.slice(0, 117) + "…" : text}\u00a0»\u00a0: remplacez-le dans le plan.`,
    );
  }
}

let fontDir: string | undefined;
const bytes = new Map<FontId, Uint8Array>();
const parsed = new Map<FontId, FontkitFont>();

/** The TrueType file of one font. */
export function fontBytes(id: FontId): Uint8Array {
  let b = bytes.get(id);
  if (!b) {
    fontDir ??= join(dirname(createRequire(import.meta.url).resolve("dejavu-fonts-ttf/package.json")), "ttf");
    b = new Uint8Array(readFileSync(join(fontDir, FILES[id])));
    bytes.set(id, b);
  }
  return b;
}

/**
 * fontkit as pdf-lib's embedder sees it: a file the layout already parsed is handed over parsed
 * (its `create` would parse it again for every document); the embedder takes its own subset.
 */
export function fontkitForEmbedding(): Fontkit {
  return {
    create: (buffer) => {
      for (const [id, b] of bytes) if (b === buffer) return forEmbedder(id);
      return fontkit().create(buffer);
    },
  };
}

/**
 * The parsed font as the embedder reads it. Of the `name` and `post` tables pdf-lib 1.17.1 reads
 * only the PostScript name (replaced by our subset name anyway), the italic angle and the
 * fixed-pitch flag (font descriptor); fontkit would decode the whole tables for them — over
 * 6,000 glyph names and the licence in several languages, ~15 ms per font, in every process.
 * Both fields are read from the `post` header (OpenType: version, italicAngle as a 16.16 fixed,
 * underline position and thickness, isFixedPitch as a uint32); all else is the font itself.
 */
function forEmbedder(id: FontId): FontkitFont {
  const font = fontOf(id);
  const b = fontBytes(id);
  const post = font.directory.tables.post!;
  const header = new DataView(b.buffer, b.byteOffset + post.offset, 16);
  return embedderView(font, {
    postscriptName: { value: FILES[id].replace(/\.ttf$/, "") },
    post: { value: { italicAngle: header.getInt32(4) / 65536, isFixedPitch: header.getUint32(12) } },
  });
}

/** The parsed font (fontkit), for glyph lookups. */
export function fontOf(id: FontId): FontkitFont {
  let f = parsed.get(id);
  if (!f) {
    f = fontkit().create(fontBytes(id));
    parsed.set(id, f);
  }
  return f;
}

/** Advances in em per font, indexed by BMP code unit (-1: not looked up yet); others in a map. */
const bmpAdvances: Partial<Record<FontId, Float64Array>> = {};
const otherAdvances = new Map<FontId, Map<number, number>>();

/**
 * The BMP advance table of a font, for loops that measure many characters: `table[code]` is the
 * advance in em, -1 when not looked up yet (then call advanceOf), `NaN` without a glyph.
 */
export function advanceTable(id: FontId): Float64Array {
  return (bmpAdvances[id] ??= new Float64Array(0x10000).fill(-1));
}

/** Advance of the character of code point `code` in em; `NaN` when the font has no glyph. */
export function advanceOf(id: FontId, code: number): number {
  if (code < 0x10000) {
    const table = advanceTable(id);
    const known = table[code];
    if (known !== -1) return known;
    return (table[code] = lookUp(id, code));
  }
  let map = otherAdvances.get(id);
  if (!map) otherAdvances.set(id, (map = new Map()));
  let a = map.get(code);
  if (a === undefined) map.set(code, (a = lookUp(id, code)));
  return a;
}

function lookUp(id: FontId, code: number): number {
  const font = fontOf(id);
  return font.hasGlyphForCodePoint(code) ? font.glyphForCodePoint(code).advanceWidth / font.unitsPerEm : NaN;
}

/** Advance of one character in em; `NaN` when the font has no glyph for it. */
export function advance(id: FontId, ch: string): number {
  return advanceOf(id, ch.codePointAt(0)!);
}

let vertical: { ascent: number; descent: number } | undefined;

/** Ascent and descent (positive) in em, the same in the four styles. */
export function verticalMetrics(): { ascent: number; descent: number } {
  if (!vertical) {
    const f = fontOf("regular");
    vertical = { ascent: f.ascent / f.unitsPerEm, descent: -f.descent / f.unitsPerEm };
  }
  return vertical;
}

/** The BMP advance tables of the four fonts, in `FONT_IDS` order (`styleIndex`). */
const tablesByStyle = FONT_IDS.map((id) => advanceTable(id));

/**
 * DejaVu's metrics for the shared line breaker; characters without a glyph measure 0 here.
 * Column fitting (docx/column-fit.ts) calls this once per character of every distinct cell text:
 * a BMP character already looked up is read straight from its font's table.
 */
export const dejavuMetrics: FontMetrics = {
  advanceOfCode: (code, bold, italic) => {
    if (code < 0x10000) {
      const known = tablesByStyle[styleIndex(bold, italic)][code];
      // -1: not looked up yet; NaN (no glyph) fails the test too and takes the slow path.
      if (known >= 0) return known;
    }
    const a = advanceOf(fontId(bold, italic), code);
    return Number.isNaN(a) ? 0 : a;
  },
  bmpAdvances: (bold, italic) => tablesByStyle[styleIndex(bold, italic)],
};
