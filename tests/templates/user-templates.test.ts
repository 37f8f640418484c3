/**
 * A user's templates folder (`--templates`, docs/templates.md): the template says the structure and
 * pcapra numbers it (src/doc/numbering.ts), and a block error names the user's file and line
 * (src/templates/positions.ts → src/doc/source.ts), through the real command line.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyzePlan } from "../../src/analyze.js";
import { buildDocuments, composeDocument, viewInput } from "../../src/build/index.js";
import type { Block } from "../../src/doc/model.js";
import { docxHeadings, tempDir } from "../build/helpers.js";
import { bin } from "../cli/helpers.js";

const kerbrat = "examples/ch-kerbrat";
const tilleuls = "examples/ehpad-les-tilleuls.yaml";
const T = 120_000;

const headingLines = (blocks: Block[]): string[] =>
  blocks.flatMap((b) => (b.type === "heading" ? [`${"#".repeat(b.level)} ${b.text}`] : []));

/** Numbers dense by level (`1`, `1.1`, `1.2`, `2`…), annexes lettered in order: the rule of §1.1. */
function expectDense(lines: string[]): void {
  const counters = [0, 0, 0];
  let annexes = 0;
  for (const line of lines) {
    const [, hashes, text] = /^(#+) (.*)$/.exec(line)!;
    const level = hashes.length;
    const annex = /^Annexe ([A-Z]) – /.exec(text);
    if (annex) {
      expect(annex[1], line).toBe(String.fromCharCode(65 + annexes++));
      continue;
    }
    counters[level - 1]++;
    counters.fill(0, level);
    expect(text.startsWith(`${counters.slice(0, level).join(".")} `), line).toBe(true);
  }
}

/** The bundled pra.hbs with chapter 5 (Fiches de restauration) moved before chapter 4. */
function praWithChapter5First(): string {
  const bundled = readFileSync("templates/pra.hbs", "utf8");
  const four = bundled.indexOf("# Ordre de reprise\n");
  const five = bundled.indexOf("# Fiches de restauration\n");
  const six = bundled.indexOf("# Sauvegardes\n");
  expect([four, five, six].every((i) => i > 0) && four < five && five < six).toBe(true);
  return bundled.slice(0, four) + bundled.slice(five, six) + bundled.slice(four, five) + bundled.slice(six);
}

describe("a user template that reorders chapters", () => {
  it(
    "moving PRA chapter 5 before chapter 4 renumbers both, densely, in the model and the DOCX",
    async () => {
      const dir = tempDir("reorder");
      const templates = join(dir, "modeles");
      mkdirSync(templates);
      writeFileSync(join(templates, "pra.hbs"), praWithChapter5First());

      const analysis = await analyzePlan(kerbrat, { scenario: null });
      const input = viewInput(kerbrat, { ...analysis, plan: analysis.plan!, recovery: analysis.recovery!, map: analysis.map! }, null);
      const bundled = headingLines(composeDocument("pra", input).body);
      const moved = headingLines(composeDocument("pra", input, templates).body);

      expectDense(moved);
      const chapters = moved.filter((h) => /^# \d/.test(h));
      expect(chapters.slice(2, 6)).toEqual([
        "# 3 Organisation de la reprise",
        "# 4 Fiches de restauration",
        "# 5 Ordre de reprise",
        "# 6 Sauvegardes",
      ]);
      // Every sub-heading followed its chapter: bundled 5.n is now 4.n, bundled 4.x.y is now 5.x.y.
      const renumber = (h: string): string =>
        h.replace(/^(#+) ([45])((?:\.\d+)*) /, (_m, hashes: string, n: string, rest: string) => `${hashes} ${n === "4" ? 5 : 4}${rest} `);
      expect([...moved].sort()).toEqual(bundled.map(renumber).sort());
      const firstSheet = bundled.find((h) => h.startsWith("## 5.1 "))!;
      expect(moved).toContain(firstSheet.replace("## 5.1 ", "## 4.1 "));
      expect(moved).toContain("## 5.2 Tableau de l’ordre de reprise");
      expect(moved.some((h) => /^### 5\.5\.1 /.test(h))).toBe(true);

      // The DOCX prints the same numbers in its heading paragraphs.
      const r = await buildDocuments(
        { path: kerbrat, outDir: join(dir, "out"), docs: ["pra"], formats: ["docx"], templatesDir: templates },
        analyzePlan,
      );
      expect(r.exitCode, r.messages.join("\n")).toBe(0);
      expect(docxHeadings(r.written[0])).toEqual(moved);
    },
    T,
  );
});

describe("a block error in a user template names its file and line (real command line)", () => {
  const run = (templates: string, doc = "fiches") => {
    const out = join(templates, "..", "out");
    const r = bin(["build", tilleuls, "--doc", doc, "--format", "docx", "--out", out, "--templates", templates]);
    return { ...r, out };
  };

  it(
    "fiche.hbs with a bad block on its line 7 is reported at line 7 of fiche.hbs",
    () => {
      const dir = join(tempDir("line7"), "modeles");
      mkdirSync(dir);
      const lines = readFileSync("templates/fiche.hbs", "utf8").split("\n");
      // Line 7 is inside the document (after the cover partial and its `{{#if}}` blocks).
      lines.splice(6, 0, "!tableau 2 colonnes");
      expect(lines[6]).toBe("!tableau 2 colonnes");
      writeFileSync(join(dir, "fiche.hbs"), lines.join("\n"));
      const r = run(dir);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain(`${join(dir, "fiche.hbs")}:7\u00a0: directive inconnue «\u00a0!tableau\u00a0»`);
      expect(readdirSync(join(dir, ".."))).toEqual(["modeles"]);
    },
    T,
  );

  it(
    "an error in a partial, printed once per fiche, names the partial and its line",
    () => {
      const dir = join(tempDir("partial"), "modeles");
      mkdirSync(dir);
      const partial = readFileSync("templates/_fiche.hbs", "utf8").replace(
        "{{#if trigger}}",
        "{{#if trigger}}\n| {{trigger}}",
      );
      writeFileSync(join(dir, "_fiche.hbs"), partial);
      const line = partial.split("\n").indexOf("| {{trigger}}") + 1;
      const r = run(dir);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain(`${join(dir, "_fiche.hbs")}:${line}\u00a0: ligne de tableau mal formée`);
    },
    T,
  );

  it(
    "a numbering error (a level-2 heading under no numbered chapter) names the heading's line",
    () => {
      const dir = join(tempDir("numbering"), "modeles");
      mkdirSync(dir);
      writeFileSync(join(dir, "fiche.hbs"), "{{> cover common.cover}}\n\n# Préambule {-}\n\n## Consignes\n");
      const r = run(dir);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain(`${join(dir, "fiche.hbs")}:5\u00a0: titre numéroté de niveau 2`);
    },
    T,
  );
});

describe("a template that writes its own heading numbers", () => {
  it("is refused at the line of the heading, instead of printing `5 5 Titre`", () => {
    const dir = join(tempDir("written-number"), "modeles");
    mkdirSync(dir);
    writeFileSync(join(dir, "fiche.hbs"), "{{> cover common.cover}}\n\n# Consignes\n\n## 1.2 Avant tout\n");
    const r = bin(["build", tilleuls, "--doc", "fiches", "--format", "docx", "--out", join(dir, "..", "out"), "--templates", dir]);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain(`${join(dir, "fiche.hbs")}:5\u00a0: titre numéroté dans le modèle («\u00a0## 1.2\u00a0»)`);
  });

  it("keeps a {-} heading that starts with a number as written", async () => {
    const dir = join(tempDir("number-as-text"), "modeles");
    mkdirSync(dir);
    writeFileSync(join(dir, "fiche.hbs"), "{{> cover common.cover}}\n\n# 24 heures pour agir {-}\n\n# Consignes\n");
    const r = await buildDocuments(
      { path: tilleuls, outDir: join(dir, "..", "out"), docs: ["fiches"], formats: ["docx"], templatesDir: dir },
      analyzePlan,
    );
    expect(r.exitCode, r.messages.join("\n")).toBe(0);
    expect(docxHeadings(r.written[0])).toEqual(["# 24 heures pour agir", "# 1 Consignes"]);
  });
});
