/**
 * docs/documents.md §5: a fiche is written to fit one A4 page. Both examples are built through the
 * real CLI, DOCX and PDF: `build` reports no fiche over one page (its PDF layout), the PDF outline
 * read back with mutool puts each fiche on the page after the previous one, and the DOCX Sommaire
 * (page numbers from the page estimate) lists consecutive pages. mutool is gated by
 * tests/cli/helpers.ts (fails in CI when missing).
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { documentXml, paragraphs, tempDir } from "../build/helpers.js";
import { toolsAvailable } from "../helpers/tools.js";
import { cli } from "../cli/helpers.js";
import { pdfOutline, pdfPageTexts } from "../render/pdf/read-back.js";

const T = 180_000;

/** Page numbers the DOCX Sommaire prints, in order (the number after the dot leader). */
function docxTocPages(file: string): number[] {
  return paragraphs(documentXml(file))
    .filter((p) => p.style === "TOC1")
    .map((p) => Number(/(\d+)$/.exec(p.text)?.[1]));
}

describe.each(["examples/ch-kerbrat", "examples/ehpad-les-tilleuls.yaml"])("fiches of %s", (plan) => {
  it(
    "each fit one page, in the PDF and in the DOCX",
    async () => {
      const out = tempDir("fiches-one-page");
      const r = await cli(["build", plan, "--out", out, "--doc", "fiches", "--format", "docx,pdf"]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).not.toContain("occupe");
      const files = readdirSync(out);
      const pdf = join(
        out,
        files.find((f) => f.endsWith(".pdf"))!,
      );
      const docx = join(
        out,
        files.find((f) => f.endsWith(".docx"))!,
      );

      const toc = docxTocPages(docx);
      expect(toc.length).toBeGreaterThan(1);
      expect(toc.every((n) => Number.isInteger(n))).toBe(true);
      expect(toc).toEqual(toc.map((_, i) => toc[0] + i));

      if (!toolsAvailable("mutool") || !toolsAvailable("pdftotext")) return;
      const total = (await pdfPageTexts(pdf)).length;
      const starts = (await pdfOutline(pdf)).filter((o) => /^# /.test(o.line)).map((o) => o.page);
      expect(starts.length).toBe(toc.length);
      // Each fiche starts right after the previous one, and the last one is the last page.
      expect([...starts, total + 1]).toEqual([...starts, total + 1].map((_, i) => starts[0] + i));
    },
    T,
  );
});
