/**
 * LibreOffice 7.4 silently dropped table rows of our DOCX (found on generated plans: fiche 5.106 of
 * the seed-1 PRA, 5.166 of the CHU PRA). The reduced case: a table whose first row is kept whole
 * (`w:cantSplit`) and fits at the foot of a page only without its bottom rule (the 0.5 pt
 * `insideH`, which LibreOffice charges to the row below, so one of its checks counts it and
 * another does not). In that 10-twip window every row after the first vanished from the PDF: no
 * heading, section, `tblHeader`, `vMerge` or keep-with-next was needed. A one-line row cannot
 * break anyway, so the writer now keeps `w:cantSplit` for rows that can (row-lines.ts), and
 * LibreOffice lays the table out whole. Here a spacer (a row of fixed height, twips) pushes a
 * key–value table down through that window, two twips at a time, all converted in one call.
 * Gated by tests/helpers/tools.ts.
 */
import { describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import type { Document, TableCell } from "../../src/doc/model.js";
import { renderDocx } from "../../src/render/docx/index.js";
import { libreOfficeConvert, toolsAvailable } from "../helpers/tools.js";

const run = promisify(execFile);
const cell = (text: string): TableCell => ({ inlines: [{ type: "text", text }] });
const ROWS = [
  ["Identifiant", "fac-0001"],
  ["Type", "Locaux"],
  ["Rang", "Non classée"],
  ["Dernière ligne", "fin"],
];

/** A spacer of `twips` (a one-cell row of that minimum height), then the key–value table. */
function doc(twips: number): Document {
  return {
    meta: {
      title: "Lignes",
      author: "pcapra",
      subject: "Test",
      keywords: "test",
      language: "fr-FR",
      date: "2026-03-15",
      header: { left: "En-tête", right: "Diffusion restreinte" },
      footer: { left: "Pied", centre: "FINESS 290000017" },
    },
    cover: [],
    body: [
      { type: "table", rows: [{ cells: [cell("Espace")], minHeight: twips / 20 }] },
      { type: "table", keyValue: true, rows: ROWS.map(([k, v]) => ({ cells: [cell(k), cell(v)] })) },
    ],
  };
}

// LibreOffice 7.4.7 lost the rows from 13,984 to 13,992 twips (before the fix); the first row
// moves to page 2 at 13,994. The sweep spans that with room either side.
const SPACERS = Array.from({ length: 41 }, (_, i) => 13_950 + 2 * i);

describe.runIf(toolsAvailable("soffice", "pdftotext"))("LibreOffice keeps every table row", () => {
  it("prints every row of a table whose first row ends a page by a hair", { timeout: 170_000 }, async () => {
    const dir = await mkdtemp(join(tmpdir(), "pcapra-lo-rows-"));
    try {
      const files = await Promise.all(
        SPACERS.map(async (twips) => {
          const file = join(dir, `rows-${twips}.docx`);
          await writeFile(file, await renderDocx(doc(twips)));
          return file;
        }),
      );
      await libreOfficeConvert(files, dir, join(dir, "profile"));
      const onFirstPage: boolean[] = [];
      for (const twips of SPACERS) {
        const pdf = join(dir, `rows-${twips}.pdf`);
        const { stdout: all } = await run("pdftotext", ["-layout", pdf, "-"]);
        for (const [k, v] of ROWS)
          expect(all, `${k} (espace de ${twips} twips)`).toMatch(new RegExp(`${k} +${v}`));
        const { stdout: first } = await run("pdftotext", ["-f", "1", "-l", "1", pdf, "-"]);
        onFirstPage.push(first.includes("Identifiant"));
      }
      // The sweep crosses the page foot: the first row starts on page 1, then moves to page 2.
      expect(onFirstPage[0]).toBe(true);
      expect(onFirstPage[onFirstPage.length - 1]).toBe(false);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
