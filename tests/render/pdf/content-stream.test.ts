/**
 * Text positioning in the content streams (render/pdf/content.ts `contentStream`): a run is moved
 * to with `Td` relative to the previous one, except the next line of the same column (same x,
 * lower), shown with `'` after its leading is set once with `TL`. The positions must be those of
 * the layout, rounded to hundredths of a point.
 */
import { describe, expect, it } from "vitest";
import { ByteWriter } from "../../../src/render/pdf/bytes.js";
import { contentStream, FontCodes } from "../../../src/render/pdf/content.js";
import type { LaidOutPage, TextRun } from "../../../src/render/pdf/types.js";

const H = 800;

function run(x: number, baseline: number, text: string): TextRun {
  return {
    x,
    y: baseline - 8,
    baseline,
    width: 50,
    height: 11.7,
    font: "regular",
    size: 10,
    color: "000000",
    text,
  } as TextRun;
}

function operators(runs: TextRun[]): string[] {
  const fonts = new FontCodes(1);
  const page: LaidOutPage = {
    width: 595.28,
    height: H,
    role: "body",
    area: { x: 0, y: 0, width: 595.28, height: H },
    fills: [],
    rules: [],
    runs,
    links: [],
    running: [],
    runningRules: [],
  };
  const out = new ByteWriter();
  contentStream(out, page, fonts);
  const text = Buffer.from(out.view()).toString("latin1");
  // Glyph codes are bytes: each string shown as `(…)`.
  return text
    .replace(/\((?:\\.|[^\\)])*\)/g, "(…)")
    .split("\n")
    .filter((l) => l !== "" && l !== "BT" && l !== "ET");
}

/** Where each run's text is drawn: the text line matrix replayed from the operators. */
function positions(lines: string[]): [number, number][] {
  let x = 0;
  let y = 0;
  let tl = 0;
  const drawn: [number, number][] = [];
  for (let line of lines) {
    let m: RegExpExecArray | null;
    if ((m = /^(-?[\d.]+) TL (.*)$/.exec(line))) {
      tl = Number(m[1]);
      line = m[2];
    }
    if ((m = /^(-?[\d.]+) (-?[\d.]+) Td \(…\) Tj$/.exec(line))) {
      x += Number(m[1]);
      y += Number(m[2]);
      drawn.push([Math.round(x * 100) / 100, Math.round(y * 100) / 100]);
    } else if (/^\(…\)'$/.test(line)) {
      y -= tl;
      drawn.push([Math.round(x * 100) / 100, Math.round(y * 100) / 100]);
    }
  }
  return drawn;
}

describe("content stream text positioning", () => {
  it("shows the next lines of a column with ', the leading set once, and moves elsewhere with Td", async () => {
    const runs = [
      run(56.69, 100, "Première ligne"),
      run(56.69, 111.7, "deuxième"),
      run(56.69, 123.4, "troisième"),
      run(200, 123.4, "autre colonne"),
      run(56.69, 141.1, "paragraphe suivant"),
      run(56.69, 152.8, "sa deuxième ligne"),
    ];
    const lines = operators(runs);
    expect(lines).toEqual([
      "/F1 10 Tf",
      "0 0 0 rg",
      "56.69 700 Td (…) Tj",
      "11.7 TL (…)'",
      "(…)'",
      "143.31 0 Td (…) Tj",
      "-143.31 -17.7 Td (…) Tj",
      "(…)'",
    ]);
    for (const l of lines.filter((l) => l.endsWith("'"))) expect(l).not.toContain("Td");
    expect(positions(lines)).toEqual(runs.map((r) => [r.x, Math.round((H - r.baseline) * 100) / 100]));
  });

  it("never uses ' for a line above the previous one or beside it", async () => {
    const runs = [run(56.69, 300, "bas"), run(56.69, 200, "haut"), run(80, 211.7, "décalé")];
    const lines = operators(runs);
    expect(lines.some((l) => l.endsWith("'"))).toBe(false);
    expect(positions(lines)).toEqual(runs.map((r) => [r.x, Math.round((H - r.baseline) * 100) / 100]));
  });
});
