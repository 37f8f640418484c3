import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { BlockSyntaxError, parseBlockText } from "../../src/doc/parse.js";
import { escapeBlockText } from "../../src/doc/escape.js";
import type { Block, Inline } from "../../src/doc/model.js";

const body = (text: string): Block[] => parseBlockText(text, "t.hbs").body;

function textOf(inlines: Inline[]): string {
  return inlines.map((i) => (i.type === "break" ? "\n" : i.text)).join("");
}

function syntaxError(text: string): BlockSyntaxError {
  try {
    parseBlockText(text, "modele.hbs");
  } catch (e) {
    expect(e).toBeInstanceOf(BlockSyntaxError);
    return e as BlockSyntaxError;
  }
  throw new Error("no error thrown");
}

describe("blocks", () => {
  it("parses headings of three levels, with and without TOC, numbered after parsing", () => {
    expect(body("# Objet\n\n## Portée\n### Détail\n##! Hors sommaire\n# Annexe {-}")).toEqual([
      { type: "heading", level: 1, text: "1 Objet", toc: true },
      { type: "heading", level: 2, text: "1.1 Portée", toc: true },
      { type: "heading", level: 3, text: "1.1.1 Détail", toc: true },
      { type: "heading", level: 2, text: "1.2 Hors sommaire", toc: false },
      { type: "heading", level: 1, text: "Annexe", toc: true },
    ]);
  });

  it("unescapes heading text; an escaped brace is text, not an attribute", () => {
    expect(body("# \\{\\{x\\}\\} \\*\\*b\\*\\* \\{-\\}")).toEqual([
      { type: "heading", level: 1, text: "1 {{x}} **b** {-}", toc: true },
    ]);
  });

  it("parses title, styled paragraphs, toc and page breaks", () => {
    expect(
      body(
        "!title Plan de reprise d’activité\n!banner Diffusion restreinte\n!subtitle Sous\n!small petit\n!label Actions\n!blank-page Page laissée blanche\n!toc Sommaire 2\n!pagebreak\n!pagebreak odd",
      ),
    ).toEqual([
      { type: "title", text: "Plan de reprise d’activité" },
      { type: "paragraph", style: "banner", inlines: [{ type: "text", text: "Diffusion restreinte" }] },
      { type: "paragraph", style: "subtitle", inlines: [{ type: "text", text: "Sous" }] },
      { type: "paragraph", style: "small", inlines: [{ type: "text", text: "petit" }] },
      { type: "paragraph", style: "label", inlines: [{ type: "text", text: "Actions" }] },
      { type: "paragraph", style: "blank-page", inlines: [{ type: "text", text: "Page laissée blanche" }] },
      { type: "toc", title: "Sommaire", maxLevel: 2 },
      { type: "pagebreak" },
      { type: "pagebreak", odd: true },
    ]);
  });

  it("accepts a multi-word toc title", () => {
    expect(body("!toc Table des matières 1")).toEqual([
      { type: "toc", title: "Table des matières", maxLevel: 1 },
    ]);
  });

  it("joins paragraph lines with one space and trims ASCII blanks only", () => {
    expect(body("  Première ligne  \n\tseconde ligne\n\nAutre\u00a0")).toEqual([
      { type: "paragraph", inlines: [{ type: "text", text: "Première ligne seconde ligne" }] },
      { type: "paragraph", inlines: [{ type: "text", text: "Autre\u00a0" }] },
    ]);
  });

  it("accepts CRLF and CR line ends, counting lines the same way", () => {
    expect(body("# A\r\n\r\nun\r\ndeux\rtrois")).toEqual([
      { type: "heading", level: 1, text: "1 A", toc: true },
      { type: "paragraph", inlines: [{ type: "text", text: "un deux trois" }] },
    ]);
    expect(syntaxError("a\r\nb\r\n!oops").line).toBe(3);
  });

  it("splits cover and body; text before any marker goes to the body", () => {
    const doc = parseBlockText("Avant\n!cover\n!title T\n!body\n# Un\n!cover\nFin de garde", "x");
    expect(doc.cover).toEqual([
      { type: "title", text: "T" },
      { type: "paragraph", inlines: [{ type: "text", text: "Fin de garde" }] },
    ]);
    expect(doc.body).toEqual([
      { type: "paragraph", inlines: [{ type: "text", text: "Avant" }] },
      { type: "heading", level: 1, text: "1 Un", toc: true },
    ]);
  });

  it("parses bullet and numbered lists; the written number is ignored", () => {
    expect(body("- un\n- **deux**\n\n3. a\n7. b\n- c")).toEqual([
      {
        type: "list",
        ordered: false,
        items: [[{ type: "text", text: "un" }], [{ type: "text", text: "deux", bold: true }]],
      },
      { type: "list", ordered: true, items: [[{ type: "text", text: "a" }], [{ type: "text", text: "b" }]] },
      { type: "list", ordered: false, items: [[{ type: "text", text: "c" }]] },
    ]);
  });

  it("ends a paragraph at a list or heading line without a blank line", () => {
    expect(body("texte\n- item\nsuite").map((b) => b.type)).toEqual(["paragraph", "list", "paragraph"]);
  });

  it("parses a callout of paragraphs and lists", () => {
    expect(body("> Rappel :\n> suite\n>\n> - a\n> !label L")).toEqual([
      {
        type: "callout",
        blocks: [
          { type: "paragraph", inlines: [{ type: "text", text: "Rappel : suite" }] },
          { type: "list", ordered: false, items: [[{ type: "text", text: "a" }]] },
          { type: "paragraph", style: "label", inlines: [{ type: "text", text: "L" }] },
        ],
      },
    ]);
  });

  it("parses a table with a repeated header, bold rows and line breaks", () => {
    expect(body("| Nom | Rôle |\n|---|:--:|\n| A\\nB | x \\| y |\n|! Total | 2 |")).toEqual([
      {
        type: "table",
        header: [{ inlines: [{ type: "text", text: "Nom" }] }, { inlines: [{ type: "text", text: "Rôle" }] }],
        rows: [
          {
            cells: [
              { inlines: [{ type: "text", text: "A" }, { type: "break" }, { type: "text", text: "B" }] },
              { inlines: [{ type: "text", text: "x | y" }] },
            ],
          },
          {
            bold: true,
            cells: [
              { inlines: [{ type: "text", text: "Total" }] },
              { inlines: [{ type: "text", text: "2" }] },
            ],
          },
        ],
      },
    ]);
  });

  it("applies !kv, !widths and !rowheight to the next table only", () => {
    const blocks = body("!kv\n!widths 1 2.5\n!rowheight 20\n\n| Version | 2.1 |\n| Date | x |\n\n| a | b |");
    expect(blocks[0]).toMatchObject({ type: "table", keyValue: true, widths: [1, 2.5] });
    expect((blocks[0] as { rows: { minHeight?: number }[] }).rows.map((r) => r.minHeight)).toEqual([20, 20]);
    expect(blocks[0]).not.toHaveProperty("header");
    expect(blocks[1]).toEqual({
      type: "table",
      rows: [
        { cells: [{ inlines: [{ type: "text", text: "a" }] }, { inlines: [{ type: "text", text: "b" }] }] },
      ],
    });
  });

  it("allows an empty cell", () => {
    expect(body("| a || b |")).toEqual([
      {
        type: "table",
        rows: [
          {
            cells: [
              { inlines: [{ type: "text", text: "a" }] },
              { inlines: [] },
              { inlines: [{ type: "text", text: "b" }] },
            ],
          },
        ],
      },
    ]);
  });
  it("shares the cell of a text repeated across rows and tables of one document, and no other", () => {
    const { body: blocks } = parseBlockText(
      "| **4 h** | a |\n| **4 h** | b |\n\npara\n\n| **4 h** | a |",
      "t.hbs",
    );
    const [first, second] = blocks.filter((b) => b.type === "table");
    if (first.type !== "table" || second.type !== "table") throw new Error("two tables expected");
    expect(first.rows[1].cells[0]).toBe(first.rows[0].cells[0]);
    expect(second.rows[0].cells[0]).toBe(first.rows[0].cells[0]);
    expect(second.rows[0].cells[1]).toBe(first.rows[0].cells[1]);
    expect(first.rows[1].cells[1]).not.toBe(first.rows[0].cells[1]);
    expect(first.rows[0].cells[0]).toEqual({ inlines: [{ type: "text", text: "4 h", bold: true }] });
    // A second parse starts afresh: models of two documents share nothing.
    const again = parseBlockText("| **4 h** | a |", "t.hbs").body[0];
    expect(again.type === "table" && again.rows[0].cells[0]).not.toBe(first.rows[0].cells[0]);
  });
});

describe("inline", () => {
  const inl = (s: string): Inline[] => (body(s)[0] as { inlines: Inline[] }).inlines;

  it("parses bold, italic and their combination, merging equal styles", () => {
    expect(inl("a **b** _c_ **_d_** e")).toEqual([
      { type: "text", text: "a " },
      { type: "text", text: "b", bold: true },
      { type: "text", text: " " },
      { type: "text", text: "c", italic: true },
      { type: "text", text: " " },
      { type: "text", text: "d", bold: true, italic: true },
      { type: "text", text: " e" },
    ]);
  });

  it("keeps bold across joined lines", () => {
    expect(inl("**a\nb**")).toEqual([{ type: "text", text: "a b", bold: true }]);
  });

  it("prints unpaired markers literally", () => {
    expect(inl("a ** b _ c")).toEqual([{ type: "text", text: "a ** b _ c" }]);
  });

  it("makes any escaped character literal and \\n a break", () => {
    expect(inl("\\*\\*x\\*\\* \\_y\\_ \\\\ \\a\\n\\|")).toEqual([
      { type: "text", text: "**x** _y_ \\ a" },
      { type: "break" },
      { type: "text", text: "|" },
    ]);
  });
});

describe("errors", () => {
  it.each([
    ["Texte\n!inconnu x", 2, "directive inconnue"],
    ["#### titre", 1, "niveau de titre"],
    ["\n#titre", 2, "titre mal formé"],
    ["| a | b |\n| c |", 2, "cellules"],
    ["| a | b", 1, "mal formée"],
    ["| a |\n| b |\n|---|", 3, "séparation"],
    ["!kv\n| a | b |\n|---|---|", 3, "clé–valeur"],
    ["!widths 1 2 3\n| a | b |", 1, "largeurs"],
    ["!widths 1 x\n| a |", 1, "nombres"],
    ["!rowheight 0\n| a |", 1, "positif"],
    ["!kv\n\nTexte", 1, "non suivie"],
    ["!kv", 1, "non suivie"],
    ["!toc Sommaire", 1, "niveau"],
    ["!toc Sommaire 4", 1, "niveau"],
    ["!pagebreak even", 1, "pagebreak"],
    ["!cover now", 1, "argument"],
    ["> # Titre", 1, "encadré"],
    ["> | a |", 1, "encadré"],
    ["!title", 1, "sans texte"],
    ["! x", 1, "directive inconnue"],
  ])("rejects %j at line %i", (text, line, detail) => {
    const error = syntaxError(text);
    expect(error.line).toBe(line);
    expect(error.file).toBe("modele.hbs");
    expect(error.message).toContain(`modele.hbs:${line}`);
    expect(error.message).toContain(detail);
  });
});

describe("escape round trip", () => {
  const normalise = (s: string): string => s.replace(/\r\n?/g, "\n");
  // Leading and trailing ASCII blanks of a line are layout, not content (docs/templates.md).
  const edgeTrim = (s: string): string => s.replace(/^[ \t]+|[ \t]+$/g, "");
  const anyString = fc.oneof(
    fc.string({ unit: "grapheme", maxLength: 40 }),
    // U+FDD0…U+FDD1 and digits: a plan value that looks like a template line marker stays text.
    fc.string({
      unit: fc.constantFrom(..."*_\\|#!-1. >\n\r\t\u00a0\u202fœ☐{}[]`\ufdd0\ufdd1:7"),
      maxLength: 40,
    }),
    fc.string({ unit: "binary", maxLength: 30 }),
  );

  it("a paragraph of escaped text is the literal text", () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const expected = edgeTrim(normalise(s));
        const blocks = body(escapeBlockText(s));
        if (expected === "") {
          expect(blocks).toEqual([]);
          return;
        }
        expect(blocks).toHaveLength(1);
        expect(blocks[0].type).toBe("paragraph");
        expect(textOf((blocks[0] as { inlines: Inline[] }).inlines)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it("a table cell and a list item of escaped text are the literal text", () => {
    fc.assert(
      fc.property(anyString, anyString, (s, t) => {
        const blocks = body(
          `| ${escapeBlockText(s)} | ${escapeBlockText(t)} |\n\n- ${escapeBlockText(s)}\n1. ${escapeBlockText(t)}`,
        );
        expect(blocks.map((b) => b.type)).toEqual(["table", "list", "list"]);
        const table = blocks[0] as Extract<Block, { type: "table" }>;
        expect(table.rows.map((r) => r.cells.map((c) => textOf(c.inlines)))).toEqual([
          [edgeTrim(normalise(s)), edgeTrim(normalise(t))],
        ]);
        expect(textOf((blocks[1] as Extract<Block, { type: "list" }>).items[0])).toBe(edgeTrim(normalise(s)));
        expect(textOf((blocks[2] as Extract<Block, { type: "list" }>).items[0])).toBe(edgeTrim(normalise(t)));
      }),
      { numRuns: 1000 },
    );
  });

  it("escaped text inside bold stays literal and bold", () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const expected = edgeTrim(normalise(s));
        fc.pre(expected !== "");
        const blocks = body(`**${escapeBlockText(expected)}**`);
        const inlines = (blocks[0] as { inlines: Inline[] }).inlines;
        expect(textOf(inlines)).toBe(expected);
        expect(inlines.every((i) => i.type === "break" || i.bold === true)).toBe(true);
      }),
    );
  });
});
