/**
 * The crisis binder (docs/documents.md §6) built by the real CLI from the bundled examples, read back
 * from the DOCX: the outline, the mode d’emploi, the fiches on odd pages, the main courante.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { analyzePlan } from "../../src/analyze.js";
import type { Plan } from "../../src/plan/types.js";
import { criticalityRank } from "../../src/plan/types.js";
import { docxHeadings, documentXml, paragraphs, tempDir } from "../build/helpers.js";
import { cli, root } from "../cli/helpers.js";
import { tablesOf } from "../documents-spec/docx.js";

const examples = { kerbrat: "examples/ch-kerbrat", tilleuls: "examples/ehpad-les-tilleuls.yaml" };
const built: Record<string, { file: string; plan: Plan }> = {};

beforeAll(async () => {
  for (const [name, path] of Object.entries(examples)) {
    const out = tempDir(`binder-${name}`);
    const r = await cli(["build", path, "--doc", "binder", "--format", "docx", "--out", out]);
    expect(r.code, r.stderr).toBe(0);
    const file = readdirSync(out).find((f) => f.includes("-binder-v"));
    expect(file).toBeDefined();
    built[name] = { file: join(out, file!), plan: (await analyzePlan(join(root, path))).plan! };
  }
}, 120_000);

/** The outline of §6 computed from the plan: procedures in plan order, services in BIA order. */
function binderOutline(plan: Plan): string[] {
  const procedures = plan.procedures ?? [];
  const services = plan.services
    .map((s, i) => ({ s, i }))
    .sort((a, b) => criticalityRank[a.s.criticality] - criticalityRank[b.s.criticality] || a.i - b.i)
    .map((x) => x.s);
  const reflex = procedures.filter((p) => p.kind === "reflex");
  const degraded = services.flatMap((s) =>
    procedures
      .filter((p) => p.kind === "degraded" && p.service === s.id)
      .map((p) => `${s.name} – ${p.title}`),
  );
  return [
    "# 1 Mode d’emploi",
    "# 2 Alerte et notifications",
    "## 2.1 Alerte et mobilisation",
    "## 2.2 Notifications et signalements",
    "# 3 Cellule de crise",
    "## 3.1 Composition",
    "## 3.2 Lieux de crise",
    "## 3.3 Critères de déclenchement",
    "# 4 Annuaire de crise",
    "# 5 Fiches réflexes",
    ...reflex.map((p, i) => `## 5.${i + 1} ${p.title}`),
    "# 6 Fiches mode dégradé",
    ...degraded.map((t, i) => `## 6.${i + 1} ${t}`),
    "# 7 Ordre de reprise",
    "# 8 Activités et délais",
    "# 9 Main courante",
    "# Annexe A – Glossaire",
    "# Annexe B – Matériel de mode dégradé",
  ];
}

describe.each(Object.keys(examples))("binder of %s", (name) => {
  it("has exactly the headings of documents.md §6, as DOCX heading paragraphs", () => {
    const { file, plan } = built[name];
    const headings = docxHeadings(file);
    expect(headings).toEqual(binderOutline(plan));
    // Both examples have fiches of both kinds: the per-item headings are really there.
    expect(headings.filter((h) => /^## [56]\./.test(h)).length).toBeGreaterThan(2);
  });

  it("opens with the cover title, then the mode d’emploi: [Numéros], bullets, edition line", () => {
    const { file, plan } = built[name];
    const ps = paragraphs(documentXml(file));
    expect(ps.find((p) => p.style === "Title")?.text).toBe("Classeur de crise");
    const start = ps.findIndex((p) => p.text === "1 Mode d’emploi");
    const body = ps.slice(
      start + 1,
      ps.findIndex((p) => p.text === "2 Alerte et notifications"),
    );
    // [Numéros]: one paragraph, its bold title first (line breaks are not text here).
    expect(body[0].text.startsWith("Numéros immédiats")).toBe(true);
    const texts = body.map((p) => p.text);
    expect(texts).toContain("Ouvrir la main courante (chapitre 9) dès l’alerte.");
    expect(texts).toContain("Suivre la reprise dans l’ordre du chapitre 7.");
    expect(texts.at(-1)).toMatch(
      new RegExp(
        `^Classeur établi d’après le plan ${plan.plan.version.replace(".", "\\.")} du .+\u202f; retirer tout exemplaire antérieur\\.$`,
      ),
    );
  });

  it("prints the main courante with its header and 40 blank rows", () => {
    const xml = documentXml(built[name].file);
    const table = tablesOf(xml).find(
      (t) => t.rows[0].join("|") === "Date|Heure|Événement, décision ou action|Auteur",
    );
    expect(table).toBeDefined();
    expect(table!.rows).toHaveLength(41);
    for (const row of table!.rows.slice(1)) expect(row).toEqual(["", "", "", ""]);
    // Tall enough to write in: every blank row has a minimum height.
    expect(table!.xml.match(/<w:trHeight w:val="\d+" w:hRule="atLeast"\/>/g)).toHaveLength(40);
  });

  it("never prints `Non renseigné` in a fiche body", () => {
    const ps = paragraphs(documentXml(built[name].file)).map((p) => p.text);
    const from = ps.indexOf("5 Fiches réflexes");
    const to = ps.indexOf("7 Ordre de reprise");
    expect(from).toBeGreaterThan(0);
    expect(ps.slice(from, to).join("\n")).not.toContain("Non renseigné");
    expect(ps.slice(from, to).join("\n")).toContain("Numéros immédiats");
  });
});
