/** Heading numbers (src/doc/numbering.ts) and template positions in blocks (src/doc/source.ts). */
import { describe, expect, it } from "vitest";
import type { Block } from "../../src/doc/model.js";
import { annexLetter, TOC_ITEM_LIMIT } from "../../src/doc/numbering.js";
import { BlockSyntaxError, parseBlockText } from "../../src/doc/parse.js";
import { blockPosition, lineMarker, splitLines } from "../../src/doc/source.js";

const headings = (text: string): string[] =>
  parseBlockText(text, "t.hbs").body.flatMap((b) =>
    b.type === "heading" ? [`${"#".repeat(b.level)}${b.toc ? "" : "!"} ${b.text}`] : [],
  );

function error(text: string): BlockSyntaxError {
  try {
    parseBlockText(text, "t.hbs");
  } catch (e) {
    expect(e).toBeInstanceOf(BlockSyntaxError);
    return e as BlockSyntaxError;
  }
  throw new Error("no error thrown");
}

describe("numbering", () => {
  it("numbers densely by level, fixed headings and per-item ones alike", () => {
    expect(headings("# A\n## a\n## b\n### x\n### y\n## c\n# B\n### z {-}\n## d\n# C")).toEqual([
      "# 1 A",
      "## 1.1 a",
      "## 1.2 b",
      "### 1.2.1 x",
      "### 1.2.2 y",
      "## 1.3 c",
      "# 2 B",
      "### z",
      "## 2.1 d",
      "# 3 C",
    ]);
  });

  it("letters annexes in their own sequence; their sub-headings take the letter", () => {
    expect(headings("# A\n# Annuaire {annex}\n## Internes\n# B\n# Glossaire {annex}")).toEqual([
      "# 1 A",
      "# Annexe A – Annuaire",
      "## A.1 Internes",
      "# 2 B",
      "# Annexe B – Glossaire",
    ]);
    expect([1, 2, 26, 27, 52, 53].map(annexLetter)).toEqual(["A", "B", "Z", "AA", "AZ", "BA"]);
  });

  it("leaves {-} headings as written, without touching the counters", () => {
    expect(headings("# Préambule {-}\n# A\n## Note {-}\n## a\n#! Hors sommaire {-}\n# B")).toEqual([
      "# Préambule",
      "# 1 A",
      "## Note",
      "## 1.1 a",
      "#! Hors sommaire",
      "# 2 B",
    ]);
  });

  it(`lists {item} headings in the Sommaire only when their parent has at most ${TOC_ITEM_LIMIT}`, () => {
    const items = (n: number): string =>
      Array.from({ length: n }, (_, i) => `## Item ${i + 1} {item}`).join("\n");
    const at = headings(
      `# Fixe\n# Liste\n## Fixe\n${items(TOC_ITEM_LIMIT)}\n# Suite\n${items(TOC_ITEM_LIMIT + 1)}`,
    );
    expect(at.filter((h) => h.startsWith("##!"))).toHaveLength(TOC_ITEM_LIMIT + 1);
    expect(at).toContain(`## 2.${TOC_ITEM_LIMIT + 1} Item ${TOC_ITEM_LIMIT}`);
    expect(at).toContain("##! 3.1 Item 1");
    expect(at).toContain(`##! 3.${TOC_ITEM_LIMIT + 1} Item ${TOC_ITEM_LIMIT + 1}`);
    // The fixed 2.1 is not an item: it neither counts nor leaves the Sommaire.
    expect(at).toContain("## 2.1 Fixe");
  });

  it.each([
    ["## Seul", 1, "titre numéroté de niveau 2 sans titre numéroté de niveau 1"],
    ["# Annexe {-}\n\n## Sous-partie", 3, "titre numéroté de niveau 2"],
    ["# A\n### Trop bas", 2, "niveau 3 sans titre numéroté de niveau 2"],
    ["# A\n## Annexe {annex}", 2, "titre de niveau 1"],
    ["# A {numéro}", 1, "attribut de titre"],
    ["# A {- annex}", 1, "s’excluent"],
    ["# {-}", 1, "titre vide"],
  ])("rejects %j at line %i", (text, line, detail) => {
    const e = error(text);
    expect(e.line).toBe(line);
    expect(e.message).toContain(`t.hbs:${line}`);
    expect(e.message).toContain(detail);
  });
});

describe("positions", () => {
  const files = ["/modeles/pra.hbs", "/modeles/_table.hbs"];

  it("a marker names the file and line of what follows it, up to the next marker", () => {
    const text = `${lineMarker(0, 3)}# Titre\n${lineMarker(0, 4)}\n${lineMarker(1, 7)}| a |\n  ${lineMarker(1, 7)}| b |\nsuite sans marque`;
    expect(splitLines(text).map((l) => [l.file, l.no, l.text])).toEqual([
      [0, 3, "# Titre"],
      [0, 4, ""],
      [1, 7, "| a |"],
      [1, 7, "| b |"],
      [1, 7, "suite sans marque"],
    ]);
  });

  it("a marker after the start of a line is stripped and counts for the next lines", () => {
    const text = `${lineMarker(0, 1)}début ${lineMarker(0, 9)}fin\nligne`;
    expect(splitLines(text).map((l) => [l.no, l.text])).toEqual([
      [1, "début fin"],
      [9, "ligne"],
    ]);
  });

  it("an escaped or malformed marker is text", () => {
    for (const t of ["\\\uFDD00:1\uFDD1x", "\uFDD0x:1\uFDD1x", "\uFDD01:\uFDD1x", "\uFDD01:2x"]) {
      expect(splitLines(t)[0]).toEqual({ no: 1, file: -1, text: t });
    }
  });

  it("blocks keep the template position of their first line; unmarked text is its own origin", () => {
    const text = `${lineMarker(0, 12)}# Titre\n\n${lineMarker(1, 5)}| a |\n${lineMarker(1, 5)}| b |\n${lineMarker(0, 14)}Texte`;
    const { body } = parseBlockText({ text, files }, "pra.hbs");
    expect(body.map((b: Block) => blockPosition(b))).toEqual([
      { file: "/modeles/pra.hbs", line: 12 },
      { file: "/modeles/_table.hbs", line: 5 },
      { file: "/modeles/pra.hbs", line: 14 },
    ]);
    const plain = parseBlockText("a\n\n- b", "texte");
    expect(plain.body.map((b) => blockPosition(b))).toEqual([
      { file: "texte", line: 1 },
      { file: "texte", line: 3 },
    ]);
  });

  it("an error names the template file and line, not the line of the produced text", () => {
    const text = `${lineMarker(0, 1)}# Titre\n${lineMarker(1, 40)}| a | b |\n${lineMarker(1, 40)}| c |`;
    expect(() => parseBlockText({ text, files }, "pra.hbs")).toThrowError(
      "/modeles/_table.hbs:40\u00a0: 1 cellules au lieu de 2 dans la ligne de tableau",
    );
  });
});
