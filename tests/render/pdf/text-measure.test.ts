/**
 * The measuring layer of the PDF, made cheap without changing what it computes: the shared line
 * breaker (render/text/line-break.ts, also the DOCX page estimate's), the set-lines cache, the
 * content-stream number formatting and the glyph codes written as bytes.
 */
import { describe, expect, it } from "vitest";
import type { Inline } from "../../../src/doc/model.js";
import { lineStarts } from "../../../src/render/text/line-break.js";
import { ByteWriter } from "../../../src/render/pdf/bytes.js";
import { setLines } from "../../../src/render/pdf/text-lines.js";

/** Line starts of `text` with every character one point wide. */
const starts = (text: string, width: number, softCuts = false): number[] => {
  const codes = [...text].map((c) => c.codePointAt(0)!);
  return lineStarts(
    codes,
    codes.map(() => 1),
    width,
    codes.length,
    softCuts,
  );
};
/** The lines of `text` as strings, for readable expectations. */
const lines = (text: string, width: number, softCuts = false): string[] => {
  const s = starts(text, width, softCuts);
  return s.map((from, i) => text.slice(from, s[i + 1]));
};

describe("shared line breaking", () => {
  it("breaks after spaces, the spaces hanging at the end of the line", () => {
    expect(lines("aa bb cc dd", 5.5)).toEqual(["aa bb ", "cc dd"]);
    expect(lines("aa  bb", 2.5)).toEqual(["aa  ", "bb"]);
  });
  it("never breaks at a no-break space, nor before ? ! ; : , . ) ] }", () => {
    expect(lines("12\u00a0h et 4\u202fh", 5.5)).toEqual(["12\u00a0h ", "et ", "4\u202fh"]);
    expect(lines("ab cd ?", 5.5)).toEqual(["ab ", "cd ?"]);
  });
  it("breaks after a hyphen, unless a digit follows", () => {
    expect(lines("anti-virus", 6.5)).toEqual(["anti-", "virus"]);
    expect(lines("ab -12 cd", 5.5)).toEqual(["ab ", "-12 ", "cd"]);
  });
  it("ends a line at a line break", () => {
    expect(lines("ab\ncd", 10)).toEqual(["ab\n", "cd"]);
  });
  it("cuts a word longer than the line between characters, or after @ . / - when asked", () => {
    expect(lines("abcdefghij", 4.5)).toEqual(["abcd", "efgh", "ij"]);
    expect(lines("ab@cdefgh.fr", 6.5, true)).toEqual(["ab@", "cdefgh", ".fr"]);
    expect(lines("ab@cdefgh.fr", 6.5)).toEqual(["ab@cde", "fgh.fr"]);
  });
});

describe("set lines", () => {
  const style = { size: 9 };
  it("gives the same lines from the cache as set afresh, and never mixes widths or weights", () => {
    const text = "Réanimation polyvalente, Psychiatrie adulte, Maladies infectieuses (unité 2) – 4\u00a0h";
    const first = setLines(text, 120, style);
    expect(setLines([{ type: "text", text }], 120, style)).toBe(first);
    // Two runs in the same font are set without the cache: the same lines.
    const split: Inline[] = [
      { type: "text", text: text.slice(0, 30) },
      { type: "text", text: text.slice(30) },
    ];
    expect(setLines(split, 120, style)).toEqual(first);
    expect(setLines(text, 200, style)).not.toEqual(first);
    const bold = setLines(text, 120, { size: 9, bold: true });
    expect(bold[0].pieces[0].font).toBe("bold");
    expect(bold).not.toEqual(first);
  });
  it("keeps every character of a text not read one for one (a surrogate pair, a control character)", () => {
    // Such a text is read as code points, not sliced: its last character was once left out.
    const printed = (text: string, width = 1000): string =>
      setLines(text, width, style)
        .map((l) => l.pieces.map((p) => p.text).join(""))
        .join("|");
    expect(printed("voir 𝟙 puis fin")).toBe("voir 𝟙 puis fin");
    expect(printed("tab\there")).toBe("tab here");
    expect(printed("𝟙𝟙 𝟙 ab", 30)).toBe("𝟙𝟙 𝟙|ab");
  });
});

describe("content stream bytes", () => {
  const written = (n: number): string => {
    const w = new ByteWriter();
    w.num(n);
    return Buffer.from(w.view()).toString("latin1");
  };
  it("formats numbers as String(Math.round(n * 100) / 100), -0 as 0", () => {
    const values = [0, -0, -0.004, 0.005, 0.05, 1, 10, 12.3, 12.34, 100.1, 595.28, 841.89, -17.5, 1234567.89];
    for (let i = 0; i < 2000; i++) values.push(((i * 7919.123) % 900) - 300);
    for (const n of values) {
      const r = Math.round(n * 100) / 100;
      expect(written(n), String(n)).toBe(Object.is(r, -0) ? "0" : String(r));
    }
  });
  it("grows past its first buffer", () => {
    const w = new ByteWriter();
    for (let i = 0; i < 50_000; i++) w.ascii("0123456789");
    expect(w.length).toBe(500_000);
    expect(Buffer.from(w.view().subarray(499_990)).toString("latin1")).toBe("0123456789");
  });
});
