/**
 * The binder DOCX as LibreOffice prints it (docs/documents.md §1.1, §6): Annexe A… here chapter 4, the
 * directory, on landscape pages; every fiche on an odd page; the even pages left empty printing
 * only `Page laissée blanche intentionnellement` and the footer, as real pages of the file (not
 * pages LibreOffice would insert and leave out of the PDF). Needs soffice, pdftotext and pdfinfo:
 * fails in CI without them, skipped elsewhere.
 */
import { execFile } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import type { Heading } from "../../src/doc/model.js";
import { docxHeadings, tempDir } from "../build/helpers.js";
import { cli } from "../cli/helpers.js";
import { libreOfficeConvert, toolsAvailable } from "../helpers/tools.js";
import { headingPages, pdfPages, printedPageNumbers } from "../render/lo-pages.js";

const run = promisify(execFile);
const available = toolsAvailable("soffice") && toolsAvailable("pdftotext") && toolsAvailable("pdfinfo");
const BLANK = "Page laissée blanche intentionnellement";

let pages: string[] = [];
/** Width > height, per page (index 0 = page 1). */
let landscape: boolean[] = [];
let headings: Heading[] = [];
let pageOf: Map<Heading, number> = new Map();

describe.runIf(available)("binder through LibreOffice", () => {
  beforeAll(async () => {
    const out = tempDir("binder-lo");
    const r = await cli([
      "build",
      "examples/ch-kerbrat",
      "--doc",
      "binder",
      "--format",
      "docx",
      "--out",
      out,
    ]);
    expect(r.code, r.stderr).toBe(0);
    const docx = join(
      out,
      readdirSync(out).find((f) => f.endsWith(".docx"))!,
    );
    await libreOfficeConvert([docx], out, join(out, "profile"));
    const pdf = docx.replace(/\.docx$/, ".pdf");
    pages = await pdfPages(pdf);
    const { stdout } = await run("pdfinfo", ["-f", "1", "-l", String(pages.length), pdf]);
    landscape = [...stdout.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map(
      (m) => Number(m[1]) > Number(m[2]),
    );
    headings = docxHeadings(docx).map((line) => {
      const [, marks, text] = /^(#+) (.*)$/.exec(line)!;
      return { type: "heading", level: marks.length as 1 | 2 | 3, text, toc: true };
    });
    pageOf = headingPages(pages, headings);
  }, 180_000);

  it("prints every page it numbers: no page inserted by LibreOffice", () => {
    expect(pages.length).toBeGreaterThan(40);
    expect(printedPageNumbers(pages)).toEqual(pages.map((_, i) => i + 1));
  });

  it("sets the directory (chapter 4) on landscape pages, and only it", () => {
    const from = pageOf.get(headings.find((h) => h.text === "4 Annuaire de crise")!)!;
    const to = pageOf.get(headings.find((h) => h.text === "5 Fiches réflexes")!)!;
    expect(to - from).toBeGreaterThanOrEqual(1);
    expect(landscape).toHaveLength(pages.length);
    landscape.forEach((wide, i) => expect(wide, `page ${i + 1}`).toBe(i + 1 >= from && i + 1 < to));
    // Phones and e-mails of the directory are not cut: each is found whole on its line.
    const directory = pages.slice(from - 1, to - 1).join("\n");
    expect(directory).toContain("secretariat.direction@example.org");
    expect(directory).toMatch(/01 99 00 20 03/);
  });

  it("starts every fiche on an odd page", () => {
    const fiches = headings.filter((h) => /^[56]\.\d+ /.test(h.text));
    expect(fiches.length).toBeGreaterThan(10);
    for (const h of fiches) expect(pageOf.get(h)! % 2, h.text).toBe(1);
  });

  it("prints only the blank-page sentence and the footer on the pages left empty", () => {
    const blank = pages.filter((p) => p.includes(BLANK));
    expect(blank.length).toBeGreaterThan(0);
    for (const p of blank) {
      const lines = p
        .split("\n")
        .map((l) => l.trim())
        .filter((l) => l !== "");
      expect(lines).toHaveLength(2);
      expect(lines[0]).toBe(BLANK);
      expect(lines[1]).toMatch(/^Classeur v2\.1 – 15 mars 2026\s+FINESS 290000017\s+Page \d+ \/ \d+$/);
    }
    // Each is the even page before a fiche.
    pages.forEach((p, i) => {
      if (!p.includes(BLANK)) return;
      expect((i + 1) % 2, `page ${i + 1}`).toBe(0);
      expect(pages[i + 1]).toMatch(/\n\s*[56]\.\d+ /);
    });
  });
});
