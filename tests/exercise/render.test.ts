/**
 * The CH kit through LibreOffice (DOCX → PDF): each stimulus card fits on one page of its own,
 * the chronogram and grid come out whole. Needs `soffice` and `pdftotext`: a missing tool fails on
 * CI (CI=true) and skips elsewhere (tests/cli/helpers.ts requireTool).
 */
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../build/helpers.js";
import { cli } from "../cli/helpers.js";
import { libreOfficeConvert, toolsAvailable } from "../helpers/tools.js";
import { ch, kitJson, type JsonKit } from "./helpers.js";

const T = 600_000;
const tools = toolsAvailable("soffice") && toolsAvailable("pdftotext");

describe.runIf(tools)("CH exercise kit rendered by LibreOffice", () => {
  const out = tempDir("exercise-render");
  const profile = tempDir("exercise-lo");
  let pages: string[] = [];
  let kit: JsonKit;

  beforeAll(async () => {
    const r = await cli(["exercise", ch, "--scenario", "cyberattaque", "--format", "docx", "--out", out]);
    expect(r.code, r.stderr).toBe(0);
    const docx = r.stdout.trim();
    await libreOfficeConvert([docx], out, profile, { timeout: T });
    const text = execFileSync(
      "pdftotext",
      ["-enc", "UTF-8", "-layout", docx.replace(/\.docx$/, ".pdf"), "-"],
      {
        encoding: "utf8",
      },
    );
    pages = text.split("\f");
    kit = await kitJson(ch, "--scenario", "cyberattaque");
  }, T);

  afterAll(() => rmSync(profile, { recursive: true, force: true }));

  /** Index of the page whose body starts with `heading` (the Sommaire lists it too, with dots). */
  const pageOf = (heading: string) =>
    pages.findIndex((p) => p.split("\n").some((line) => line.trim() === heading));

  it("each card is one page: card n on page p, card n + 1 on page p + 1, the grid right after", () => {
    const cardPages = kit.stimuli.map((s) => {
      const page = pages.findIndex(
        (p) => new RegExp(`^\\s*4\\.${s.n} Stimulus ${s.n} – `, "m").test(p) && !/\.{5}/.test(p),
      );
      expect(page, `carte ${s.n}`).toBeGreaterThan(0);
      return page;
    });
    cardPages.slice(1).forEach((p, i) => expect(p, `carte ${i + 2}`).toBe(cardPages[i] + 1));
    expect(pageOf("5 Grille d’observation")).toBe(cardPages.at(-1)! + 1);
    // Every card page ends with its observation area and its footer: nothing spills over.
    for (const p of cardPages) expect(pages[p]).toMatch(/Observations[\s\S]*Page \d+ \/ \d+/);
  });

  it("the chronogram lists every stimulus with its clock", () => {
    const start = pageOf("3 Chronogramme");
    const end = pageOf("4 Stimuli");
    const chrono = pages.slice(start, end).join("\n");
    for (const s of kit.stimuli) expect(chrono).toMatch(new RegExp(`^\\s*${s.n}\\s+${s.clock} \\(T\\+`, "m"));
  });
});
