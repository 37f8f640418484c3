import { describe, expect, it } from "vitest";
import { pcaView } from "../../src/view/pca.js";
import { emptyInput, sampleInput } from "./fixture.js";
import { headings, paragraphs, render, section, tableText, tables } from "./render.js";

const NBSP = "\u00a0";
const NNBSP = "\u202f";
/** A phone number as printed: groups joined by U+00A0 (docs/documents.md §1.5). */
const tel = (n: string) => n.replace(/ /g, NBSP);

const fixedHead = [
  "# 1 Gestion du document",
  "## 1.1 Historique des versions",
  "## 1.2 Validation et diffusion",
  "# 2 Objet et périmètre",
  "## 2.1 Objet du plan",
  "## 2.2 Établissement",
  "## 2.3 Sites",
  "## 2.4 Activités couvertes",
  "## 2.5 Conformité CaRE domaine 2",
  "# 3 Organisation de crise",
  "## 3.1 Cellule de crise",
  "## 3.2 Lieux de crise",
  "## 3.3 Critères de déclenchement",
  "## 3.4 Alerte et mobilisation",
  "## 3.5 Notifications et signalements",
  "## 3.6 Communication de crise",
  "## 3.7 Demande de rançon",
  "# 4 Bilan d’impact sur l’activité (BIA)",
  "## 4.1 Échelle de criticité",
  "## 4.2 Tableau BIA",
  "## 4.3 Dépendances des activités",
  "# 5 Scénarios de crise",
];
const fixedTail = [
  "# 9 Exercices et maintien du plan",
  "## 9.1 Exercices",
  "## 9.2 Retours d’expérience",
  "## 9.3 Revue du plan",
  "# 10 Points d’attention",
  "# Annexe A – Annuaire de crise",
  "# Annexe B – Glossaire",
  "# Annexe C – Matériel de mode dégradé",
  "# Annexe D – Données à compléter",
];

describe("PCA outline", () => {
  it("has exactly the headings of documents.md §2 for a small plan", () => {
    const doc = render("pca", pcaView(sampleInput()));
    expect(headings(doc.body)).toEqual([
      ...fixedHead,
      "## 5.1 Rançongiciel",
      "# 6 Continuité des activités en mode dégradé",
      "## 6.1 Urgences **SAU** | {{x}} <b>&amp;",
      "### 6.1.1 Urgences sur papier",
      "## 6.2 Admissions",
      "# 7 Fiches réflexes",
      "## 7.1 Réflexe cyber",
      "# 8 Retour à la normale",
      "## 8.1 Ressaisie et contrôles par activité",
      "## 8.2 Bascule retour",
      ...fixedTail,
    ]);
    expect(doc.cover.some((b) => b.type === "heading")).toBe(false);
    expect(doc.body[0]).toEqual({ type: "toc", title: "Sommaire", maxLevel: 2 });
  });

  it("keeps every heading and prints the empty sentences when lists are empty", () => {
    const doc = render("pca", pcaView(emptyInput()));
    expect(headings(doc.body)).toEqual([
      ...fixedHead,
      "# 6 Continuité des activités en mode dégradé",
      "## 6.1 Urgences",
      "# 7 Fiches réflexes",
      "# 8 Retour à la normale",
      "## 8.1 Ressaisie et contrôles par activité",
      ...fixedTail,
    ]);
    const says = (prefix: string): string[] => paragraphs(section(doc.body, prefix));
    expect(says("2.3")).toEqual([
      `Aucun site n’est décrit${NNBSP}; le plan couvre l’établissement dans son ensemble.`,
    ]);
    expect(says("2.4")[0]).toBe(`Part d’activité couverte${NBSP}: Non renseigné.`);
    expect(says("3.2")).toEqual(["Aucun lieu de crise n’est désigné."]);
    expect(says("3.3")).toEqual(["Aucun critère de déclenchement n’est renseigné."]);
    expect(says("3.4")).toEqual(["Aucune séquence d’alerte n’est renseignée."]);
    expect(says("3.5")[0]).toBe("Aucune notification n’est prévue.");
    expect(says("5")).toEqual(["Aucun scénario n’est décrit dans ce plan."]);
    expect(says("6.1")).toEqual(["Aucune procédure dégradée n’est décrite pour cette activité."]);
    expect(says("7")).toEqual(["Aucune fiche réflexe n’est décrite."]);
    expect(says("8.1")).toEqual(["Aucune action de ressaisie n’est décrite."]);
    expect(says("9.1")).toEqual(["Aucun exercice n’est enregistré."]);
    expect(says("9.2")).toEqual(["Aucun retour d’expérience n’est enregistré."]);
    expect(says("10")).toEqual(["Aucun point d’attention."]);
    // No empty table anywhere: every table has at least one body row.
    for (const t of tables(doc.body)) expect(t.rows.length).toBeGreaterThan(0);
    // The history falls back to the current version.
    expect(tableText(tables(section(doc.body, "1.1"))[0])[1]).toEqual([
      "2.1",
      `15${NBSP}mars${NBSP}2026`,
      "Alice Martin",
      "Version courante",
    ]);
  });

  it("lists per-item headings in the Sommaire only up to 60 per chapter", () => {
    for (const [count, mark] of [
      [60, "##"],
      [61, "##!"],
    ] as const) {
      const input = sampleInput();
      input.plan.scenarios = Array.from({ length: count }, (_, i) => ({
        id: `s${i}`,
        title: `Scénario ${i + 1}`,
        kind: "other" as const,
      }));
      const hs = headings(render("pca", pcaView(input)).body).filter((h) => / 5\.\d+ /.test(h));
      expect(hs).toHaveLength(count);
      expect(hs[count - 1]).toBe(`${mark} 5.${count} Scénario ${count}`);
      expect(hs.every((h) => h.startsWith(mark + " "))).toBe(true);
    }
  });
});

describe("PCA content", () => {
  const doc = render("pca", pcaView(sampleInput()));

  it("prints the fixed sentences verbatim", () => {
    expect(paragraphs(section(doc.body, "2.1"))).toEqual([
      "Ce plan décrit comment l’établissement maintient ses activités vitales et essentielles pendant une perturbation majeure, y compris la perte totale du système d’information, jusqu’au retour à la normale. Il s’articule avec le plan blanc et le plan de reprise d’activité (PRA).",
    ]);
    expect(paragraphs(section(doc.body, "3.5"))).toEqual([
      `Rappel${NBSP}: un incident grave de sécurité des systèmes d’information se signale sans délai sur le portail national de signalement des événements sanitaires indésirables (traitement par le CERT Santé, information de l’ARS)${NNBSP}; une violation de données personnelles se notifie à la CNIL dans les 72${NBSP}heures.`,
    ]);
    expect(paragraphs(section(doc.body, "2.4"))[0]).toBe(
      `Part d’activité couverte${NBSP}: 30${NBSP}% (objectif CaRE domaine${NBSP}2${NBSP}: au moins 66${NBSP}%).`,
    );
    expect(paragraphs(section(doc.body, "9.3"))[0]).toBe(
      `Version en vigueur${NBSP}: 2.1 du 15${NBSP}mars${NBSP}2026. Prochaine revue${NBSP}: 1er${NBSP}mars${NBSP}2027.`,
    );
  });

  it("prints the coverage table of 2.4 by service kind", () => {
    expect(tableText(tables(section(doc.body, "2.4"))[0])).toEqual([
      ["Type d’activité", "Activités", "Part décrite", "Part couverte"],
      ["Service de soins", "1", `30${NBSP}%`, `30${NBSP}%`],
      ["Processus administratif", "1", `10${NBSP}%`, `0${NBSP}%`],
      ["Plateau technique", "0", "Non renseigné", "Non renseigné"],
      ["Total", "2", `40${NBSP}%`, `30${NBSP}%`],
    ]);
  });

  it("prints the CaRE items of 2.5 with French statuses", () => {
    const rows = tableText(tables(section(doc.body, "2.5"))[0]);
    expect(rows[0]).toEqual(["Exigence", "Intitulé", "Statut", "Constat"]);
    expect(rows[1].slice(0, 3)).toEqual(["D2.P1", "Disposer d’une PSSI", "À prouver hors plan"]);
    expect(rows[1][3]).toContain("PSSI approuvée");
    expect(rows[2]).toEqual(["D2.O1.C", "Formaliser un PCA et un PRA", "Démontré", "BIA complet"]);
  });

  it("prints BIA rows in BIA order with formatted durations", () => {
    const rows = tableText(tables(section(doc.body, "4.2"))[0]);
    expect(rows[0]).toEqual([
      "Activité",
      "Type",
      "Criticité",
      "DMIA",
      "RTO",
      "RTO effectif",
      "PDMA",
      "Part d’activité",
    ]);
    expect(rows.slice(1).map((r) => r[0])).toEqual(["Urgences **SAU** | {{x}} <b>&amp;", "Admissions"]);
    expect(rows[2]).toEqual([
      "Admissions",
      "Processus administratif",
      "Essentiel",
      "Non renseigné",
      `1${NBSP}j`,
      `4${NBSP}h`,
      "Non renseigné",
      `10${NBSP}%`,
    ]);
    expect(tableText(tables(section(doc.body, "4.3"))[0])[1]).toEqual([
      "Urgences **SAU** | {{x}} <b>&amp;",
      "Dossier patient (Application), Admissions (Activité)",
      `6${NBSP}h`,
      `4${NBSP}h`,
    ]);
  });

  it("prints a service description literally, line breaks kept", () => {
    const texts = paragraphs(section(doc.body, "6.1"));
    expect(texts).toContain("Accueil 24 h/24.\nDeuxième ligne : _italique_ \\ fin");
    const kv = tableText(tables(section(doc.body, "6.1"))[0]);
    expect(kv.map((r) => r[0])).toEqual([
      "Type",
      "Criticité",
      "DMIA",
      "RTO",
      "RTO effectif",
      "PDMA",
      "Part d’activité",
      "Responsable",
      "Dépendances directes",
      "Rétablissement estimé",
    ]);
    expect(kv[7][1]).toBe("Alice Martin, Directrice");
  });

  it("prints a degraded procedure with labels in order and steps with who", () => {
    const blocks = section(doc.body, "6.1.1");
    const labels = blocks.flatMap((b) =>
      b.type === "paragraph" && b.style === "label"
        ? [b.inlines.map((i) => (i.type === "text" ? i.text : "")).join("")]
        : [],
    );
    expect(labels).toEqual([
      "Déclenchement",
      "Ressources palliées",
      "Durée de tenue",
      "Actions",
      "Matériel et supports",
      "Retour à la normale",
    ]);
    const actions = blocks.find((b) => b.type === "list" && b.ordered);
    expect(
      actions &&
        actions.type === "list" &&
        actions.items.map((i) => i.map((x) => (x.type === "text" ? x.text : "\n")).join("")),
    ).toEqual([
      "Sortir les dossiers papier",
      `Prévenir les équipes — Alice Martin, Directrice, 06${NBSP}00${NBSP}00${NBSP}00${NBSP}01`,
      "Tracer — IDE de tri",
    ]);
    // A reflex procedure has no degraded-only labels; this one gives only its steps, so `Actions`
    // is its one label (absent trigger, owner, supplies and return are left out, §1.4 v2).
    const reflexLabels = section(doc.body, "7.1").filter(
      (b) => b.type === "paragraph" && b.style === "label",
    );
    expect(reflexLabels).toHaveLength(1);
  });

  it("prints the scenario of 5.1 with the whole information system", () => {
    expect(tableText(tables(section(doc.body, "5.1"))[0])).toEqual([
      ["Type", "Indisponibilité du système d’information"],
      ["Ressources indisponibles", `Tout le système d’information${NBSP}: Annuaire AD, Dossier patient`],
      ["Activités touchées", "Urgences **SAU** | {{x}} <b>&amp; (Vital), Admissions (Essentiel)"],
      ["Procédures associées", "Réflexe cyber (Fiche réflexe)"],
    ]);
  });

  it("selects the findings of chapter 10 with titles and French details", () => {
    const rows = tableText(tables(section(doc.body, "10"))[0]);
    expect(rows).toEqual([
      ["Gravité", "Constat", "Objet", "Détail"],
      [
        "Erreur",
        "Échéance de reprise non tenable",
        "Dossier patient",
        `Rétablie au plus tôt en 6${NBSP}h pour une échéance de 4${NBSP}h fixée par «${NBSP}Urgences **SAU** | {{x}} <b>&amp;${NBSP}». Chemin critique${NBSP}: Dossier patient → Annuaire AD.`,
      ],
      [
        "Avertissement",
        "Rôle de crise sans suppléant",
        "Coordination soins",
        "Aucun suppléant distinct du titulaire, Alice Martin, Directrice.",
      ],
    ]);
  });

  it("prints the crisis cell with phones on a second line", () => {
    expect(tableText(tables(section(doc.body, "3.1"))[0])).toEqual([
      ["Rôle", "Titulaire", "Suppléant", "Responsabilités"],
      [
        "Directeur de crise",
        `Bruno Durand, Directeur général\n${tel("02 00 00 00 02")}`,
        `Alice Martin, Directrice\n${tel("06 00 00 00 01")}`,
        "Décider\nCommuniquer",
      ],
      [
        "Coordination soins",
        `Alice Martin, Directrice\n${tel("06 00 00 00 01")}`,
        "Non désigné",
        "Non renseigné",
      ],
    ]);
  });

  it("prints the directory, internal contacts first, and the glossary", () => {
    const rows = tableText(tables(section(doc.body, "Annexe A"))[0]);
    expect(rows.slice(1).map((r) => r[0])).toEqual(["Alice Martin", "Bruno Durand", "Éditeur DPI"]);
    expect(rows[1][6]).toBe("Bruno Durand");
    expect(paragraphs(section(doc.body, "Annexe A"))).toEqual([
      `Conserver cet annuaire imprimé${NBSP}: il doit servir sans messagerie ni réseau.`,
    ]);
    const glossary = tableText(tables(section(doc.body, "Annexe B"))[0]);
    expect(glossary.slice(1).map((r) => r[0])).toEqual([
      "ARS",
      "BIA",
      "Cellule de crise",
      "CERT Santé",
      "DMIA",
      "DPI",
      "FINESS",
      "GAM",
      "GHT",
      "Main courante",
      "Mode dégradé",
      "PCA",
      "PCRA",
      "PDMA",
      "PRA",
      "PSCA",
      "PUI",
      "Ressaisie",
      "RETEX",
      "RSSI",
      "RTO",
      "SIL",
    ]);
    expect(glossary.slice(1).every((r) => r[1].endsWith("."))).toBe(true);
  });
});
