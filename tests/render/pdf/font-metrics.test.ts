/**
 * DejaVu's metrics as column fitting reads them (render/pdf/fonts.ts `dejavuMetrics`): the fast
 * path through the advance tables must give exactly the width of the font lookup, before and
 * after the character was looked up, in the four styles, 0 for a character without a glyph.
 */
import { describe, expect, it } from "vitest";
import { advance, dejavuMetrics, fontId } from "../../../src/render/pdf/fonts.js";

const STYLES: [boolean, boolean][] = [
  [false, false],
  [true, false],
  [false, true],
  [true, true],
];
// Latin, French punctuation, no-break spaces, a supplementary-plane character (no glyph in
// DejaVu Sans: measures 0), a private-use one (no glyph) and a box that DejaVu draws.
const CHARS = ["a", "W", "é", "œ", "’", "«", "\u00a0", "\u202f", "\u2212", "☐", "\u{1F600}", "\ue000", " "];

describe("DejaVu metrics for column fitting", () => {
  it("gives the font's advance, twice in a row (slow path then table), or 0 without a glyph", () => {
    for (const [bold, italic] of STYLES)
      for (const ch of CHARS) {
        const expected = advance(fontId(bold, italic), ch);
        const want = Number.isNaN(expected) ? 0 : expected;
        expect(dejavuMetrics.advanceOfCode(ch.codePointAt(0)!, bold, italic)).toBe(want);
        expect(dejavuMetrics.advanceOfCode(ch.codePointAt(0)!, bold, italic)).toBe(want);
      }
  });
  it("tells the styles apart and measures a real width", () => {
    const W = "W".codePointAt(0)!;
    expect(dejavuMetrics.advanceOfCode(W, false, false)).toBeGreaterThan(0.5);
    expect(dejavuMetrics.advanceOfCode(W, true, false)).not.toBe(
      dejavuMetrics.advanceOfCode(W, false, false),
    );
    expect(dejavuMetrics.advanceOfCode(0xe000, false, false)).toBe(0);
  });
});
