/**
 * docs/documents.md v2, checked in the DOCX built from hand-written plans and from the bundled
 * examples: [Communication] (PCA 3.6), [Rançon] (3.7), [Endiguement] (PRA 3.5), PRA 4.2
 * explanations, 4.5 per scenario, 5.n `Contact fournisseur`, the annex `Données à compléter`
 * (§1.9), `missing-phone` in the Points d’attention, and no plan id or finding code in the text
 * (§1.5). Expected values are written by hand from the spec and the plans of plans.ts.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { analyzePlan } from "../../src/analyze.js";
import { buildDocuments } from "../../src/build/index.js";
import type { Plan } from "../../src/plan/types.js";
import { tempDir } from "../build/helpers.js";
import { root } from "../cli/helpers.js";
import { buildYaml, bodyBlocks, type Built, allText, tablesIn, texts, under } from "./build.js";
import { unzipDocx } from "./docx.js";
import { emptyPlan, fullPlan } from "./plans.js";

const S = "\u00a0";
const N = "\u202f";
const M = "\u2212";
const tel = (n: string) => n.replace(/ /g, S);

const fixed = {
  communication: `La communication interne et externe passe par le directeur de crise ou la personne qu’il désigne${N}; aucun professionnel ne s’exprime auprès des médias sans son accord.`,
  ransom:
    "L’établissement ne paie pas de rançon et ne répond pas aux attaquants. Toute demande est conservée comme preuve, signalée au CERT Santé et à l’ARS, et fait l’objet d’une plainte.",
  containment: [
    "Isoler du réseau les systèmes touchés, sans les éteindre.",
    `Préserver les journaux, les supports et les messages reçus${N}; noter chaque action sur la main courante.`,
    `Ne pas payer ni répondre à une demande de rançon${N}; porter plainte et signaler l’incident.`,
    "Changer les mots de passe et les secrets depuis un poste sain.",
    "Ne reconnecter une ressource restaurée qu’après un contrôle de sécurité et la validation de son responsable.",
  ],
  containmentLast: "La reprise commence quand la cellule de crise a validé l’endiguement.",
  orderNotes: [
    `Heure zéro${S}: le moment où survient le scénario${N}; toutes les durées de ce tableau comptent depuis l’heure zéro.`,
    `Une ressource vient toujours après celles dont elle dépend${N}; à dépendances égales, la plus urgente d’abord (début au plus tard, puis criticité).`,
    `Un début au plus tard négatif signifie que l’échéance est déjà dépassée à l’heure zéro${S}: commencer sans attendre.`,
  ],
  unranked: `«${S}Non classée${S}»${S}: la ressource reste disponible dans ce scénario.`,
  perScenario: `Le tableau 4.2 suit le scénario retenu (2.2)${N}; voici l’ordre de reprise de chaque scénario du plan.`,
  noScenario: "Aucun scénario du plan ne rend de ressource indisponible.",
  complete: "Toutes les données attendues sont renseignées.",
};

/** fullPlan with the v2 crisis keys and a supplier contact on the DPI. */
const v2Plan = fullPlan
  .replace(
    "  triggers: [Perte du DPI]",
    `  triggers: [Perte du DPI]
  communication:
    spokesperson: dir
    channels: [Affichage dans les services]
    principles: [Une seule voix]
  containment: [Couper les accès distants, Garder les journaux]`,
  )
  .replace("    dependsOn: [san]\n", "    dependsOn: [san]\n    supplierContact: ext\n");

let full: Record<string, Built>;
let empty: Record<string, Built>;
let v2: Record<string, Built>;
let archPra: Built;

beforeAll(async () => {
  full = await buildYaml(fullPlan, ["pca", "pra", "psca"]);
  empty = await buildYaml(emptyPlan, ["pca", "pra", "psca"]);
  v2 = await buildYaml(v2Plan, ["pca", "pra"]);
  archPra = (await buildYaml(fullPlan, ["pra"], "arch")).pra;
});

const kv = (rows: string[][]) => Object.fromEntries(rows.map((r) => [r[0], r[1]]));

describe("PCA 3.6 [Communication] and 3.7 [Rançon]", () => {
  it("without crisis.communication: the fixed sentence", () => {
    const blocks = under(full.pca, "3.6 Communication de crise");
    expect(texts(blocks)).toEqual([fixed.communication]);
    expect(tablesIn(blocks)).toEqual([]);
  });

  it("with it: Porte-parole (reference and phone), then Canaux and Principes bullets", () => {
    const blocks = under(v2.pca, "3.6 Communication de crise");
    expect(tablesIn(blocks)).toEqual([
      [["Porte-parole", `Alice Martin, Directrice, ${tel("06 99 00 00 01")}`]],
    ]);
    expect(texts(blocks)).toEqual(["Canaux", "Affichage dans les services", "Principes", "Une seule voix"]);
  });

  it("[Rançon] is fixed", () => {
    expect(texts(under(full.pca, "3.7 Demande de rançon"))).toEqual([fixed.ransom]);
  });
});

describe("PRA 3.5 [Endiguement]", () => {
  it("without crisis.containment: the five fixed bullets, then the sentence", () => {
    const blocks = under(full.pra, "3.5 Endiguement et préservation des preuves");
    expect(texts(blocks)).toEqual([...fixed.containment, fixed.containmentLast]);
    // The bullets are a list, the last sentence a paragraph.
    expect(blocks.slice(0, 5).every((b) => b.kind === "p" && b.xml.includes("<w:numPr>"))).toBe(true);
    expect(blocks[5].kind === "p" && blocks[5].xml.includes("<w:numPr>")).toBe(false);
  });

  it("with it: the plan's steps, then the sentence", () => {
    expect(texts(under(v2.pra, "3.5 Endiguement et préservation des preuves"))).toEqual([
      "Couper les accès distants",
      "Garder les journaux",
      fixed.containmentLast,
    ]);
  });
});

describe("PRA 4.2 explanations and `Fixée par`, 4.5 per scenario, 5.n `Contact fournisseur`", () => {
  it("4.2 opens with the three sentences; « Non classée » only when a resource is unranked", () => {
    expect(texts(under(full.pra, "4.2 Tableau de l’ordre de reprise"))).toEqual(fixed.orderNotes);
    expect(texts(under(archPra, "4.2 Tableau de l’ordre de reprise"))).toEqual([
      ...fixed.orderNotes,
      fixed.unranked,
    ]);
    // Scenario `arch` loses only the archives: every other resource is unranked, set by no lost chain.
    const rows = tablesIn(under(archPra, "4.2 Tableau de l’ordre de reprise"))[0];
    expect(rows[0][4]).toBe("Fixée par");
    expect(rows[1].slice(0, 5)).toEqual(["1", "Sans échéance", "Archives", "Sans échéance", "Aucune"]);
  });

  it("4.5: the sentence, then one table per scenario that loses a resource (hand-computed)", () => {
    const blocks = under(full.pra, "4.5 Ordre de reprise par scénario");
    expect(texts(blocks)).toEqual([fixed.perScenario]);
    const header = ["Rang", "Ressource", "Priorité", "Échéance", "Début au plus tard"];
    // Rançongiciel: an it-outage without `unavailable` loses the default set, as 4.2.
    expect(tablesIn(under(full.pra, "4.5.1 Rançongiciel"))).toEqual([
      [
        header,
        ["1", "SAN", "P1", `${M}23${S}h${S}45`, `${M}2${S}j${S}22${S}h${S}15`],
        ["2", "DPI", "P1", `45${S}min`, `${M}23${S}h${S}45`],
        ["3", "SIL", "P1", `4${S}h`, `2${S}h`],
        ["4", "GAM", "P3", `2${S}j`, `2${S}j`],
        ["5", "PACS", "P3", `2${S}j`, `2${S}j`],
        ["6", "Archives", "Sans échéance", "Sans échéance", "Sans objet"],
      ],
    ]);
    // Perte des archives: only `old` is lost, nothing depends on it.
    expect(tablesIn(under(full.pra, "4.5.2 Perte des archives"))).toEqual([
      [header, ["1", "Archives", "Sans échéance", "Sans échéance", "Sans objet"]],
    ]);
  });

  it("4.5 without scenario: the empty sentence", () => {
    expect(texts(under(empty.pra, "4.5 Ordre de reprise par scénario"))).toEqual([fixed.noScenario]);
  });

  it("5.n prints `Contact fournisseur` last, with the contact's phones", () => {
    const rows = tablesIn(under(v2.pra, "5.2 DPI"))[0];
    expect(rows.at(-1)).toEqual(["Contact fournisseur", `Éditeur DPI, Support\n${tel("01 99 00 00 09")}`]);
    expect(kv(rows).Identifiant).toBe("dpi");
  });
});

describe("Annexe `Données à compléter` (§1.9)", () => {
  const header = ["Élément", "Données manquantes"];
  it("lists each entity once, in the order of §1.9 (fullPlan, by hand)", () => {
    const expected = [
      header,
      ["Chloé Petit (contact)", "Téléphone"],
      ["Laboratoire (activité)", "PDMA, Responsable"],
      ["Admissions (activité)", "DMIA, PDMA, Responsable"],
      ["SAN (ressource)", "Responsable, Étapes de restauration"],
      ["DPI (ressource)", "Responsable, Étapes de restauration"],
      ["SIL (ressource)", "Responsable, Équipe de restauration, Étapes de restauration, Sauvegarde"],
      [
        "GAM (ressource)",
        "Responsable, Durée de restauration, Équipe de restauration, Étapes de restauration",
      ],
      [
        "PACS (ressource)",
        "Responsable, Durée de restauration, Équipe de restauration, Étapes de restauration",
      ],
      [
        "Archives (ressource)",
        "Responsable, Durée de restauration, Équipe de restauration, Étapes de restauration, Sauvegarde",
      ],
      ["Suspicion de cyberattaque (procédure)", "Qui, Matériel et supports"],
      ["Laboratoire sans SIL (procédure)", "Qui"],
      ["Reprise du SI (procédure)", "Responsable, Qui"],
      ["Retour à la normale et ressaisie (procédure)", "Responsable, Qui"],
    ];
    expect(tablesIn(under(full.pca, "Annexe D – Données à compléter"))).toEqual([expected]);
    expect(tablesIn(under(full.pra, "Annexe C – Données à compléter"))).toEqual([expected]);
    expect(tablesIn(under(full.psca, "Annexe D – Données à compléter"))).toEqual([expected]);
  });

  it("establishment and plan items (emptyPlan, sanitaire: GHT expected)", () => {
    expect(tablesIn(under(empty.pca, "Annexe D – Données à compléter"))).toEqual([
      [
        header,
        ["Clinique Vide (établissement)", "Adresse, GHT, Capacité"],
        ["Version 0.1 (plan)", "Approuvé par, Prochaine revue"],
        ["Accueil (activité)", "DMIA, PDMA, Part d’activité, Responsable"],
      ],
    ]);
  });

  it("a complete plan prints the sentence", async () => {
    const complete = emptyPlan
      .replace("  type: sanitaire\n", "  type: sanitaire\n  address: 1 rue A\n  ght: GHT\n  beds: 10\n")
      .replace("  owner: dir\n", "  owner: dir\n  approvedBy: adj\n  nextReview: 2027-03-15\n")
      .replace(
        "    rto: 2d\n",
        "    rto: 2d\n    mtpd: 3d\n    rpo: 1d\n    activityShare: 1\n    manager: dir\n",
      );
    const b = (await buildYaml(complete, ["pra"])).pra;
    expect(texts(under(b, "Annexe C – Données à compléter"))).toEqual([fixed.complete]);
    expect(tablesIn(under(b, "Annexe C – Données à compléter"))).toEqual([]);
  });
});

describe("missing-phone in the Points d’attention (§7.2)", () => {
  it("names the contact and the first citing place", async () => {
    const plan = fullPlan.replace(
      "      - Archiver les bons\n",
      "      - Archiver les bons\n      - action: Prévenir la communication\n        who: com\n",
    );
    const b = await buildYaml(plan, ["pca"]);
    const rows = tablesIn(under(b.pca, "10 Points d’attention"))[0];
    // Chloé Petit is cited first by the crisis cell (cell, procedures, resources, hotlines).
    expect(rows.filter((r) => r[1] === "Contact sans téléphone")).toEqual([
      [
        "Avertissement",
        "Contact sans téléphone",
        "Chloé Petit",
        "Aucun numéro pour Chloé Petit, cité par la cellule de crise.",
      ],
    ]);
    const onlyProcedure = plan.replace("    - role: Communication\n      contact: com\n", "");
    const c = await buildYaml(onlyProcedure, ["pca"]);
    expect(
      tablesIn(under(c.pca, "10 Points d’attention"))[0].filter((r) => r[1] === "Contact sans téléphone"),
    ).toEqual([
      [
        "Avertissement",
        "Contact sans téléphone",
        "Chloé Petit",
        `Aucun numéro pour Chloé Petit, cité par la procédure «${S}Laboratoire sans SIL${S}».`,
      ],
    ]);
  });
});

/** `id` as a whole token (not inside a longer id, word or e-mail). */
const token = (id: string) =>
  new RegExp(`(^|[^\\p{L}\\p{N}@._-])${id.replace(/[.]/g, "\\.")}($|[^\\p{L}\\p{N}@_-])`, "u");

/** Keys whose values are ids (docs/plan-format.md references), left out of the plan's own wording. */
const idKeys = new Set(
  "id owner approvedBy deputy contact manager site dependsOn team service covers unavailable procedures scenario spokesperson supplierContact".split(
    " ",
  ),
);

/** Every string the user wrote as text (names, titles, roles, steps, descriptions…). */
function freeText(plan: Plan): string {
  const contacts = new Set(plan.contacts.map((c) => c.id));
  const out: string[] = [];
  const walk = (v: unknown, key: string) => {
    if (typeof v === "string") {
      if (!idKeys.has(key) && !(key === "who" && contacts.has(v))) out.push(v);
    } else if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  walk(plan, "");
  return out.join("\n");
}

describe("the examples: no plan id (PRA `Identifiant` aside) and no finding code in the documents (§1.5)", () => {
  const codes = [
    "rto-unreachable",
    "rto-exceeds-mtpd",
    "rpo-unmet",
    "no-backup",
    "no-offline-backup",
    "restore-test-stale",
    "no-degraded-procedure",
    "cover-not-direct",
    "missing-deputy",
    "missing-phone",
    "no-recovery-estimate",
    "orphan-resource",
    "dependency-cycle",
    "unknown-reference",
    "duplicate-id",
  ];
  const cases: [string, string, string[]][] = [
    ["ch-kerbrat", "ch-kerbrat", ["pca", "pra"]],
    ["tilleuls", "ehpad-les-tilleuls.yaml", ["psca", "pca", "pra"]],
  ];
  it.each(cases)("%s", async (_key, example, docs) => {
    const path = join(root, "examples", example);
    const analysis = await analyzePlan(path);
    const plan = analysis.plan as Plan;
    const out = tempDir(`v2-ids-${_key}`);
    const r = await buildDocuments(
      { path, outDir: out, docs: docs as never, formats: ["docx"] },
      analyzePlan,
    );
    expect(r.exitCode).toBe(0);
    // Ids that cannot be French words (a hyphen, a dot, an underscore or a digit): found as a
    // whole token, they are an id leaking into the text.
    const ids = [
      ...plan.contacts,
      ...plan.services,
      ...(plan.resources ?? []),
      ...(plan.procedures ?? []),
      ...(plan.scenarios ?? []),
      ...(plan.sites ?? []),
    ]
      .map((x) => x.id)
      .filter((id) => /[-._0-9]/.test(id))
      // An id the plan's own wording also uses (`pare-feu`) may rightly print.
      .filter((id) => !token(id).test(freeText(plan)));
    expect(ids.length).toBeGreaterThan(10);
    for (const doc of docs) {
      const name = readdirSync(out).find((f) => f.includes(`-${doc}-`) && f.endsWith(".docx"))!;
      const parts = unzipDocx(join(out, name));
      const blocks = bodyBlocks(parts["word/document.xml"]);
      // PRA 5.n: the `Identifiant` row is the one place an id is printed.
      const text = allText(
        blocks.map((b) =>
          b.kind === "table" ? { ...b, rows: b.rows.filter((row) => row[0] !== "Identifiant") } : b,
        ),
      ).join("\n");
      const leaked = ids.filter((id) => token(id).test(text));
      expect(leaked, `${example} ${doc}`).toEqual([]);
      expect(
        codes.filter((c) => text.includes(c)),
        `${example} ${doc}`,
      ).toEqual([]);
    }
  });
});
