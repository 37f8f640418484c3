/**
 * `pcapra build` and the PDF, through the real CLI: a character the PDF font cannot draw stops
 * the build with its code point, its text and its place in the plan (nothing written); the
 * fiches the PDF sets on more than one page are reported on stderr, matching the page counts
 * read back from the PDF outline (mutool, so fails in CI without it); only the asked format is
 * written.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../../build/helpers.js";
import { toolsAvailable } from "../../helpers/tools.js";
import { cli, root } from "../../cli/helpers.js";
import { pdfOutline, pdfPageTexts } from "./read-back.js";

const T = 120_000;

describe("pcapra build --format pdf", () => {
  it(
    "refuses a character the font cannot draw, naming it and where the plan holds it",
    async () => {
      const dir = tempDir("glyph");
      const source = readFileSync(join(root, "examples/ehpad-les-tilleuls.yaml"), "utf8");
      const plan = join(dir, "plan.yaml");
      writeFileSync(
        plan,
        source.replace("  name: EHPAD Les Tilleuls", "  name: EHPAD Les Tilleuls \u{1F691}"),
      );
      const out = join(dir, "out");
      const r = await cli(["build", plan, "--out", out, "--doc", "psca"]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain("U+1F691");
      expect(r.stderr).toContain("EHPAD Les Tilleuls \u{1F691}");
      expect(r.stderr).toContain(`${plan}:12:`);
      expect(r.stdout).toBe("");
      // DOCX alone has no font to embed: it is built.
      const docx = await cli(["build", plan, "--out", out, "--doc", "psca", "--format", "docx"]);
      expect(docx.code).toBe(0);
      expect(readdirSync(out)).toEqual(["350000048-psca-v1.2.docx"]);
    },
    T,
  );

  it(
    "reports each fiche its PDF sets on more than one page, as the PDF outline shows",
    async () => {
      const available = toolsAvailable("mutool") && toolsAvailable("pdftotext");
      if (!available) return;
      const out = tempDir("fiches-pdf");
      const r = await cli([
        "build",
        "examples/ch-kerbrat",
        "--out",
        out,
        "--doc",
        "fiches",
        "--format",
        "pdf",
      ]);
      expect(r.code, r.stderr).toBe(0);
      expect(readdirSync(out)).toEqual(["290000017-fiches-v2.1.pdf"]);
      const file = join(out, "290000017-fiches-v2.1.pdf");
      const total = (await pdfPageTexts(file)).length;
      const fiches = (await pdfOutline(file)).filter((o) => /^# /.test(o.line));
      const expected = fiches
        .map((f, i) => ({
          title: f.line.replace(/^# \d+ /, ""),
          pages: (i + 1 < fiches.length ? fiches[i + 1].page : total + 1) - f.page,
        }))
        .filter((f) => f.pages > 1)
        .map(
          (f) =>
            `pcapra build\u00a0: la fiche «\u00a0${f.title}\u00a0» occupe ${f.pages} pages\u00a0: raccourcissez ses actions ou son matériel.`,
        );
      const reported = r.stderr.split("\n").filter((l) => l.includes("la fiche «"));
      expect(reported).toEqual(expected);
    },
    T,
  );
});
