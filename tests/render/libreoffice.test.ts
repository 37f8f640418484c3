/**
 * Interop: LibreOffice opens the DOCX and prints it. Needs `soffice` and `pdftotext`: the test
 * fails in CI when they are missing, and is skipped elsewhere.
 */
import { describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { renderDocx } from "../../src/render/docx/index.js";
import { libreOfficeConvert, toolsAvailable } from "../helpers/tools.js";
import { fixtureDocument } from "./fixture.js";

const run = promisify(execFile);

function convert(docx: string, outDir: string, format: string, profile: string): Promise<void> {
  return libreOfficeConvert([docx], outDir, profile, { format });
}

describe.runIf(toolsAvailable("soffice", "pdftotext"))("LibreOffice", () => {
  it("prints the French text, the Sommaire pages and the running footer", async () => {
    const dir = await mkdtemp(join(tmpdir(), "pcapra-lo-"));
    try {
      const file = join(dir, "plan.docx");
      await writeFile(file, await renderDocx(fixtureDocument()));
      // Two conversions at once, each with its own profile (a profile is locked while in use).
      await Promise.all([
        convert(file, join(dir, "pdf"), "pdf", join(dir, "profile-pdf")),
        convert(file, join(dir, "txt"), "txt:Text (encoded):UTF8", join(dir, "profile-txt")),
      ]);
      const { stdout: pdf } = await run("pdftotext", ["-layout", join(dir, "pdf", "plan.pdf"), "-"]);
      for (const s of [
        "Plan de reprise d’activité",
        "Le cœur du plan",
        "Bâtiment A ☐",
        "Bâtiment **B** | {{x}}",
        "Œuvre",
        "1.1 Établissements concernés",
        "FINESS 290000017",
        "Page 2 / 7",
        "Page 7 / 7",
      ]) {
        expect(pdf).toContain(s);
      }
      // The Sommaire shows the cached page numbers without any field update.
      expect(pdf).toMatch(/2 Tableaux\.+ 4/);
      expect(pdf).toMatch(/Annexe A – Annuaire de crise\.+ 7/);
      // The cover has no running footer.
      expect(pdf.split("\f")[0]).not.toContain("Page ");
      // pdftotext turns U+00A0 and U+202F into spaces: the exact characters are checked on
      // LibreOffice's own text export of the same DOCX.
      const txt = await readFile(join(dir, "txt", "plan.txt"), "utf8");
      for (const s of [
        "plan\u00a0: reprendre",
        "4\u00a0h",
        "prêt\u202f?",
        "délai\u202f;",
        "15\u00a0mars 2026",
        "☐",
        "œ",
      ]) {
        expect(txt).toContain(s);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
