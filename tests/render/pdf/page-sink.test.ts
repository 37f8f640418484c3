/**
 * The page sink (render/pdf/layout.ts `PageSink`): the PDF writes a page's body when the layout
 * hands the page over, then drops its drawing. That is only right if the layout never changes a
 * page after handing it over — checked here on the example documents and on odd-page breaks and
 * landscape sections: each page's drawing as handed over must equal its drawing once the whole
 * layout is done, and every page is handed over once, in order, but the Sommaire's and the last.
 * (What the PDF then shows is checked on the examples by reading it back: pdf-documents tests.)
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Block, Document } from "../../../src/doc/model.js";
import { layoutDocument } from "../../../src/render/pdf/index.js";
import type { LaidOutPage } from "../../../src/render/pdf/types.js";

const golden = (name: string): Document =>
  JSON.parse(readFileSync(join(__dirname, "../../golden", `${name}.json`), "utf8")) as Document;

/** A page's drawing, without its running header and footer (added at the end, apart). */
const drawing = (page: LaidOutPage): string =>
  JSON.stringify({ runs: page.runs, fills: page.fills, rules: page.rules, paths: page.paths ?? [] });

function handOvers(doc: Document): { handed: number[]; pages: number; changed: number[] } {
  const seen = new Map<LaidOutPage, string>();
  const handed: number[] = [];
  const pagesSoFar: LaidOutPage[] = [];
  const laid = layoutDocument(doc, {
    finish(page) {
      expect(seen.has(page)).toBe(false);
      seen.set(page, drawing(page));
      pagesSoFar.push(page);
    },
  });
  for (const page of pagesSoFar) handed.push(laid.pages.indexOf(page));
  const changed = [...seen]
    .filter(([page, before]) => drawing(page) !== before)
    .map(([p]) => laid.pages.indexOf(p));
  return { handed, pages: laid.pages.length, changed };
}

const stress: Document = (() => {
  const g = golden("ch-kerbrat-fiches");
  const para = (t: string): Block => ({ type: "paragraph", inlines: [{ type: "text", text: t }] });
  const body: Block[] = [];
  for (let i = 0; i < 6; i++) {
    body.push({ type: "pagebreak", odd: true } as Block);
    body.push({ type: "heading", level: 1, text: `Fiche ${i + 1}`, toc: true } as Block);
    body.push(para("Action ".repeat(30 * (i + 1))));
    if (i === 3) body.push({ type: "section", orientation: "landscape" } as Block);
    if (i === 4) body.push({ type: "section", orientation: "portrait" } as Block);
  }
  return { meta: g.meta, cover: [{ type: "title", text: "Essai" }], body } as Document;
})();

describe("pages handed over by the layout", () => {
  const documents: [string, Document][] = [
    ...[
      "ch-kerbrat-pca",
      "ch-kerbrat-pra",
      "ch-kerbrat-fiches",
      "ch-kerbrat-binder",
      "ehpad-les-tilleuls-psca",
    ].map((n): [string, Document] => [n, golden(n)]),
    ["odd-page fiches and landscape sections", stress],
  ];

  it.each(documents)("%s: never changed once handed over, each once, in order", (_name, doc) => {
    const { handed, pages, changed } = handOvers(doc);
    expect(changed).toEqual([]);
    expect(handed).toEqual([...handed].sort((a, b) => a - b));
    expect(handed.every((i) => i >= 0)).toBe(true);
    // All but the last page and the Sommaire's (at most a few) are handed over during the layout.
    expect(handed.length).toBeGreaterThanOrEqual(pages - 4);
    expect(handed.length).toBeLessThan(pages);
  });
});

describe("a table over many pages", () => {
  it("has its rows measured as they are placed and its pages handed over as they are filled", () => {
    // Each row logs when the layout measures it (it reads `minHeight` then), each page when it
    // is handed over: the two must interleave, not come as all rows, then all pages.
    const events: string[] = [];
    const cell = (text: string) => ({ inlines: [{ type: "text", text }] });
    const rows = Array.from({ length: 300 }, (_, i) => {
      const row = {
        cells: [cell(`Ressource ${i}`), cell(`${i % 24}\u00a0h`)],
      };
      Object.defineProperty(row, "minHeight", {
        get: () => {
          events.push(`row ${i}`);
          return undefined;
        },
      });
      return row;
    });
    const doc = {
      meta: golden("ch-kerbrat-fiches").meta,
      cover: [{ type: "title", text: "Essai" }],
      body: [
        {
          type: "table",
          header: [cell("Ressource"), cell("DMIA")],
          rows,
        },
      ],
    } as unknown as Document;
    const laid = layoutDocument(doc, { finish: () => events.push("page") });
    expect(laid.pages.length).toBeGreaterThan(5);
    // The first row is measured twice (keep-with-next asks for it first): once, kept.
    expect(events.filter((e) => e === "row 0")).toHaveLength(1);
    // Every page but the last two is handed over before the last row is measured.
    const handedBeforeLastRow = events.slice(0, events.indexOf("row 299")).filter((e) => e === "page");
    expect(handedBeforeLastRow.length).toBeGreaterThanOrEqual(laid.pages.length - 2);
    expect(events.indexOf("page")).toBeLessThan(events.indexOf("row 100"));
  });
});
