/**
 * The kit's PDF (docs/exercise.md): written next to the DOCX by default, from the same model;
 * its outline holds the same headings as the DOCX, nested; every card is one page of its own;
 * fonts embedded. Needs Poppler and MuPDF (fails on CI when missing, skips elsewhere).
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { docxHeadings, tempDir } from "../build/helpers.js";
import { toolsAvailable } from "../helpers/tools.js";
import { cli } from "../cli/helpers.js";
import { pdfInfo, pdfOutline, pdfPageTexts } from "../render/pdf/read-back.js";
import { ch, fixture, kitJson, type JsonKit } from "./helpers.js";

const tools = toolsAvailable("mutool") && toolsAvailable("pdftotext") && toolsAvailable("pdffonts");

describe.runIf(tools)("exercise kit PDF of the CH example", () => {
  let docx = "";
  let pdf = "";
  let stderr = "";
  let kit: JsonKit;

  beforeAll(async () => {
    const out = tempDir("exercise-pdf");
    const r = await cli(["exercise", ch, "--scenario", "cyberattaque", "--out", out]);
    expect(r.code, r.stderr).toBe(0);
    [docx, pdf] = r.stdout.trim().split("\n");
    stderr = r.stderr;
    kit = await kitJson(ch, "--scenario", "cyberattaque");
  }, 120_000);

  it("both formats by default, named after the scenario", () => {
    expect(docx).toMatch(/\/290000017-exercise-cyberattaque-v2\.1\.docx$/);
    expect(pdf).toMatch(/\/290000017-exercise-cyberattaque-v2\.1\.pdf$/);
    // No card was set on more than one page.
    expect(stderr).not.toContain("la carte du stimulus");
  });

  it("the outline holds the DOCX headings, nested by level", async () => {
    const outline = await pdfOutline(pdf);
    expect(outline.map((o) => o.line)).toEqual(docxHeadings(docx));
  });

  it("each card starts a page and the next card starts the next page", async () => {
    const outline = await pdfOutline(pdf);
    const cards = outline.filter((o) => /^## 4\.\d+ Stimulus /.test(o.line));
    expect(cards).toHaveLength(kit.stimuli.length);
    cards.slice(1).forEach((c, i) => expect(c.page, c.line).toBe(cards[i].page + 1));
    const grid = outline.find((o) => o.line === "# 5 Grille d’observation")!;
    expect(grid.page).toBe(cards.at(-1)!.page + 1);
    // What each card page says: its own stimulus and clock, its observation area.
    const pages = await pdfPageTexts(pdf);
    kit.stimuli.forEach((s, i) => {
      const text = pages[cards[i].page - 1];
      expect(text).toContain(`${s.clock} (T+`);
      expect(text).toContain("Observations");
    });
  });

  it("metadata and fonts", async () => {
    const info = await pdfInfo(pdf);
    expect(info.Title).toBe("Kit d’exercice de crise – Centre hospitalier de Kerbrat");
    const fonts = execFileSync("pdffonts", [pdf], { encoding: "utf8" })
      .split("\n")
      .slice(2)
      .filter((l) => l.trim());
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line, line).toMatch(/\byes\s+yes\s+yes\b/);
  });
});

describe.runIf(tools)("a card too long for one page", () => {
  it("is reported on standard error, the kit still written", async () => {
    const dir = tempDir("exercise-long");
    const long = Array.from(
      { length: 60 },
      (_, i) => `Phrase ${i + 1} d’une description bien trop longue pour une carte.`,
    ).join(" ");
    const plan = readFileSync(fixture("weak"), "utf8").replace(
      "    kind: it-outage\n",
      `    kind: it-outage\n    description: ${JSON.stringify(long)}\n`,
    );
    writeFileSync(join(dir, "plan.yaml"), plan);
    const r = await cli([
      "exercise",
      join(dir, "plan.yaml"),
      "--scenario",
      "cyber",
      "--format",
      "pdf",
      "--out",
      join(dir, "out"),
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/la carte du stimulus 1 occupe [2-9] pages/);
  });
});
