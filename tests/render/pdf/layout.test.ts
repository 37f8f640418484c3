/**
 * The PDF layout on the example documents (golden models): positioned pages checked before any
 * painting — boxes inside the printable area, no overlap, the cover without running header and
 * footer, `Page X / Y` on every other page, headings in body order, never last on their page.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Document, Heading } from "../../../src/doc/model.js";
import { layoutDocument } from "../../../src/render/pdf/index.js";
import { layoutProblems } from "./layout-check.js";

const golden = (name: string): Document =>
  JSON.parse(readFileSync(join(__dirname, "../../golden", `${name}.json`), "utf8")) as Document;

const names = [
  "ch-kerbrat-pca",
  "ch-kerbrat-pra",
  "ch-kerbrat-fiches",
  "ehpad-les-tilleuls-psca",
  "ehpad-les-tilleuls-fiches",
];

describe("PDF layout of the example documents", () => {
  for (const name of names) {
    it(`${name}: every box inside its area, no overlap, running header and footer`, () => {
      const doc = golden(name);
      const laid = layoutDocument(doc);
      expect(layoutProblems(laid)).toEqual([]);
      expect(laid.pages[0].role).toBe("cover");
      expect(laid.pages[0].running).toEqual([]);
      const total = laid.pages.length;
      laid.pages.slice(1).forEach((page, i) => {
        const text = page.running.map((r) => r.text).join("|");
        expect(text).toContain(`Page ${i + 2} / ${total}`);
        expect(text).toContain(doc.meta.footer.left);
      });
      const headings = doc.body.filter((b): b is Heading => b.type === "heading");
      expect(laid.headings.map((h) => h.heading)).toEqual(headings);
      for (const h of laid.headings) {
        const page = laid.pages[h.page];
        // Something of the body follows the heading on its page (keep-with-next).
        const below = page.runs.filter((r) => r.y > h.y + 1 && !h.heading.text.includes(r.text));
        expect(below.length, `${h.heading.text} seul en bas de la page ${h.page + 1}`).toBeGreaterThan(0);
        if (h.heading.level === 1) expect(h.y).toBe(page.area.y);
      }
    });
  }
});
