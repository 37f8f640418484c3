// The linear inline parser against the original token-list implementation (kept here as the
// reference): same inlines for any string, markers, escapes and surrogates included.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseInlines } from "../../src/doc/inline.js";
import type { Inline } from "../../src/doc/model.js";

type Token = { kind: "char"; text: string } | { kind: "break" } | { kind: "bold" } | { kind: "italic" };

function referenceTokens(source: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      if (i + 1 >= source.length) {
        tokens.push({ kind: "char", text: "\\" });
        continue;
      }
      const next = String.fromCodePoint(source.codePointAt(i + 1)!);
      i += next.length;
      tokens.push(next === "n" ? { kind: "break" } : { kind: "char", text: next });
    } else if (c === "*" && source[i + 1] === "*") {
      tokens.push({ kind: "bold" });
      i++;
    } else if (c === "_") {
      tokens.push({ kind: "italic" });
    } else {
      tokens.push({ kind: "char", text: c });
    }
  }
  for (const kind of ["bold", "italic"] as const) {
    const positions = tokens.flatMap((t, i) => (t.kind === kind ? [i] : []));
    if (positions.length % 2 === 1) {
      tokens[positions[positions.length - 1]] = { kind: "char", text: kind === "bold" ? "**" : "_" };
    }
  }
  return tokens;
}

function referenceInlines(source: string): Inline[] {
  const out: Inline[] = [];
  let bold = false;
  let italic = false;
  for (const t of referenceTokens(source)) {
    if (t.kind === "bold") bold = !bold;
    else if (t.kind === "italic") italic = !italic;
    else if (t.kind === "break") out.push({ type: "break" });
    else {
      const last = out[out.length - 1];
      if (last && last.type === "text" && !!last.bold === bold && !!last.italic === italic)
        last.text += t.text;
      else out.push({ type: "text", text: t.text, ...(bold ? { bold } : {}), ...(italic ? { italic } : {}) });
    }
  }
  return out;
}

describe("parseInlines", () => {
  it("gives the reference inlines on hand-picked edge cases", () => {
    for (const s of [
      "",
      "texte",
      "**gras** et _italique_",
      "***",
      "a**b",
      "**a****b**",
      "_a_ _b",
      "fin\\",
      "\\n\\n",
      "\\\ud83d\ude00 et \\\ud83d",
      "\\*\\*pas gras\\*\\*",
      "**_les deux_**",
      // Escapes only (the native fast path), and its edges:
      "Neurologie\\, Psychiatrie \\(unité 2\\)",
      "\\\\n",
      "\\\\",
      "a\\",
      "x\\\ud83d\ude00y\\\ud83d",
      "\\\\\\",
    ]) {
      expect(parseInlines(s), JSON.stringify(s)).toEqual(referenceInlines(s));
    }
  });

  it("gives the reference inlines for any string", () => {
    const markup = fc.string({
      unit: fc.constantFrom(..."**__\\\\n a\ud83d\ude00\ud83d\u00a0"),
      maxLength: 40,
    });
    fc.assert(
      fc.property(fc.oneof(markup, fc.string({ unit: "binary", maxLength: 30 })), (s) => {
        expect(parseInlines(s)).toEqual(referenceInlines(s));
      }),
      { numRuns: 2000 },
    );
  });
});
