/**
 * Stress documents on the PDF layout (positioned pages, before painting): a 300-row table spans
 * pages with its header repeated, a 5,000-character paragraph and a cell taller than a page break
 * cleanly, a 200-character word is broken rather than overflowing; odd-page breaks insert a
 * blank page with its sentence; a landscape section; a heading never ends a page.
 */
import { describe, expect, it } from "vitest";
import type { Block, Document, Inline, TableCell } from "../../../src/doc/model.js";
import { layoutDocument, type LaidOutDocument } from "../../../src/render/pdf/index.js";
import { layoutProblems, pageLines } from "./layout-check.js";

const meta: Document["meta"] = {
  title: "Essai – Établissement",
  author: "Auteur",
  subject: "Version 1 du 1er mars 2026",
  keywords: "290000017",
  language: "fr-FR",
  date: "2026-03-01",
  header: { left: "Établissement d’essai", right: "Diffusion restreinte" },
  footer: { left: "PRA v1 – 1er mars 2026", centre: "FINESS 290000017" },
};
const text = (t: string): Inline[] => [{ type: "text", text: t }];
const cell = (t: string): TableCell => ({ inlines: text(t) });
const doc = (body: Block[]): Document => ({ meta, cover: [{ type: "title", text: "Essai" }], body });
const words = (n: number): string =>
  Array.from({ length: n }, (_, i) => ["reprise", "activité", "sauvegarde", "hôpital", "cœur"][i % 5]).join(
    " ",
  );

/** Every body run's text on each page, in order. */
const allText = (laid: LaidOutDocument): string =>
  laid.pages.map((_, i) => pageLines(laid, i).join("\n")).join("\n");

describe("PDF layout under stress", () => {
  it("spreads a 300-row table over pages, header repeated, rows whole", () => {
    const rows = Array.from({ length: 300 }, (_, i) => ({
      cells: [cell(`Ligne ${i + 1}`), cell(i % 7 === 0 ? words(40) : `valeur ${i + 1}`)],
    }));
    const laid = layoutDocument(
      doc([
        { type: "heading", level: 1, text: "1 Tableau", toc: true },
        { type: "table", header: [{ inlines: text("Clé") }, { inlines: text("Valeur") }], rows },
      ]),
    );
    expect(layoutProblems(laid)).toEqual([]);
    const body = laid.pages.slice(1);
    expect(body.length).toBeGreaterThan(5);
    for (const [i, page] of body.entries()) {
      // The first line of every page is the header row.
      expect(pageLines(laid, i + 1)[0], `page ${i + 2}`).toMatch(/^(1 Tableau|CléValeur)$/);
      expect(pageLines(laid, i + 1)).toContain("CléValeur");
      expect(page.runs.length).toBeGreaterThan(0);
    }
    // Each row's cells are on one page: `Ligne n` and `valeur n` share a page.
    for (let n = 1; n <= 300; n++) {
      if ((n - 1) % 7 === 0) continue;
      const page = laid.pages.findIndex((p) => p.runs.some((r) => r.text === `Ligne ${n}`));
      expect(
        laid.pages[page].runs.some((r) => r.text === `valeur ${n}`),
        `ligne ${n}`,
      ).toBe(true);
    }
    const all = allText(laid);
    for (let n = 1; n <= 300; n++) expect(all).toContain(`Ligne ${n}`);
  });

  it("breaks a 5,000-character paragraph across pages with no line lost", () => {
    const long = words(700);
    expect(long.length).toBeGreaterThan(5000);
    const laid = layoutDocument(
      doc([
        { type: "heading", level: 1, text: "1 Texte", toc: true },
        { type: "paragraph", inlines: text(long) },
        { type: "paragraph", inlines: text(long) },
      ]),
    );
    expect(layoutProblems(laid)).toEqual([]);
    const printed = laid.pages.flatMap((p) => p.runs.map((r) => r.text)).join(" ");
    expect(printed.replace(/\s+/g, " ")).toContain(long);
    expect(laid.pages.length).toBeGreaterThan(2);
  });

  it("splits a cell taller than a page between its lines, under the repeated header", () => {
    const tall = Array.from({ length: 120 }, (_, i) => `étape ${i + 1}`).join("\n");
    const laid = layoutDocument(
      doc([
        { type: "heading", level: 1, text: "1 Cellule", toc: true },
        {
          type: "table",
          header: [{ inlines: text("Ressource") }, { inlines: text("Étapes") }],
          rows: [{ cells: [cell("Serveur"), cell(tall)] }, { cells: [cell("Après"), cell("fin")] }],
        },
      ]),
    );
    expect(layoutProblems(laid)).toEqual([]);
    const all = laid.pages.flatMap((p) => p.runs.map((r) => r.text));
    for (let i = 1; i <= 120; i++) expect(all.filter((t) => t === `étape ${i}`)).toHaveLength(1);
    const pagesWithSteps = laid.pages.filter((p) => p.runs.some((r) => r.text.startsWith("étape")));
    expect(pagesWithSteps.length).toBeGreaterThan(1);
    for (const p of pagesWithSteps) expect(p.runs.some((r) => r.text === "Ressource")).toBe(true);
  });

  it("breaks a 200-character word without a break opportunity inside the line", () => {
    const word = "x".repeat(200);
    const laid = layoutDocument(
      doc([
        { type: "paragraph", inlines: text(`avant ${word} après`) },
        { type: "table", rows: [{ cells: [cell("Clé"), cell(word)] }], widths: [1, 1] },
      ]),
    );
    expect(layoutProblems(laid)).toEqual([]);
    // Cut over several lines, every character kept, each line inside the area (layoutProblems).
    const runs = laid.pages[1].runs.filter((r) => r.text.includes("x"));
    expect(runs.length).toBeGreaterThan(4);
    expect(runs.map((r) => r.text.replace(/[^x]/g, "")).join("").length).toBe(400);
  });

  it("cuts an e-mail address too long for its cell after @, ., / or -", () => {
    const mail = "secretariat.direction.generale@ehpad-les-tilleuls.example.org";
    const laid = layoutDocument(
      doc([{ type: "table", rows: [{ cells: [cell("Courriel"), cell(mail)] }], widths: [5, 1] }]),
    );
    expect(layoutProblems(laid)).toEqual([]);
    const pieces = pageLines(laid, 1).map((l) => l.replace(/^Courriel/, ""));
    expect(pieces.join("")).toBe(mail);
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces.slice(0, -1)) expect(p, pieces.join(" | ")).toMatch(/[@./-]$/);
  });

  it("starts an odd part on an odd page, the page left blank saying so with only the footer", () => {
    const laid = layoutDocument(
      doc([
        { type: "heading", level: 1, text: "1 Un", toc: true },
        { type: "paragraph", inlines: text("texte") },
        { type: "pagebreak", odd: true },
        { type: "heading", level: 1, text: "2 Deux", toc: true },
        { type: "paragraph", inlines: text("texte") },
        { type: "pagebreak", odd: true },
        { type: "heading", level: 1, text: "3 Trois", toc: true },
      ]),
    );
    expect(layoutProblems(laid)).toEqual([]);
    expect(laid.pages.map((p) => p.role)).toEqual(["cover", "body", "body", "blank", "body"]);
    expect(pageLines(laid, 3)).toEqual(["Page laissée blanche intentionnellement"]);
    const running = laid.pages[3].running.map((r) => r.text).join("|");
    expect(running).toContain("Page 4 / 5");
    expect(running).not.toContain(meta.header.left);
    expect(laid.headings.map((h) => h.page + 1)).toEqual([2, 3, 5]);
  });

  it("sets the pages of a landscape section in landscape, then back to portrait", () => {
    const laid = layoutDocument(
      doc([
        { type: "heading", level: 1, text: "1 Portrait", toc: true },
        { type: "section", orientation: "landscape" },
        { type: "heading", level: 1, text: "Annexe A – Annuaire", toc: true },
        { type: "paragraph", inlines: text("large") },
        { type: "section", orientation: "portrait" },
        { type: "heading", level: 1, text: "Annexe B – Suite", toc: true },
      ]),
    );
    expect(layoutProblems(laid)).toEqual([]);
    expect(laid.pages.map((p) => p.width > p.height)).toEqual([false, false, true, false]);
  });

  it("never leaves a heading last on its page", () => {
    const filler = Array.from(
      { length: 40 },
      () => ({ type: "paragraph", inlines: text(words(12)) }) as Block,
    );
    for (let k = 0; k < 12; k++) {
      const body: Block[] = [
        { type: "heading", level: 1, text: "1 Début", toc: true },
        ...filler.slice(0, 30 + k),
        { type: "heading", level: 2, text: "1.1 Section", toc: true },
        { type: "heading", level: 3, text: "1.1.1 Sous-section", toc: false },
        { type: "paragraph", inlines: text(words(40)) },
      ];
      const laid = layoutDocument(doc(body));
      const h = laid.headings[1];
      const sub = laid.headings[2];
      expect(sub.page, `k = ${k}`).toBe(h.page);
      const after = laid.pages[sub.page].runs.filter((r) => r.y > sub.y + 1 && r.text.includes("reprise"));
      expect(after.length, `k = ${k}`).toBeGreaterThan(0);
    }
  });
});
