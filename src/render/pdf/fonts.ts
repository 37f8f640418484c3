/**
 * The PDF's fonts: DejaVu Sans (regular, bold, oblique, bold oblique) from the npm package
 * `dejavu-fonts-ttf`, read from node_modules at run time and parsed once by fontkit. DejaVu covers
 * every character the documents use (œ, ’, « », U+00A0, U+202F, U+2212, ≤, ☐, –), so no
 * standard-14 font is ever needed. Advance widths are cached per font and character: measuring
 * is the hot loop of the layout.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import * as fontkitModule from "@pdf-lib/fontkit";
import type { Font as FontkitFont } from "@pdf-lib/fontkit";
import type { FontMetrics } from "../text/line-break.js";

export type FontId = "regular" | "bold" | "italic" | "boldItalic";
export const FONT_IDS: readonly FontId[] = ["regular", "bold", "italic", "boldItalic"];

const FILES: Record<FontId, string> = {
  regular: "DejaVuSans.ttf",
  bold: "DejaVuSans-Bold.ttf",
  italic: "DejaVuSans-Oblique.ttf",
  boldItalic: "DejaVuSans-BoldOblique.ttf",
};

/** The fontkit namespace, whether the bundler hands it over as a default export or not. */
export const fontkit: { create(buffer: Uint8Array): FontkitFont } =
  (fontkitModule as unknown as { default?: { create(buffer: Uint8Array): FontkitFont } }).default ??
  (fontkitModule as unknown as { create(buffer: Uint8Array): FontkitFont });

export const fontId = (bold: boolean, italic: boolean): FontId =>
  bold ? (italic ? "boldItalic" : "bold") : italic ? "italic" : "regular";

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

/** The parsed font (fontkit), for glyph lookups. */
export function fontOf(id: FontId): FontkitFont {
  let f = parsed.get(id);
  if (!f) {
    f = fontkit.create(fontBytes(id));
    parsed.set(id, f);
  }
  return f;
}

/** Advances in em per font, indexed by BMP code unit (-1: not looked up yet); others in a map. */
const bmpAdvances = new Map<FontId, Float64Array>();
const otherAdvances = new Map<FontId, Map<number, number>>();

/** Advance of the character of code point `code` in em; `NaN` when the font has no glyph. */
export function advanceOf(id: FontId, code: number): number {
  if (code < 0x10000) {
    let table = bmpAdvances.get(id);
    if (!table) bmpAdvances.set(id, (table = new Float64Array(0x10000).fill(-1)));
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

/** Ascent and descent (positive) in em, the same in the four styles. */
export function verticalMetrics(): { ascent: number; descent: number } {
  const f = fontOf("regular");
  return { ascent: f.ascent / f.unitsPerEm, descent: -f.descent / f.unitsPerEm };
}

/** DejaVu's metrics for the shared line breaker; characters without a glyph measure 0 here. */
export const dejavuMetrics: FontMetrics = {
  advanceEm: (ch, bold, italic) => {
    const a = advance(fontId(bold, italic), ch);
    return Number.isNaN(a) ? 0 : a;
  },
};
