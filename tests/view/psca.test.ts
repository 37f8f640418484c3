import { describe, expect, it } from "vitest";
import { pscaView } from "../../src/view/psca.js";
import { emptyInput, sampleInput } from "./fixture.js";
import { headings, paragraphs, render, section, tableText, tables } from "./render.js";

const NBSP = "\u00a0";
const NNBSP = "\u202f";

const head = [
  "# 1 Gestion du document",
  "## 1.1 Historique des versions",
  "## 1.2 Validation et diffusion",
  "# 2 Présentation",
  "## 2.1 Objet du plan",
  "## 2.2 Établissement",
  "## 2.3 Sites et locaux",
  "# 3 Organisation de crise",
  "## 3.1 Cellule de crise",
  "## 3.2 Lieux de crise",
  "## 3.3 Critères de déclenchement",
  "## 3.4 Alerte et mobilisation",
  "## 3.5 Notifications et signalements",
  "# 4 Activités essentielles",
  "## 4.1 Échelle de criticité",
  "## 4.2 Tableau des activités essentielles",
  "# 5 Situations redoutées",
];
const tail = [
  "# 10 Exercices et révision",
  "## 10.1 Exercices",
  "## 10.2 Retours d’expérience",
  "## 10.3 Revue du plan",
  "# 11 Points d’attention",
  "# Annexe A – Annuaire de crise",
  "# Annexe B – Glossaire",
  "# Annexe C – Matériel de mode dégradé",
  "# Annexe D – Données à compléter",
];

describe("PSCA outline", () => {
  it("has exactly the headings of documents.md §4 for a small plan", () => {
    expect(headings(render("psca", pscaView(sampleInput())).body)).toEqual([
      ...head,
      "## 5.1 Rançongiciel",
      "# 6 Continuité de l’accompagnement",
      "## 6.1 Urgences **SAU** | {{x}} <b>&amp;",
      "### 6.1.1 Urgences sur papier",
      "## 6.2 Admissions",
      "# 7 Fiches réflexes",
      "## 7.1 Réflexe cyber",
      "# 8 Système d’information et sauvegardes",
      "## 8.1 Ordre de reprise",
      "## 8.2 Sauvegardes",
      "# 9 Retour à la normale",
      "## 9.1 Ressaisie et contrôles par activité",
      "## 9.2 Bascule retour",
      ...tail,
    ]);
  });

  it("keeps every heading of an empty plan with its sentence", () => {
    const doc = render("psca", pscaView(emptyInput()));
    expect(headings(doc.body)).toEqual([
      ...head,
      "# 6 Continuité de l’accompagnement",
      "## 6.1 Urgences",
      "# 7 Fiches réflexes",
      "# 8 Système d’information et sauvegardes",
      "## 8.1 Ordre de reprise",
      "## 8.2 Sauvegardes",
      "# 9 Retour à la normale",
      "## 9.1 Ressaisie et contrôles par activité",
      ...tail,
    ]);
    const says = (prefix: string): string[] => paragraphs(section(doc.body, prefix));
    expect(says("5")).toEqual(["Aucun scénario n’est décrit dans ce plan."]);
    expect(says("7")).toEqual(["Aucune fiche réflexe n’est décrite."]);
    expect(says("8.1")).toEqual(["Aucune ressource n’est décrite."]);
    expect(says("8.2")).toEqual(["Aucune sauvegarde n’est décrite."]);
    expect(says("9.1")).toEqual(["Aucune action de ressaisie n’est décrite."]);
    expect(says("11")).toEqual(["Aucun point d’attention."]);
  });
});

describe("PSCA content", () => {
  const doc = render("psca", pscaView(sampleInput()));

  it("prints the PSCA purpose and the CVS sentence", () => {
    expect(paragraphs(section(doc.body, "2.1"))).toEqual([
      "Ce plan organise la sécurité et l’accompagnement des personnes accueillies lorsque l’établissement perd son système d’information, ses locaux, des personnels clés ou un fournisseur. Il complète le plan bleu, dont il partage la cellule de crise et l’annuaire.",
    ]);
    expect(paragraphs(section(doc.body, "10.3")).slice(1)).toEqual([
      "Le plan est revu au moins une fois par an, après chaque exercice ou crise réelle et à chaque changement notable d’organisation, de système d’information ou de prestataire.",
      "Le plan est présenté au conseil de la vie sociale (CVS) et diffusé aux professionnels de l’établissement.",
    ]);
  });

  it("prints the recovery order of 8.1, ranked resources first", () => {
    expect(tableText(tables(section(doc.body, "8.1"))[0])).toEqual([
      ["Rang", "Ressource", "Type", "Priorité", "Échéance", "Rétablie au plus tôt", "Prestataire"],
      ["1", "Annuaire AD", "Infrastructure", "P1", `4${NBSP}h`, `0${NBSP}min`, "Non renseigné"],
      ["2", "Dossier patient", "Application", "P1", `4${NBSP}h`, `6${NBSP}h`, "Éditeur DPI"],
      [
        "Sans objet",
        "Électricité",
        "Énergie et fluides",
        "Sans échéance",
        "Sans échéance",
        `0${NBSP}min`,
        "Non renseigné",
      ],
    ]);
  });

  it("prints the backups of 8.2 and their summary", () => {
    const blocks = section(doc.body, "8.2");
    expect(tableText(tables(blocks)[0])).toEqual([
      [
        "Ressource",
        "Fréquence",
        "Hors ligne",
        "Immuable",
        "Rétention",
        "Emplacement",
        "Dernier test de restauration",
      ],
      [
        "Dossier patient",
        `1${NBSP}j`,
        "Oui",
        "Oui",
        "Non renseigné",
        "Non renseigné",
        `1er${NBSP}juin${NBSP}2025`,
      ],
    ]);
    expect(paragraphs(blocks)).toEqual([
      `1 ressources sauvegardées, dont 1 avec une copie hors ligne et immuable${NNBSP}; 1 avec un test de restauration de moins d’un an.`,
    ]);
  });

  it("selects every finding in chapter 11", () => {
    const rows = tableText(tables(section(doc.body, "11"))[0]);
    expect(rows.slice(1).map((r) => r[1])).toEqual([
      "Échéance de reprise non tenable",
      "Rôle de crise sans suppléant",
      "Ressource sans usage identifié",
    ]);
    expect(rows[3]).toEqual([
      "Information",
      "Ressource sans usage identifié",
      "Électricité",
      "Aucune activité ni ressource n’en dépend.",
    ]);
  });
});

describe("PSCA v2 vocabulary (docs/documents.md §4, §7.3)", () => {
  it("prints service kinds with the médico-social labels, the PCA keeps the sanitaire ones", () => {
    const input = sampleInput();
    const bia = tableText(tables(section(render("psca", pscaView(input)).body, "4.2"))[0]);
    // Urgences is `care`, Admissions `administrative` in the fixture.
    expect(bia.slice(1).map((r) => r[1])).toEqual(["Accompagnement et soins", "Administration"]);
    const kv = tableText(tables(section(render("psca", pscaView(input)).body, "6.2"))[0]);
    expect(kv[0]).toEqual(["Type", "Administration"]);
  });

  it("a médico-social establishment's glossary adds CVS, IDEC and Plan bleu, in French order", () => {
    const input = sampleInput();
    input.plan.establishment.type = "medico-social";
    const glossary = tableText(tables(section(render("psca", pscaView(input)).body, "Annexe B"))[0]);
    expect(glossary.slice(1).map((r) => r[0])).toEqual([
      "ARS",
      "BIA",
      "Cellule de crise",
      "CERT Santé",
      "CVS",
      "DMIA",
      "FINESS",
      "GHT",
      "IDEC",
      "Main courante",
      "Mode dégradé",
      "PCA",
      "PCRA",
      "PDMA",
      "Plan bleu",
      "PRA",
      "PSCA",
      "Ressaisie",
      "RETEX",
      "RSSI",
      "RTO",
    ]);
    expect(glossary.find((r) => r[0] === "IDEC")?.[1]).toBe("Infirmier ou infirmière coordinateur.");
  });
});
