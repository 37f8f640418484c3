/**
 * docs/documents.md cannot drift from what pcapra prints: every heading of every golden document
 * model matches a line of that document's outline in docs/documents.md (fixed text literally,
 * `5.n <scenario.title>`-style lines as patterns), in the outline's order.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Document } from "../../src/doc/model.js";
import { root } from "../cli/helpers.js";

const doc = readFileSync(join(root, "docs/documents.md"), "utf8");

/** The outline block (first fenced block) of the `## <section>` of docs/documents.md, as patterns. */
function outline(section: string): RegExp[] {
  const start = doc.indexOf(`\n## ${section} `);
  if (start < 0) throw new Error(`section absente de docs/documents.md : ${section}`);
  const block = /```\n([\s\S]*?)```/.exec(doc.slice(start))?.[1] ?? "";
  return block
    .split("\n")
    .map((line) => line.trim().split(/\s{2,}/)[0])
    .filter((line) => line !== "")
    .map((line) => {
      const [number, ...rest] = line.split(" ");
      const num = /^[\dnm.]+$/.test(number) ? number.replace(/\./g, "\\.").replace(/[nm]/g, "\\d+") : null;
      const title = (num === null ? line : rest.join(" "))
        .split(/<[^>]+>/)
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
        .join(".+");
      return new RegExp(`^${num === null ? "" : num + " "}${title}$`);
    });
}

const cases: [string, string][] = [
  ["ch-kerbrat-pca", "2"],
  ["ch-kerbrat-pra", "3"],
  ["ehpad-les-tilleuls-psca", "4"],
  ["ch-kerbrat-fiches", "5"],
  ["ehpad-les-tilleuls-fiches", "5"],
  ["ch-kerbrat-binder", "6"],
  ["ehpad-les-tilleuls-binder", "6"],
];

describe("docs/documents.md outlines", () => {
  it.each(cases)("%s: every heading is in the outline of §%s, in order", (golden, section) => {
    const model = JSON.parse(readFileSync(join(root, "tests/golden", `${golden}.json`), "utf8")) as Document;
    const patterns = outline(section);
    const headings = model.body.flatMap((b) => (b.type === "heading" ? [b.text] : []));
    expect(headings.length).toBeGreaterThan(5);
    // Fixed lines keep the outline's order; per-item lines (`6.n`, `6.n.m`) repeat in turn.
    let at = 0;
    for (const h of headings) {
      const i = patterns.findIndex((p, k) => k >= at && p.test(h));
      expect(i, `« ${h} » absent de l’outline de docs/documents.md §${section} (ou hors d’ordre)`).toBeGreaterThanOrEqual(0);
      if (!patterns[i].source.includes("\\d+")) at = i;
    }
  });

  it("the patterns reject a heading the outline does not have", () => {
    const patterns = outline("3");
    expect(patterns.some((p) => p.test("4.2 Tableau de l’ordre de reprise"))).toBe(true);
    expect(patterns.some((p) => p.test("5.3 Baie de stockage"))).toBe(true);
    expect(patterns.some((p) => p.test("4.9 Chapitre inventé"))).toBe(false);
    expect(patterns.some((p) => p.test("Annexe Z – Inventée"))).toBe(false);
  });
});
