import { describe, expect, it } from "vitest";
import { closest, editDistance } from "../../src/rules/suggest.js";
import { andList, orList } from "../../src/rules/text.js";
import { formatDuration } from "../../src/text/french.js";

describe("editDistance", () => {
  it("counts insertions, deletions, substitutions and adjacent transpositions", () => {
    expect(editDistance("", "")).toBe(0);
    expect(editDistance("dpi", "dpi")).toBe(0);
    expect(editDistance("dpi", "")).toBe(3);
    expect(editDistance("dpi", "dpii")).toBe(1);
    expect(editDistance("dpi", "dip")).toBe(1);
    expect(editDistance("soins", "sions")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });
});

describe("closest", () => {
  it("suggests only reasonably close ids, smallest distance, then smallest id", () => {
    expect(closest("dpii", ["dpi", "pacs"])).toBe("dpi");
    expect(closest("DPI", ["dpi"])).toBe("dpi");
    expect(closest("ab", ["xy"])).toBeUndefined();
    expect(closest("abc", ["xyz"])).toBeUndefined();
    expect(closest("laboratoire-x", ["laboratoire"])).toBe("laboratoire");
    expect(closest("pharmacie", ["facturation"])).toBeUndefined();
    expect(closest("ad1", ["ad2", "ad3"])).toBe("ad2");
    expect(closest("x", [])).toBeUndefined();
  });
});

describe("formatDuration", () => {
  it("follows documents.md 1.6", () => {
    const nb = (s: string) => s.replace(/ /g, "\u00a0");
    expect(formatDuration(0)).toBe(nb("0 min"));
    expect(formatDuration(45)).toBe(nb("45 min"));
    expect(formatDuration(65)).toBe(nb("1 h 05"));
    expect(formatDuration(90)).toBe(nb("1 h 30"));
    expect(formatDuration(240)).toBe(nb("4 h"));
    expect(formatDuration(1440)).toBe(nb("1 j"));
    expect(formatDuration(1470)).toBe(nb("1 j 30 min"));
    expect(formatDuration(2790)).toBe(nb("1 j 22 h 30"));
    expect(formatDuration(10080)).toBe(nb("7 j"));
    expect(formatDuration(10000 * 1440)).toBe("10\u202f000\u00a0j");
  });
});

describe("lists", () => {
  it("joins French alternatives and enumerations", () => {
    expect(orList(["a"])).toBe("a");
    expect(orList(["a", "b", "c"])).toBe("a, b ou c");
    expect(andList(["a", "b"])).toBe("a et b");
  });
});
