/**
 * The page estimate's parts: line breaking (text-measure.ts) against line counts LibreOffice
 * produced for the same text and width, and the page filling (page-layout.ts) rules.
 */
import { describe, expect, it } from "vitest";
import type { Document, Figure, Heading, Inline } from "../../src/doc/model.js";
import { renderDocx } from "../../src/render/docx/index.js";
import { parts } from "./docx-xml.js";
import { figureFlowHeight } from "../../src/render/docx/figure.js";
import { estimatePages } from "../../src/render/docx/page-estimate.js";
import { layoutItems, type Item, type LinesItem } from "../../src/render/docx/page-layout.js";
import { TEXT_WIDTH } from "../../src/render/docx/styles.js";
import { textWidth, wrapLines } from "../../src/render/docx/text-measure.js";
import { fixtureDocument } from "./fixture.js";

describe("wrapLines", () => {
  it("matches LibreOffice on lines that fit by a hair or not at all (9 pt table text)", () => {
    // Observed in the Kerbrat PRA: 1,471 and 1,281 twips of cell text width.
    expect(wrapLines("Cyberattaque par rançongiciel, perte totale du système d’information", 73.55, 9)).toBe(
      5,
    );
    expect(wrapLines("Dr Isabelle Riou", 64.05, 9)).toBe(1);
    expect(wrapLines("Dr Yann Prigent", 64.05, 9)).toBe(1);
    expect(wrapLines("Gaëlle Le Bihan", 64.05, 9)).toBe(2);
  });

  it("counts explicit line breaks and empty text as lines", () => {
    expect(wrapLines("", 100, 10)).toBe(1);
    expect(
      wrapLines([{ type: "text", text: "a" }, { type: "break" }, { type: "text", text: "b" }], 100, 10),
    ).toBe(2);
    expect(wrapLines("a\nb\nc", 100, 10)).toBe(3);
  });

  it("never breaks at a no-break space nor before French high punctuation", () => {
    const width = textWidth("mot mot mot", 10) + 0.5;
    // Without the rule `?` would start the second line; with it, `mot ?` goes down together.
    expect(wrapLines("mot mot mot ?", width, 10)).toBe(2);
    expect(wrapLines("mot mot mot\u202f?", width, 10)).toBe(2);
    expect(wrapLines("mot mot\u00a0mot mot", textWidth("mot mot", 10) + 0.5, 10)).toBe(3);
    expect(wrapLines("mot mot mot mot", textWidth("mot mot", 10) + 0.5, 10)).toBe(2);
  });

  it("breaks after a hyphen, but not before a digit", () => {
    const width = textWidth("Sophie", 10) + 0.5;
    expect(wrapLines("Anne-Sophie", width, 10)).toBe(2);
    // "bloc-" may end the line before letters; before digits the piece stays whole (too long
    // here: it goes down and is cut between characters).
    expect(wrapLines("x bloc-abcde", textWidth("x bloc-", 10) + 0.5, 10)).toBe(2);
    expect(wrapLines("x bloc-12345", textWidth("x bloc-", 10) + 0.5, 10)).toBe(3);
    expect(wrapLines("Anne-Sophie", textWidth("Anne-Sophie", 10) + 0.5, 10)).toBe(1);
  });

  it("cuts a word longer than the line between characters", () => {
    const word = "anticonstitutionnellement";
    const w = textWidth(word, 9);
    expect(wrapLines(word, w / 2 + 1, 9)).toBe(2);
    expect(wrapLines(word, w / 3 + 5, 9)).toBe(3);
    expect(wrapLines(`${word} fin`, w + 1, 9)).toBe(2);
  });

  it("measures bold wider than regular", () => {
    expect(textWidth("Réanimation", 10, true)).toBeGreaterThan(textWidth("Réanimation", 10));
    const width = textWidth("Réanimation polyvalente", 10) + 0.5;
    expect(wrapLines("Réanimation polyvalente", width, 10)).toBe(1);
    expect(wrapLines("Réanimation polyvalente", width, 10, true)).toBe(2);
  });
});

const lines = (n: number, extra: Partial<LinesItem> = {}): LinesItem => ({
  kind: "lines",
  lines: n,
  lineHeight: 10,
  extra: 0,
  before: 0,
  after: 0,
  keepNext: false,
  ...extra,
});
const heading = (text: string): Heading => ({ type: "heading", level: 2, text, toc: true });

describe("layoutItems", () => {
  it("splits paragraphs with two lines at least on each side of the break", () => {
    const h = heading("après");
    // 95 pt of 100 used: a 3-line paragraph cannot leave 1 line behind nor carry 1 alone.
    const items: Item[] = [lines(9, { after: 0 }), lines(3), lines(1, { heading: h })];
    expect(layoutItems(items, 100).headingPage.get(h)).toBe(2);
    expect(layoutItems(items, 100).headingTop.get(h)).toBe(30);
    // 4 lines with room for 1: all move; with room for 2: 2 stay, 2 go.
    const h2 = heading("b");
    expect(layoutItems([lines(8), lines(4), lines(1, { heading: h2 })], 100).headingTop.get(h2)).toBe(20);
    const h3 = heading("c");
    expect(layoutItems([lines(9), lines(4), lines(1, { heading: h3 })], 100).headingTop.get(h3)).toBe(40);
  });

  it("keeps a heading with the first lines of what follows, and drops space before at a page top", () => {
    const h = heading("titre");
    const items: Item[] = [
      lines(7),
      lines(1, { heading: h, keepNext: true, before: 12, after: 6 }),
      lines(4),
    ];
    // 70 + 12 + 10 + 6 + 2 lines = 108 > 100: the heading opens page 2, without its space above.
    const out = layoutItems(items, 100);
    expect(out.headingPage.get(h)).toBe(2);
    expect(out.headingTop.get(h)).toBe(0);
  });

  it("keeps the space before a paragraph a page break puts at the top", () => {
    const h = heading("forcé");
    const out = layoutItems([lines(2), lines(1, { heading: h, before: 12, pageBreakBefore: true })], 100);
    expect([out.headingPage.get(h), out.headingTop.get(h)]).toEqual([2, 12]);
  });

  it("collapses space between paragraphs to the larger of after and before", () => {
    const h = heading("x");
    const out = layoutItems([lines(1, { after: 6 }), lines(1, { heading: h, before: 12 })], 100);
    expect(out.headingTop.get(h)).toBe(22);
  });

  it("moves table rows whole and repeats the header row on the next page", () => {
    const h = heading("après le tableau");
    const items: Item[] = [
      lines(5),
      { kind: "row", height: 20, header: 15, first: true },
      { kind: "row", height: 20, header: 15, first: false },
      { kind: "row", height: 20, header: 15, first: false },
      lines(1, { heading: h }),
    ];
    // 50 + 0.5 + 15 + 20 = 85.5; next row 105.5 > 100 → page 2: 0.5 + 15 + 20, then 20 more.
    const out = layoutItems(items, 100);
    expect(out.headingPage.get(h)).toBe(2);
    expect(out.headingTop.get(h)).toBeCloseTo(55.5);
  });

  it("starts odd sections on odd pages", () => {
    const h = heading("annexe");
    const out = layoutItems([lines(1), { kind: "section", odd: true }, lines(1, { heading: h })], 100);
    expect(out.headingPage.get(h)).toBe(3);
  });
});

describe("estimatePages", () => {
  it("is deterministic and counts the fixture's pages", () => {
    const a = estimatePages(fixtureDocument());
    const b = estimatePages(fixtureDocument());
    expect([...a.headingPage.values()]).toEqual([...b.headingPage.values()]);
    expect(a.pages).toBe(7);
  });

  it("puts a figure after a page break at the top of the new page, as the DOCX does (no empty line)", () => {
    const picture = { width: 100, height: 50, title: "t", shapes: [] };
    const after: Heading = { type: "heading", level: 2, text: "Après", toc: true };
    const doc: Document = {
      ...fixtureDocument(),
      cover: [],
      body: [
        { type: "paragraph", inlines: [{ type: "text", text: "Avant" }] },
        { type: "pagebreak" },
        { type: "figure", picture, caption: "Figure 1 – Essai" },
        after,
      ],
    };
    const figure = figureFlowHeight(doc.body[2] as Figure, TEXT_WIDTH / 20);
    const estimate = estimatePages(doc);
    expect(estimate.headingPage.get(after)).toBe(2);
    // Right under the figure, to the twip the estimate rounds to: no empty line above the figure
    // (it was counted once, 11.5 pt); the caption's space after (12 pt) and the heading's space
    // before (12 pt) overlap, as between any two paragraphs; the image line keeps the body font's
    // descent and line gap below the image ((434 + 67) / 2,048 em of 10 pt).
    const below = (501 / 2048) * 10;
    expect(Math.abs(estimate.headingTop.get(after)! - (figure + below))).toBeLessThanOrEqual(1);
  });

  it("is fast on a large document", () => {
    const row = {
      cells: [
        { inlines: [{ type: "text" as const, text: "Ressource de test avec un nom assez long" }] },
        { inlines: [{ type: "text" as const, text: "P1" }] },
      ],
    };
    const doc: Document = {
      ...fixtureDocument(),
      body: Array.from({ length: 2000 }, (_, i) => [
        { type: "heading" as const, level: 2 as const, text: `${i} Titre`, toc: true },
        { type: "table" as const, header: row.cells, rows: Array.from({ length: 12 }, () => row) },
      ]).flat(),
    };
    const t = performance.now();
    const { pages } = estimatePages(doc);
    expect(performance.now() - t).toBeLessThan(2000);
    expect(pages).toBeGreaterThan(100);
  });
});

describe("rows taller than a page (row-lines.ts rowTallerThanPage)", () => {
  // A key–value table: a row of `n` lines (one per line break) under no header.
  const cell = (n: number): Inline[] =>
    Array.from({ length: n }, (_, i): Inline[] =>
      i === 0 ? [{ type: "text", text: "ligne" }] : [{ type: "break" }, { type: "text", text: "ligne" }],
    ).flat();
  const doc = (lines: number[]): Document => ({
    ...fixtureDocument(),
    cover: [],
    body: [
      {
        type: "table",
        keyValue: true,
        rows: lines.map((n) => ({
          cells: [{ inlines: [{ type: "text", text: "Clé" }] }, { inlines: cell(n) }],
        })),
      },
      { type: "heading", level: 2, text: "1.1 Après", toc: true },
    ],
  });

  it("go without w:cantSplit, rows a page can hold keep it", async () => {
    // 9 pt lines of 10.35 pt: 69 lines stand on a page of 728.5 pt with padding and rules, 71 do not.
    const xml = parts(await renderDocx(doc([69, 71])))["word/document.xml"];
    const rows = xml.match(/<w:tr>[\s\S]*?<\/w:tr>|<w:tr [\s\S]*?<\/w:tr>/g) ?? [];
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain("<w:cantSplit/>");
    expect(rows[1]).not.toContain("<w:cantSplit/>");
  });

  it("are broken where they stand, part by part, the others moved whole", () => {
    // Two rows of 40 lines: the second moves whole to page 2. Two rows of 40 and 100 lines: the
    // second starts under the first and ends on page 3 (29 + 69 + 2 lines).
    const moved = doc([40, 40]);
    const whole = estimatePages(moved);
    expect(whole.headingPage.get(moved.body[1] as Heading)).toBe(2);
    // Under all 40 lines (433 pt), not under 11 of them (a row broken at the foot of page 1).
    expect(whole.headingTop.get(moved.body[1] as Heading)).toBeGreaterThan(400);
    const broken = doc([40, 100]);
    const layout = estimatePages(broken);
    expect(layout.headingPage.get(broken.body[1] as Heading)).toBe(3);
    expect(layout.headingTop.get(broken.body[1] as Heading)).toBeLessThan(100);
  });
});
