/**
 * The fast paths of text setting compute what the plain algorithms compute: random texts of
 * French-document characters (spaces, tabs, U+00A0, U+202F, hyphens before letters and digits,
 * `? ! ; : , .`, long words, line breaks, surrogate pairs, control characters) at random widths.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Table } from "../../../src/doc/model.js";
import { arialMetrics } from "../../../src/render/docx/arial-metrics.js";
import { fitColumns, minimumColumns } from "../../../src/render/docx/column-fit.js";
import { advanceOf, dejavuMetrics, fontId } from "../../../src/render/pdf/fonts.js";
import { setLines } from "../../../src/render/pdf/text-lines.js";
import { FIT_SLACK, isSpace, lineStarts, type FontMetrics } from "../../../src/render/text/line-break.js";

/** Characters chosen to exercise every branch of the line breaker and of the text readers. */
const CHARS = [
  "a",
  "b",
  "é",
  "W",
  "1",
  "9",
  " ",
  " ",
  " ",
  "\t",
  "\n",
  "\u00a0",
  "\u202f",
  "-",
  "-",
  "?",
  "!",
  ";",
  ":",
  ",",
  ".",
  ")",
  "]",
  "}",
  "@",
  "/",
  "’",
  "\u0001",
  "𝟙",
];
const frenchText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...CHARS),
      fc.constantFrom("anticonstitutionnellement", "12\u00a0h", "https://ars.fr/a-b", "j.dupont@chu.fr"),
    ),
    {
      maxLength: 60,
    },
  )
  .map((parts) => parts.join(""));

/**
 * The line breaker as first written, one decision per character, without the fast path for
 * letters inside a word: the specification the optimised `lineStarts` is checked against.
 */
function plainLineStarts(codes: number[], advances: number[], width: number, softCuts: boolean): number[] {
  const limit = width - FIT_SLACK;
  const starts = [0];
  const noBreakBefore = new Set([0x3f, 0x21, 0x3b, 0x3a, 0x2c, 0x2e, 0x29, 0x5d, 0x7d]);
  const isSpace = (c: number): boolean => c === 0x20 || c === 0x09;
  const place = (from: number, end: number, line: number, word: number): number => {
    if (line > 0 && line + word > limit) {
      starts.push(from);
      line = 0;
    }
    if (word <= limit) return line + word;
    for (let k = from, lineFrom = from, soft = -1; k < end; k++) {
      const w = isSpace(codes[k]) ? 0 : advances[k];
      if (line > 0 && line + w > limit) {
        const cut = softCuts && soft > lineFrom ? soft : k;
        starts.push(cut);
        lineFrom = cut;
        soft = -1;
        line = 0;
        for (let j = cut; j < k; j++) line += advances[j];
      }
      line += w;
      if (softCuts && [0x40, 0x2e, 0x2f, 0x2d].includes(codes[k])) soft = k + 1;
    }
    return line;
  };
  let line = 0;
  let word = 0;
  let pieceStart = 0;
  let spaces = 0;
  for (let i = 0; i <= codes.length; i++) {
    const ch = i < codes.length ? codes[i] : -1;
    const w = i < codes.length ? advances[i] : 0;
    let end = -1;
    if (i === codes.length || ch === 0x0a) end = i;
    else if (isSpace(ch)) {
      spaces += w;
      continue;
    } else if (spaces > 0) {
      if (noBreakBefore.has(ch) && word > 0) {
        word += spaces;
        spaces = 0;
      } else end = i;
    }
    if (end >= 0 && word !== 0) {
      line = place(pieceStart, end, line, word);
      word = 0;
    }
    if (i === codes.length) break;
    if (ch === 0x0a) {
      starts.push(i + 1);
      line = 0;
      spaces = 0;
      continue;
    }
    line += spaces;
    spaces = 0;
    if (word === 0) pieceStart = i;
    word += w;
    const next = codes[i + 1];
    if (ch === 0x2d && !(next >= 0x30 && next <= 0x39)) {
      line = place(pieceStart, i + 1, line, word);
      word = 0;
    }
  }
  return starts;
}

describe("line breaking fast path", () => {
  it("breaks as the plain algorithm, whatever the text, advances and width", () => {
    fc.assert(
      fc.property(
        frenchText,
        fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 64, maxLength: 64 }),
        fc.integer({ min: 1, max: 80 }),
        fc.boolean(),
        (text, widths, width, softCuts) => {
          const codes = [...text].map((c) => c.codePointAt(0)!);
          // Zero advances too: a piece of nothing but zero-width characters.
          const advances = codes.map((_, i) => widths[i % widths.length] / 2);
          expect(lineStarts(codes, advances, width, codes.length, softCuts)).toEqual(
            plainLineStarts(codes, advances, width, softCuts),
          );
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe("text setting fast path", () => {
  /** The lines of `text` set character by character: code points, advances, breaks, trimmed slices. */
  function plainLines(text: string, width: number, bold: boolean, italic: boolean): [string, number][] {
    const font = fontId(bold, italic);
    const codes = [...text].map((c) => c.codePointAt(0)!).map((c) => (c < 0x20 && c !== 0x0a ? 0x20 : c));
    const advances = codes.map((c) => (c === 0x0a ? 0 : advanceOf(font, c) * 9));
    const starts = lineStarts(codes, advances, width, codes.length, true);
    return starts.map((from, l) => {
      let end = l + 1 < starts.length ? starts[l + 1] : codes.length;
      while (end > from && (codes[end - 1] === 0x0a || isSpace(codes[end - 1]))) end--;
      let w = 0;
      for (let i = from; i < end; i++) w += advances[i];
      return [String.fromCodePoint(...codes.slice(from, end)), w];
    });
  }

  it("sets a text as the plain algorithm, whole or split in two inlines", () => {
    fc.assert(
      fc.property(
        frenchText,
        fc.integer({ min: 20, max: 400 }),
        fc.boolean(),
        fc.boolean(),
        fc.nat(),
        (text, width, bold, italic, cut) => {
          const style = { size: 9, bold, italic };
          const lines = setLines(text, width, style);
          expect(lines.map((l) => [l.pieces.map((p) => p.text).join(""), l.width])).toEqual(
            plainLines(text, width, bold, italic),
          );
          for (const l of lines) for (const p of l.pieces) expect(p.font).toBe(fontId(bold, italic));
          // The general path (several inlines) sets the same lines.
          const chars = [...text];
          const at = chars.length === 0 ? 0 : cut % chars.length;
          const split = [chars.slice(0, at).join(""), chars.slice(at).join("")];
          expect(
            setLines(
              split.map((t) => ({ type: "text" as const, text: t })),
              width,
              style,
            ),
          ).toEqual(lines);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("column fitting fast path", () => {
  /** The same metrics without a table: every character is measured by `advanceOfCode`. */
  const unread = new Float64Array(0x10000).fill(-1);
  const withoutTable = (metrics: FontMetrics): FontMetrics => ({
    advanceOfCode: metrics.advanceOfCode,
    bmpAdvances: () => unread,
  });
  const cell = fc
    .tuple(frenchText, fc.boolean())
    .map(([text, bold]) => ({ inlines: [{ type: "text" as const, text, bold }] }));

  it("finds the same widest pieces as the per-character lookups, for both fonts", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(cell, cell, fc.boolean()), { minLength: 1, maxLength: 6 }),
        fc.constantFrom(arialMetrics, dejavuMetrics),
        (rows, metrics) => {
          const table: Table = {
            type: "table",
            header: [
              { inlines: [{ type: "text", text: "Nom" }] },
              { inlines: [{ type: "text", text: "Rôle" }] },
            ],
            rows: rows.map(([a, b, bold]) => ({ cells: [a, b], bold })),
          };
          expect(minimumColumns(table, 2, 9638, metrics)).toEqual(
            minimumColumns(table, 2, 9638, withoutTable(metrics)),
          );
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe("column widths", () => {
  /** fitColumns as first written, with array methods: the specification of the loops. */
  function plainFitColumns(weights: number[], mins: number[], total: number): number[] {
    const n = weights.length;
    if (n === 0) return [];
    const needed = mins.reduce((a, b) => a + b, 0);
    let widths: number[];
    if (needed >= total) {
      widths = mins.map((m) => (m / (needed || 1)) * total);
    } else {
      const fixed = new Set<number>();
      widths = [];
      for (let round = 0; round <= n; round++) {
        const free = total - [...fixed].reduce((a, i) => a + mins[i], 0);
        const weightSum = weights.reduce((a, w, i) => (fixed.has(i) ? a : a + w), 0) || 1;
        widths = weights.map((w, i) => (fixed.has(i) ? mins[i] : (w / weightSum) * free));
        const short = widths.map((w, i) => (!fixed.has(i) && w < mins[i] ? i : -1)).filter((i) => i >= 0);
        if (short.length === 0) break;
        for (const i of short) fixed.add(i);
      }
    }
    const out = widths.map((w) => Math.floor(w));
    const widest = out.indexOf(Math.max(...out));
    out[widest] += total - out.reduce((a, b) => a + b, 0);
    return out;
  }

  it("fits the same widths as the plain algorithm", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 0.1, max: 40, noNaN: true }), fc.integer({ min: 0, max: 4000 })), {
          minLength: 1,
          maxLength: 9,
        }),
        fc.integer({ min: 500, max: 15000 }),
        (columns, total) => {
          const weights = columns.map(([w]) => w);
          const mins = columns.map(([, m]) => m);
          expect(fitColumns(weights, mins, total)).toEqual(plainFitColumns(weights, mins, total));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
