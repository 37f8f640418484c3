/** `pcapra exercise` as a user runs it: JSON form, deterministic files, user templates. */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { docxHeadings, tempDir } from "../build/helpers.js";
import { cli } from "../cli/helpers.js";
import { ch } from "./helpers.js";

describe("pcapra exercise", () => {
  it("--format json: keys in the order of docs/exercise.md, nothing written", async () => {
    const cwdBefore = readdirSync(".").sort();
    const r = await cli(["exercise", ch, "--scenario", "perte-batiment-a", "--format", "json"]);
    expect(r.code).toBe(0);
    const kit = JSON.parse(r.stdout);
    expect(Object.keys(kit)).toEqual(["scenario", "level", "start", "playMinutes", "stimuli"]);
    for (const s of kit.stimuli) {
      expect(Object.keys(s)).toEqual([
        "n",
        "kind",
        "simulatedMinutes",
        "gameMinutes",
        "clock",
        "subject",
        "sender",
        "recipient",
        "channel",
        "message",
        "expected",
        "findings",
      ]);
      for (const f of s.findings) expect(Object.keys(f)).toEqual(["code", "subject"]);
    }
    expect(readdirSync(".").sort()).toEqual(cwdBefore);
  });

  it("without a planned exercise of the scenario, the level is intermediate (3 h)", async () => {
    const r = await cli([
      "exercise",
      "tests/exercise/fixtures/weak.yaml",
      "--scenario",
      "cyber",
      "--format",
      "json",
    ]);
    expect(r.code, r.stderr).toBe(0);
    const kit = JSON.parse(r.stdout);
    expect([kit.level, kit.playMinutes]).toEqual(["intermediate", 150]);
  });

  it("the same plan gives the same bytes, and only the kit is written", async () => {
    const a = tempDir("exercise-det-a");
    const b = tempDir("exercise-det-b");
    writeFileSync(join(b, "notes.txt"), "à garder");
    for (const out of [a, b]) {
      const r = await cli(["exercise", ch, "--scenario", "cyberattaque", "--format", "docx", "--out", out]);
      expect(r.code, r.stderr).toBe(0);
    }
    const name = "290000017-exercise-cyberattaque-v2.1.docx";
    expect(readdirSync(a)).toEqual([name]);
    expect(readdirSync(b).sort()).toEqual([name, "notes.txt"]);
    expect(readFileSync(join(a, name)).equals(readFileSync(join(b, name)))).toBe(true);
  });

  it("--templates replaces exercise.hbs by file name; a template error exits 2 and writes nothing", async () => {
    const templates = tempDir("exercise-tpl");
    writeFileSync(
      join(templates, "exercise.hbs"),
      "{{> cover common.cover}}\n\n# Mon exercice\n\n{{#each cards}}\n## {{heading}}\n\n{{/each}}\n",
    );
    const out = tempDir("exercise-tpl-out");
    const r = await cli([
      "exercise",
      ch,
      "--scenario",
      "cyberattaque",
      "--level",
      "beginner",
      "--format",
      "docx",
      "--out",
      out,
      "--templates",
      templates,
    ]);
    expect(r.code, r.stderr).toBe(0);
    const headings = docxHeadings(r.stdout.trim());
    expect(headings[0]).toBe("# 1 Mon exercice");
    // The cards are numbered under the template's own chapter (src/doc/numbering.ts).
    expect(headings.slice(1)).toHaveLength(7);
    headings
      .slice(1)
      .forEach((h, i) => expect(h).toMatch(new RegExp(`^## 1\\.${i + 1} Stimulus ${i + 1} – `)));

    // Another folder: compiled templates are cached per folder for the life of the process.
    const broken = tempDir("exercise-tpl-broken");
    writeFileSync(join(broken, "exercise.hbs"), "# {{champInconnu}}\n");
    const bad = join(tempDir("exercise-tpl-bad"), "out");
    const e = await cli([
      "exercise",
      ch,
      "--scenario",
      "cyberattaque",
      "--format",
      "docx",
      "--out",
      bad,
      "--templates",
      broken,
    ]);
    expect(e.code).toBe(2);
    expect(e.stderr).toContain("exercise.hbs");
    mkdirSync(bad, { recursive: true });
    expect(readdirSync(bad)).toEqual([]);
  });
});
