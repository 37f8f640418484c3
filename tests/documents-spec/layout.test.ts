/**
 * Print layout, through LibreOffice (docs/documents.md §1.1, §1.5): no word of a table is cut between
 * two lines because its column is too narrow (e-mails and URLs aside: they may be broken), and no
 * heading or bold label ends a page. Needs `soffice` and `pdftotext`: fails in CI without them,
 * skipped elsewhere.
 */
import { execFile } from "node:child_process";
import { readdirSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { analyzeLoaded, analyzePlan } from "../../src/analyze.js";
import { buildDocuments } from "../../src/build/index.js";
import { loadPlanText } from "../../src/plan/load.js";
import { libreOfficeConvert, toolsAvailable } from "../helpers/tools.js";
import { paras, unzipDocx } from "./docx.js";
import { fullPlan } from "./plans.js";

const run = promisify(execFile);
const available = toolsAvailable("soffice", "pdftotext");

/** Words of the DOCX (split at spaces only: U+00A0-joined durations and dates stay whole). */
function docxWords(docx: string): Set<string> {
  const parts = unzipDocx(docx);
  const words = new Set<string>();
  for (const [name, xml] of Object.entries(parts)) {
    if (!name.startsWith("word/")) continue;
    for (const p of paras(xml))
      for (const w of p.text.split(/[ \t\n]+/)) {
        if (w === "") continue;
        words.add(w);
        for (const piece of w.split(/[\u00a0\u202f]|(?<=-)/)) words.add(piece);
      }
  }
  return words;
}

/** Fragments of the PDF text (page 3 on) that are a cut piece of a longer DOCX word. */
function cutWords(pdfText: string, words: Set<string>): string[] {
  const long = [...words].filter((w) => w.length > 2 && !/@|:\/\//.test(w));
  const cut: string[] = [];
  pdfText
    .split("\f")
    .slice(2)
    .forEach((page) => {
      for (const w of page.split(/[\s\u00a0\u202f]+/)) {
        if (w === "" || words.has(w) || /\.\.|^\d+\.?$/.test(w) || w === "•") continue;
        if (long.some((t) => t !== w && (t.startsWith(w) || t.endsWith(w)))) cut.push(w);
      }
    });
  return cut;
}

describe.runIf(available)("layout in LibreOffice", () => {
  it("no cut words in tables, no heading or label at the foot of a page", async () => {
    const dir = await mkdtemp(join(tmpdir(), "pcapra-spec-layout-"));
    const analyzeFull = async (_p: string, o: { scenario?: string | null }) =>
      analyzeLoaded(loadPlanText(fullPlan, "plan.yaml"), o);
    await buildDocuments(
      { path: "plan.yaml", outDir: join(dir, "full"), docs: ["pra", "psca", "fiches"], formats: ["docx"] },
      analyzeFull,
    );
    await buildDocuments(
      { path: "examples/ch-kerbrat", outDir: join(dir, "kerbrat"), docs: ["pra"], formats: ["docx"] },
      analyzePlan,
    );
    const files = ["full", "kerbrat"].flatMap((d) => readdirSync(join(dir, d)).map((f) => join(dir, d, f)));
    await libreOfficeConvert(files, join(dir, "pdf"), join(dir, "profile"));
    for (const docx of files) {
      const pdf = join(
        dir,
        "pdf",
        docx
          .split("/")
          .pop()!
          .replace(/\.docx$/, ".pdf"),
      );
      const { stdout } = await run("pdftotext", ["-layout", pdf, "-"], { maxBuffer: 64 * 1024 * 1024 });
      expect(cutWords(stdout, docxWords(docx)), docx).toEqual([]);
      const parts = unzipDocx(docx);
      const keep = new Set(
        paras(parts["word/document.xml"])
          .filter((p) => /^(Heading[1-3]|Label)$/.test(p.style ?? ""))
          .map((p) => p.text),
      );
      stdout.split("\f").forEach((page, i) => {
        const lines = page
          .split("\n")
          .map((l) => l.trim())
          .filter((l) => l !== "");
        // The last line is the footer; the one above it ends the page's body.
        if (lines.length >= 2) expect(keep.has(lines[lines.length - 2]), `${docx} page ${i + 1}`).toBe(false);
      });
    }
  });
});
