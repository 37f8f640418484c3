/**
 * The PDF thread of `build` (src/build/pdf-thread.ts), through the real binary over dist/ — the
 * library run from its sources renders in its own thread, which gives the reference bytes: the
 * thread writes the same PDF; a block error, a character the font lacks and the fiche notes
 * cross back to the user as when rendered in one thread; nothing is written on failure.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyzePlan } from "../../src/analyze.js";
import { composeDocument, renderDocument, viewInput } from "../../src/build/index.js";
import { THREAD_PLAN_LIMIT, withinThreadLimit } from "../../src/build/pdf-thread.js";
import type { Plan } from "../../src/plan/types.js";
import { bin, root } from "../cli/helpers.js";
import { tempDir } from "./helpers.js";

const kerbrat = join(root, "examples/ch-kerbrat");
const tilleuls = join(root, "examples/ehpad-les-tilleuls.yaml");
const T = 120_000;

/** The EHPAD plan, its name ending with U+1F691, which DejaVu cannot draw (line 12). */
function planWithAmbulance(dir: string): string {
  const plan = join(dir, "plan.yaml");
  const source = readFileSync(tilleuls, "utf8");
  writeFileSync(plan, source.replace("  name: EHPAD Les Tilleuls", "  name: EHPAD Les Tilleuls \u{1F691}"));
  return plan;
}

describe("build's PDF thread", () => {
  it(
    "writes the bytes that rendering in one thread gives, in both formats",
    async () => {
      const out = tempDir("thread-bytes");
      const r = bin(["build", kerbrat, "--doc", "pca,fiches", "--out", out]);
      expect(r.code, r.stderr).toBe(0);
      expect(readdirSync(out).sort()).toEqual([
        "290000017-fiches-v2.1.docx",
        "290000017-fiches-v2.1.pdf",
        "290000017-pca-v2.1.docx",
        "290000017-pca-v2.1.pdf",
      ]);
      const analysis = await analyzePlan(kerbrat);
      const input = viewInput(kerbrat, analysis as Parameters<typeof viewInput>[1], null);
      for (const doc of ["pca", "fiches"] as const) {
        const model = composeDocument(doc, input);
        const expected = await renderDocument(model, "pdf");
        const written = new Uint8Array(readFileSync(join(out, `290000017-${doc}-v2.1.pdf`)));
        expect(Buffer.compare(written, expected), doc).toBe(0);
      }
    },
    T,
  );

  it(
    "reports the fiches set on more than one page, as a build in one thread does",
    () => {
      const dir = tempDir("thread-notes");
      // The first fiche réflexe given 60 more steps: it runs over two pages.
      const plan = join(dir, "plan.yaml");
      const extra = Array.from({ length: 60 }, (_, i) => `      - Étape supplémentaire ${i + 1}\n`).join("");
      const source = readFileSync(tilleuls, "utf8");
      const anchor = "      - action: Débrancher le câble réseau du poste concerné sans l’éteindre\n";
      expect(source).toContain(anchor);
      writeFileSync(plan, source.replace(anchor, extra + anchor));
      const both = bin(["build", plan, "--doc", "fiches", "--out", join(dir, "both")]);
      const pdfOnly = bin(["build", plan, "--doc", "fiches", "--format", "pdf", "--out", join(dir, "pdf")]);
      expect(both.code, both.stderr).toBe(0);
      expect(pdfOnly.code, pdfOnly.stderr).toBe(0);
      const notes = (stderr: string) => stderr.split("\n").filter((l) => l.includes("la fiche «"));
      expect(notes(both.stderr)).toHaveLength(1);
      expect(notes(both.stderr)).toEqual(notes(pdfOnly.stderr));
    },
    T,
  );

  it(
    "reports a character the font lacks with its place in the plan, writing nothing",
    () => {
      const dir = tempDir("thread-glyph");
      const plan = planWithAmbulance(dir);
      const out = join(dir, "out");
      const r = bin(["build", plan, "--out", out]);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toContain(`${plan}:12:`);
      expect(r.stderr).toContain("U+1F691");
      expect(readdirSync(dir)).toEqual(["plan.yaml"]);
    },
    T,
  );

  it("serves plans up to its limit of activities and resources, not beyond", () => {
    const plan = (services: number, resources: number | undefined) =>
      ({
        services: new Array(services),
        resources: resources === undefined ? undefined : new Array(resources),
      }) as Plan;
    expect(withinThreadLimit(plan(400, 1500))).toBe(true);
    expect(withinThreadLimit(plan(1000, THREAD_PLAN_LIMIT - 1000))).toBe(true);
    expect(withinThreadLimit(plan(1000, THREAD_PLAN_LIMIT - 999))).toBe(false);
    expect(withinThreadLimit(plan(THREAD_PLAN_LIMIT + 1, undefined))).toBe(false);
  });

  it(
    "reports the first failure in document order: an earlier PDF's over a later template's",
    () => {
      const dir = tempDir("thread-order");
      const plan = planWithAmbulance(dir);
      // psca (first document) fails on its thread; fiches (second) fails here, in its template.
      const templates = join(dir, "modeles");
      mkdirSync(templates);
      writeFileSync(join(templates, "fiche.hbs"), "{{#if common}}\n# Titre\n");
      const build = (source: string) =>
        bin(["build", source, "--doc", "psca,fiches", "--out", join(dir, "out"), "--templates", templates]);
      const r = build(plan);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toContain("U+1F691");
      expect(r.stderr).not.toContain("Erreur de modèle");
      // The template's error alone is a usage error (2), as in one thread.
      const alone = build(tilleuls);
      expect(alone.code, alone.stderr).toBe(2);
      expect(alone.stderr).toContain("Erreur de modèle");
      expect(readdirSync(dir).sort()).toEqual(["modeles", "plan.yaml"]);
    },
    T,
  );
});
