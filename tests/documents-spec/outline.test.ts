/**
 * docs/documents.md, checked from outside on the bundled examples: the heading outline of every DOCX
 * (text, level, order) recomputed from the plan YAML, the cover, running header and footer,
 * metadata, Sommaire and table properties. Expected values are derived here from the plan and the
 * recovery order only (never from pcapra's views).
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { analyzePlan } from "../../src/analyze.js";
import { buildDocuments } from "../../src/build/index.js";
import { loadPlan } from "../../src/plan/load.js";
import type { Contact, Plan } from "../../src/plan/types.js";
import type { Recovery } from "../../src/recovery/types.js";
import { tempDir } from "../build/helpers.js";
import { fichesOutline, pcaOutline, praOutline, pscaOutline } from "./outlines.js";
import { headingLines, paras, sections, tablesOf, unzipDocx, xmlText } from "./docx.js";

const NBSP = "\u00a0";
const months = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(
  " ",
);
/** §1.6 date, written again here so the test does not trust src/text/french.ts. */
function frDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${d === 1 ? "1er" : d}${NBSP}${months[m - 1]}${NBSP}${y}`;
}
interface Example {
  plan: Plan;
  recovery: Recovery;
  files: Record<string, Record<string, string>>;
}

const coverTitle = {
  pca: "Plan de continuité d’activité",
  pra: "Plan de reprise d’activité",
  psca: "Plan de sauvegarde et de continuité d’activité",
  fiches: "Fiches réflexes et fiches mode dégradé",
} as const;
const sigle = { pca: "PCA", pra: "PRA", psca: "PSCA", fiches: "Fiches" } as const;
type Doc = keyof typeof coverTitle;

const contact = (plan: Plan, id: string | undefined): Contact | undefined =>
  plan.contacts.find((c) => c.id === id);
const ref = (plan: Plan, id: string | undefined): string | undefined => {
  const c = contact(plan, id);
  // §1.5 v2: a contact reference prints `Name, role`.
  return c && `${c.name}, ${c.role}`;
};

/** §1.2 cover, top to bottom (absent optional values omitted). */
function expectedCover(plan: Plan, doc: Doc): string[] {
  const e = plan.establishment;
  const m = plan.plan;
  const line = [e.category, e.ght].filter(Boolean).join(" · ");
  const rows: [string, string | undefined][] = [
    ["Version", m.version],
    ["Date", frDate(m.date)],
    ["Responsable du plan", ref(plan, m.owner)],
    ["Approuvé par", ref(plan, m.approvedBy)],
    ["Prochaine revue", m.nextReview && frDate(m.nextReview)],
    ["Classification", m.classification],
  ];
  return [
    ...(m.classification ? [m.classification] : []),
    coverTitle[doc],
    ...(m.title ? [m.title] : []),
    e.name,
    ...(line ? [line] : []),
    `FINESS ${e.finess}`,
    ...(e.address ? [e.address] : []),
    ...rows.filter((r) => r[1] !== undefined).flatMap(([k, v]) => [k, v!]),
    "Document produit par pcapra à partir du plan source\u202f; toute modification se fait dans le plan.",
  ];
}

/** Every table header row given by docs/documents.md (a table starting with one must repeat it). */
const specHeaders = [
  "Version|Date|Auteur|Modifications",
  "Site|Adresse",
  "Rôle|Titulaire|Suppléant|Responsabilités",
  "Rôle|Titulaire|Suppléant",
  "Lieu|Adresse|Remarques",
  "Destinataire|Délai|Moyen",
  "Criticité|Rang|Signification",
  "Activité|Type|Criticité|DMIA|RTO|RTO effectif|PDMA|Part d’activité",
  "Ressource|Fréquence|Hors ligne|Immuable|Rétention|Emplacement|Dernier test de restauration",
  "Date|Type|Intitulé|Scénario|Niveau|Statut",
  "Gravité|Constat|Objet|Détail",
  "Nom|Fonction|Organisme|Téléphone|Mobile|Courriel|Suppléant",
  "Terme|Définition",
  "Type d’activité|Activités|Part décrite|Part couverte",
  "Activité|Dépendances directes|Rétablissement estimé|RTO effectif",
  "Activité|Procédure|Actions de retour à la normale",
  "Priorité|Échéance",
  "Équipe|Ressources|Nombre",
  "Priorité|Échéance|Ressources|Échéances non tenables",
  "Rang|Priorité|Ressource|Échéance|Durée|Début au plus tard|Rétablie au plus tôt|Écart",
  "Rang|Ressource|Type|Priorité|Échéance|Rétablie au plus tôt|Prestataire",
  "N°|Action|Qui|Fait|Heure",
  "Nom|Fonction|Téléphone|Mobile",
];

const examples: Record<string, { path: string; docs: Doc[] }> = {
  kerbrat: { path: "examples/ch-kerbrat", docs: ["pca", "pra", "fiches"] },
  tilleuls: { path: "examples/ehpad-les-tilleuls.yaml", docs: ["psca", "fiches"] },
};
const built: Record<string, Example> = {};

beforeAll(async () => {
  for (const [key, ex] of Object.entries(examples)) {
    const out = tempDir(`spec-${key}`);
    const result = await buildDocuments(
      { path: ex.path, outDir: out, docs: ex.docs, formats: ["docx"] },
      analyzePlan,
    );
    expect(result.exitCode).toBe(0);
    const loaded = await loadPlan(ex.path);
    const analysis = await analyzePlan(ex.path);
    const files: Record<string, Record<string, string>> = {};
    for (const doc of ex.docs) {
      const name = readdirSync(out).find((f) => f.includes(`-${doc}-`) && f.endsWith(".docx"));
      expect(name, `${doc} écrit`).toBeDefined();
      files[doc] = unzipDocx(join(out, name!));
    }
    built[key] = { plan: loaded.plan!.data as Plan, recovery: analysis.recovery!, files };
  }
});

function outlineOf(key: string, doc: Doc): string[] {
  const { plan, recovery } = built[key];
  switch (doc) {
    case "pca":
      return pcaOutline(plan);
    case "pra":
      return praOutline(plan, recovery);
    case "psca":
      return pscaOutline(plan);
    case "fiches":
      return fichesOutline(plan);
  }
}

const cases = Object.entries(examples).flatMap(([key, ex]) =>
  ex.docs.map((doc) => [key, doc] as [string, Doc]),
);

describe.each(cases)("%s — %s", (key, doc) => {
  const part = (name: string) => built[key].files[doc][name];
  const documentXml = () => part("word/document.xml");

  it("headings: exact text, level and order (§2–§5, §1.1)", () => {
    expect(headingLines(documentXml())).toEqual(outlineOf(key, doc));
  });

  it("headings carry their number as text, never Word list numbering, and start level 1 on a new page", () => {
    const hs = paras(documentXml()).filter((p) => /^Heading[1-3]$/.test(p.style ?? ""));
    for (const h of hs) expect(h.xml).not.toContain("<w:numPr>");
    for (const h of hs.filter((p) => p.style === "Heading1")) expect(h.xml).toContain("<w:pageBreakBefore/>");
  });

  it("core properties (§1.3)", () => {
    const { plan } = built[key];
    const core = part("docProps/core.xml");
    const field = (tag: string) => new RegExp(`<${tag}[^>]*>([^<]*)</${tag}>`).exec(core)?.[1];
    expect(field("dc:title")).toBe(`${coverTitle[doc]} – ${plan.establishment.name}`);
    expect(field("dc:creator")).toBe(contact(plan, plan.plan.owner)!.name);
    expect(field("dc:subject")).toBe(`Version ${plan.plan.version} du ${frDate(plan.plan.date)}`);
    expect(field("cp:keywords")).toBe(plan.establishment.finess);
    expect(field("dcterms:created")).toBe(`${plan.plan.date}T00:00:00Z`);
    expect(field("dcterms:modified")).toBe(`${plan.plan.date}T00:00:00Z`);
    expect(part("word/styles.xml")).toMatch(/<w:lang w:val="fr-FR"/);
  });

  it("running header and footer on every body section, none on the cover (§1.2, §1.3)", () => {
    const { plan } = built[key];
    const secs = sections(documentXml());
    expect(secs.length).toBeGreaterThanOrEqual(2);
    const cover = secs[0];
    expect(cover).not.toMatch(/<w:(header|footer)Reference/);
    expect(cover).not.toContain("<w:titlePg/>");
    const rels = part("word/_rels/document.xml.rels");
    for (const body of secs.slice(1)) {
      for (const kind of ["header", "footer"] as const) {
        const refs = [
          ...body.matchAll(new RegExp(`<w:${kind}Reference w:type="default" r:id="([^"]+)"`, "g")),
        ];
        expect(refs.length, kind).toBe(1);
        const target =
          new RegExp(`Id="${refs[0][1]}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
          new RegExp(`Target="([^"]+)"[^>]*Id="${refs[0][1]}"`).exec(rels)?.[1];
        const xml = part(`word/${target}`);
        if (kind === "header") {
          expect(xmlText(xml)).toBe(`${plan.establishment.name}\t${plan.plan.classification ?? ""}`);
        } else {
          expect(xmlText(xml)).toBe(
            `${sigle[doc]} v${plan.plan.version} – ${frDate(plan.plan.date)}\tFINESS ${plan.establishment.finess}\tPage  / `,
          );
          const instr = [...xml.matchAll(/<w:instrText[^>]*>([^<]*)<\/w:instrText>|w:instr="([^"]*)"/g)].map(
            (m) => (m[1] ?? m[2]).trim(),
          );
          expect(instr).toEqual(["PAGE", "NUMPAGES"]);
        }
      }
    }
  });

  it("cover content, top to bottom (§1.2)", () => {
    const cover = sections(documentXml())[0];
    const texts = paras(cover)
      .map((p) => p.text)
      .filter((t) => t !== "");
    expect(texts).toEqual(expectedCover(built[key].plan, doc));
    const title = paras(cover).find((p) => p.text === coverTitle[doc]);
    expect(title?.style).toBe("Title");
  });

  it("Sommaire: a title (not a heading) opening page 2, then a TOC field listing the headings", () => {
    const secs = sections(documentXml());
    const first = paras(secs[1]).find((p) => p.text !== "");
    expect(first?.text).toBe("Sommaire");
    expect(first?.style ?? "").not.toMatch(/^Heading/);
    expect(first?.xml).not.toContain("<w:outlineLvl");
    expect(secs[1]).toMatch(/<w:instrText[^>]*>TOC /);
    const maxLevel = doc === "fiches" ? 1 : 2;
    const entries = paras(secs[1])
      .filter((p) => /^TOC\d$/.test(p.style ?? ""))
      .map((p) => `${"#".repeat(Number(p.style!.slice(3)))} ${p.text.split("\t")[0]}`);
    const expected = outlineOf(key, doc).filter((h) => h.indexOf(" ") <= maxLevel);
    expect(entries).toEqual(expected);
    const pageNumbers = paras(secs[1])
      .filter((p) => /^TOC\d$/.test(p.style ?? ""))
      .map((p) => Number(p.text.split("\t")[1]));
    for (const n of pageNumbers) expect(n).toBeGreaterThanOrEqual(3);
    expect([...pageNumbers].sort((a, b) => a - b)).toEqual(pageNumbers);
  });

  it("tables: spec header rows repeat on every page, rows never split (§1.5)", () => {
    const tables = tablesOf(documentXml());
    let withHeader = 0;
    for (const t of tables) {
      const first = t.rows[0].join("|");
      const rowsXml = [...t.xml.matchAll(/<w:tr(?: [^>]*)?>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
      if (specHeaders.includes(first)) {
        withHeader++;
        expect(rowsXml[0], first).toContain("<w:tblHeader/>");
      }
      // A row that could break is kept whole (`w:cantSplit`); a row that cannot be more than one
      // line has nothing to keep: no line break, no minimum height, and text that fits its cells
      // even at the narrowest Arial letter (0.222 em of 9 pt = 40 twips), padding (200) aside.
      for (const r of rowsXml) {
        if (r.includes("<w:cantSplit/>")) continue;
        expect(r).not.toMatch(/<w:br\/>|<w:trHeight/);
        for (const c of r.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []) {
          const width = Number(/<w:tcW w:type="dxa" w:w="(\d+)"\/>/.exec(c)?.[1]);
          const text = paras(c)
            .map((p) => p.text)
            .join("");
          expect(text.length * 40, `${first} : ${text}`).toBeLessThanOrEqual(width - 200);
        }
      }
      // No cell is ever blank, except the `Fait` and `Heure` columns of the fiches (§1.4, §5).
      const handwritten = [t.rows[0].indexOf("Fait"), t.rows[0].indexOf("Heure")];
      for (const row of t.rows)
        row.forEach((c, i) => handwritten.includes(i) || expect(c.trim(), first).not.toBe(""));
    }
    expect(withHeader).toBeGreaterThan(0);
  });
});
