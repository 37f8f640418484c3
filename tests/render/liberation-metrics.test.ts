/**
 * The advance table of src/render/docx/liberation-metrics.ts is Liberation Sans's, the font
 * LibreOffice draws Arial with: checked against the font files when they are installed (Debian
 * `fonts-liberation2`, pulled in by LibreOffice), and the widths the page estimate relies on.
 */
import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { advanceOfCode } from "../../src/render/docx/arial-metrics.js";
import { LIBERATION_BOLD, LIBERATION_RUNS } from "../../src/render/docx/liberation-metrics.js";
import { fontkit } from "../../src/render/pdf/fontkit.js";

const DIR = "/usr/share/fonts/truetype/liberation2/";
const installed =
  existsSync(`${DIR}LiberationSans-Regular.ttf`) && existsSync(`${DIR}LiberationSans-Bold.ttf`);

describe("Liberation Sans advances", () => {
  it("measure a French ordinal and superscripts as the font draws them, not as a fallback square", () => {
    // `3ᵉ étage`, `m²`: 761 and 682 units of 2,048, where an unknown character counts 1,843.
    expect(advanceOfCode(0x1d49, false) * 2048).toBeCloseTo(761, 6);
    expect(advanceOfCode(0xb2, false) * 2048).toBeCloseTo(682, 6);
    expect(advanceOfCode(0x1d49, true) * 2048).toBeLessThan(1000);
  });

  it.runIf(installed)("are those of the installed font files, regular and bold", () => {
    const regular = fontkit().create(readFileSync(`${DIR}LiberationSans-Regular.ttf`));
    const bold = fontkit().create(readFileSync(`${DIR}LiberationSans-Bold.ttf`));
    const boldDiff = new Map(LIBERATION_BOLD);
    let checked = 0;
    for (const [first, advances] of LIBERATION_RUNS) {
      advances.forEach((advance, i) => {
        const code = first + i;
        expect(regular.glyphForCodePoint(code).advanceWidth, `U+${code.toString(16)}`).toBe(advance);
        expect(bold.glyphForCodePoint(code).advanceWidth, `U+${code.toString(16)} gras`).toBe(
          boldDiff.get(code) ?? advance,
        );
        // What the estimate measures is the table's value.
        expect(Math.round(advanceOfCode(code, false) * 2048)).toBe(advance);
        checked++;
      });
    }
    expect(checked).toBeGreaterThan(1000);
  });
});
