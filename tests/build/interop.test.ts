/**
 * Interoperability: every DOCX pcapra writes opens in LibreOffice (headless conversion to PDF) and
 * its text comes out with the exact French strings. Needs `soffice` and `pdftotext`: missing tools
 * fail the suite on CI (CI=true) and skip it elsewhere.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyzePlan } from "../../src/analyze.js";
import { buildDocuments } from "../../src/build/index.js";
import { praResources, unreachableItems } from "../../src/view/pra-order.js";
import { libreOfficeConvert, toolsAvailable } from "../helpers/tools.js";
import { documentXml, paragraphs, tempDir } from "./helpers.js";

const T = 600_000;

describe.runIf(toolsAvailable("soffice", "pdftotext"))("DOCX → LibreOffice → PDF text", () => {
  const dir = tempDir("interop");
  const profile = tempDir("lo-profile");
  const text = new Map<string, string>();
  let docx: string[] = [];

  beforeAll(async () => {
    for (const plan of ["examples/ch-kerbrat", "examples/ehpad-les-tilleuls.yaml"]) {
      const r = await buildDocuments({ path: plan, outDir: dir, formats: ["docx"] }, analyzePlan);
      expect(r.exitCode).toBe(0);
      docx.push(...r.written);
    }
    await libreOfficeConvert(docx, dir, profile, { timeout: T });
    for (const file of docx) {
      const pdf = file.replace(/\.docx$/, ".pdf");
      if (existsSync(pdf))
        text.set(file, execFileSync("pdftotext", ["-enc", "UTF-8", pdf, "-"], { encoding: "utf8" }));
    }
  }, T);

  afterAll(() => rmSync(profile, { recursive: true, force: true }));

  const pdfText = (suffix: string): string => {
    const file = docx.find((f) => f.endsWith(suffix));
    expect(file, suffix).toBeDefined();
    const t = text.get(file!);
    expect(t, `${suffix} non converti par LibreOffice`).toBeDefined();
    return t!;
  };
  /** Whitespace collapsed (pdftotext wraps lines and writes U+00A0 as a plain space). */
  const flat = (s: string): string => s.replace(/\s+/g, " ");

  it("converts every DOCX", () => {
    // CH: PCA, PRA, fiches, binder; EHPAD: PSCA, fiches, binder.
    expect(docx).toHaveLength(7);
    expect(readdirSync(dir).filter((f) => f.endsWith(".pdf"))).toHaveLength(7);
    expect(flat(pdfText("-pca-v2.1.docx"))).toContain("Plan de continuité d’activité");
    expect(flat(pdfText("-psca-v1.2.docx"))).toContain("Plan de sauvegarde et de continuité d’activité");
  });

  it("keeps the PRA's French text, crisis cell and recovery order", async () => {
    const analysis = await analyzePlan("examples/ch-kerbrat");
    const plan = analysis.plan!;
    const t = flat(pdfText("-pra-v2.1.docx"));
    for (const s of [
      "Plan de reprise d’activité",
      "Centre hospitalier de Kerbrat",
      "Réseau cœur SIH",
      "Hypothèse retenue",
    ]) {
      expect(t).toContain(s);
    }
    const names = new Map(plan.contacts.map((c) => [c.id, c.name]));
    for (const role of plan.crisis.cell) expect(t).toContain(names.get(role.contact)!);
    // Every resource, in recovery order: the body's 5.n headings (after the Sommaire).
    let at = -1;
    praResources(plan, analysis.recovery!).forEach((r, i) => {
      const where = t.lastIndexOf(flat(`5.${i + 1} ${r.resource.name}`));
      expect(where, r.resource.name).toBeGreaterThan(at);
      at = where;
    });
    // Durations: U+00A0 in the DOCX; pdftotext prints it as a space.
    const [first] = unreachableItems(analysis.findings, plan, analysis.recovery!);
    expect(first.sentence).toMatch(/en \d+\u00a0h/);
    const xml = documentXml(docx.find((f) => f.endsWith("-pra-v2.1.docx"))!);
    expect(paragraphs(xml).map((p) => p.text)).toContain(first.sentence);
    expect(t).toContain(flat(first.sentence));
  });

  it("keeps the fiches' boxes and fixed sentences", () => {
    const t = flat(pdfText("-fiches-v2.1.docx"));
    expect(t).toContain("Fiche d’alerte – Qui prévenir");
    expect(t).toContain("☐");
    expect(t).toContain("Noter chaque action, avec l’heure et son auteur, sur la main courante.");
    expect(flat(pdfText("-fiches-v1.2.docx"))).toContain("Fiches réflexes et fiches mode dégradé");
  });
});
