/**
 * docs/documents.md, the words: fixed sentences (exact Unicode), empty-section sentences, absent data
 * (§1.4), formats (§1.6), labels (§7.1), findings (§7.2, selection and order §1.7), glossary (§7.3),
 * fiches (§5). Plans are written by hand in plans.ts; expected values are computed by hand there.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { buildYaml, type Built, allText, headingList, tablesIn, texts, under } from "./build.js";
import { emptyPlan, fullPlan } from "./plans.js";

const S = "\u00a0"; // joins numbers and units, precedes `:`
const N = "\u202f"; // precedes `;`, groups thousands
const M = "\u2212";
/** A phone number as printed: its groups joined by U+00A0 (§1.5). */
const tel = (n: string) => n.replace(/ /g, S);

const fixed = {
  pca21:
    "Ce plan décrit comment l’établissement maintient ses activités vitales et essentielles pendant une perturbation majeure, y compris la perte totale du système d’information, jusqu’au retour à la normale. Il s’articule avec le plan blanc et le plan de reprise d’activité (PRA).",
  pra21:
    "Ce plan fixe l’ordre et les délais de restauration des ressources dont dépendent les activités (applications, infrastructures, réseaux, données, fournisseurs, énergies et fluides, locaux, personnels) afin de tenir les durées maximales de rétablissement du bilan d’impact.",
  psca21:
    "Ce plan organise la sécurité et l’accompagnement des personnes accueillies lorsque l’établissement perd son système d’information, ses locaux, des personnels clés ou un fournisseur. Il complète le plan bleu, dont il partage la cellule de crise et l’annuaire.",
  pra22:
    "Hypothèse retenue\u00a0: le système d’information est entièrement perdu à l’instant\u00a00 (rançongiciel)\u202f; fournisseurs, énergies et fluides, locaux et personnels restent disponibles. Les équipes travaillent en parallèle\u202f; une ressource est restaurée dès que celles dont elle dépend le sont. Une durée de restauration non renseignée compte pour 0\u00a0min.",
  pra22Rest:
    " Les équipes travaillent en parallèle\u202f; une ressource est restaurée dès que celles dont elle dépend le sont. Une durée de restauration non renseignée compte pour 0\u00a0min.",
  pra23Bullets: [
    "Échéance\u00a0: heure à laquelle la ressource doit être rétablie.",
    "Début au plus tard\u00a0: heure limite pour commencer sa restauration.",
    "Rétablie au plus tôt\u00a0: heure de fin si tout démarre dès que possible.",
    "Écart\u00a0: échéance moins rétablissement au plus tôt\u202f; négatif, l’échéance n’est pas tenable.",
  ],
  rappel:
    "Rappel\u00a0: un incident grave de sécurité des systèmes d’information se signale sans délai sur le portail national de signalement des événements sanitaires indésirables (traitement par le CERT Santé, information de l’ARS)\u202f; une violation de données personnelles se notifie à la CNIL dans les 72\u00a0heures.",
  revue2:
    "Le plan est revu au moins une fois par an, après chaque exercice ou crise réelle et à chaque changement notable d’organisation, de système d’information ou de prestataire.",
  annuaire: "Conserver cet annuaire imprimé\u00a0: il doit servir sans messagerie ni réseau.",
  cvs: "Le plan est présenté au conseil de la vie sociale (CVS) et diffusé aux professionnels de l’établissement.",
  mainCourante: "Noter chaque action, avec l’heure et son auteur, sur la main courante.",
  noSite: "Aucun site n’est décrit\u202f; le plan couvre l’établissement dans son ensemble.",
};

/** §7.3 v2, sanitaire: the common rows plus DPI, GAM, PUI, SIL, in French alphabetical order (by hand). */
const glossary = [
  ["ARS", "Agence régionale de santé, informée des incidents graves."],
  ["BIA", "Bilan d’impact sur l’activité\u00a0: conséquences d’une interruption, activité par activité."],
  ["Cellule de crise", "Équipe qui décide et coordonne pendant la crise\u202f; chaque rôle a un suppléant."],
  ["CERT Santé", "Équipe nationale d’appui aux structures de santé victimes d’un incident de sécurité."],
  ["DMIA", "Durée maximale d’interruption admissible d’une activité."],
  ["DPI", "Dossier patient informatisé."],
  ["FINESS", "Identifiant national de l’établissement, à neuf caractères."],
  ["GAM", "Gestion administrative des malades."],
  ["GHT", "Groupement hospitalier de territoire."],
  ["Main courante", "Journal horodaté des événements, décisions et actions."],
  ["Mode dégradé", "Fonctionnement sans tout ou partie des moyens habituels (papier, téléphone, coursiers)."],
  ["PCA", "Plan de continuité d’activité."],
  ["PCRA", "Plan de continuité et de reprise d’activité."],
  ["PDMA", "Perte de données maximale admissible (RPO)."],
  ["PRA", "Plan de reprise d’activité."],
  ["PSCA", "Plan de sauvegarde et de continuité d’activité, secteur médico-social."],
  ["PUI", "Pharmacie à usage intérieur."],
  [
    "Ressaisie",
    "Saisie dans le système d’information, au retour à la normale, des données notées sur papier.",
  ],
  ["RETEX", "Retour d’expérience après un exercice ou une crise."],
  ["RSSI", "Responsable de la sécurité des systèmes d’information."],
  [
    "RTO",
    "Délai de reprise visé pour une activité\u202f; le RTO effectif tient compte des activités qui en dépendent.",
  ],
  ["SIL", "Système d’information de laboratoire."],
];

let empty: Record<string, Built>;
let full: Record<string, Built>;
let scenarioPra: Built;

beforeAll(async () => {
  empty = await buildYaml(emptyPlan, ["pca", "pra", "psca", "fiches"]);
  full = await buildYaml(fullPlan, ["pca", "pra", "psca", "fiches"]);
  scenarioPra = (await buildYaml(fullPlan, ["pra"], "arch")).pra;
});

/** The only table under a heading, as rows of cell texts. */
function tableUnder(b: Built, title: string, index = 0): string[][] {
  const ts = tablesIn(under(b, title));
  expect(ts.length, title).toBeGreaterThan(index);
  return ts[index];
}
/** Key–value table → object. */
const kv = (rows: string[][]) => Object.fromEntries(rows.map((r) => [r[0], r[1]]));

describe("fixed sentences (§1.8, §2–§5)", () => {
  it("objects of the plans", () => {
    expect(texts(under(full.pca, "2.1 Objet du plan"))).toEqual([fixed.pca21]);
    expect(texts(under(full.pra, "2.1 Objet du plan"))).toEqual([fixed.pra21]);
    expect(texts(under(full.psca, "2.1 Objet du plan"))).toEqual([fixed.psca21]);
  });

  it("PRA 2.2, default scenario and --scenario", () => {
    expect(texts(under(full.pra, "2.2 Hypothèses de calcul"))).toEqual([fixed.pra22]);
    expect(texts(under(scenarioPra, "2.2 Hypothèses de calcul"))).toEqual([
      `Hypothèse retenue${S}: scénario «${S}Perte des archives${S}»${N}; seules les ressources qu’il rend indisponibles sont perdues à l’instant${S}0.` +
        fixed.pra22Rest,
    ]);
  });

  it("PRA 2.3: the fixed tier table, then the four bullets", () => {
    const blocks = under(full.pra, "2.3 Niveaux de priorité");
    expect(tablesIn(blocks)).toEqual([
      [
        ["Priorité", "Échéance"],
        ["P1", `≤${S}4${S}h`],
        ["P2", `≤${S}1${S}j`],
        ["P3", `≤${S}3${S}j`],
        ["P4", `≤${S}7${S}j`],
        ["P5", `>${S}7${S}j`],
        ["Sans échéance", "Aucune activité n’en fixe"],
      ],
    ]);
    expect(texts(blocks)).toEqual(fixed.pra23Bullets);
    const bullets = blocks.filter((b) => b.kind === "p");
    for (const b of bullets) expect(b.xml).toContain("<w:numPr>");
    expect(blocks[0].kind).toBe("table");
  });

  it("[Notifications] always ends with the reminder, with or without notifications", () => {
    for (const b of [full.pca, empty.pca]) {
      const all = allText(under(b, "3.5 Notifications et signalements"));
      expect(all[all.length - 1]).toBe(fixed.rappel);
    }
    expect(allText(under(empty.pra, "3.4 Notifications et signalements"))).toEqual([
      "Aucune notification n’est prévue.",
      fixed.rappel,
    ]);
  });

  it("[Revue], PSCA 10.3 and the directory's last sentence", () => {
    expect(texts(under(full.pca, "9.3 Revue du plan"))).toEqual([
      `Version en vigueur${S}: 3.0 du 1er${S}mars${S}2026. Prochaine revue${S}: 1er${S}mars${S}2027.`,
      fixed.revue2,
    ]);
    expect(texts(under(empty.pra, "9.3 Revue du plan"))[0]).toBe(
      `Version en vigueur${S}: 0.1 du 15${S}mars${S}2026. Prochaine revue${S}: Non renseigné.`,
    );
    expect(texts(under(full.psca, "10.3 Revue du plan"))).toEqual([
      `Version en vigueur${S}: 3.0 du 1er${S}mars${S}2026. Prochaine revue${S}: 1er${S}mars${S}2027.`,
      fixed.revue2,
      fixed.cvs,
    ]);
    for (const b of [full.pca, full.pra, full.psca, empty.pca]) {
      const t = texts(under(b, "Annexe A – Annuaire de crise"));
      expect(t[t.length - 1]).toBe(fixed.annuaire);
    }
  });

  it("[Sauvegardes]: rank order, then the summary sentence", () => {
    const blocks = under(full.pra, "6 Sauvegardes");
    expect(tablesIn(blocks)[0].map((r) => r[0])).toEqual(["Ressource", "DPI", "GAM", "PACS"]);
    expect(tablesIn(blocks)[0][1]).toEqual([
      "DPI",
      `1${S}j`,
      "Oui",
      "Non",
      "Non renseigné",
      "Non renseigné",
      `1er${S}juin${S}2025`,
    ]);
    // DPI: recent test, not immutable; GAM: no test; PACS: offline + immutable, test of 2024.
    expect(texts(blocks)).toEqual([
      `3 ressources sauvegardées, dont 2 avec une copie hors ligne et immuable${N}; 1 avec un test de restauration de moins d’un an.`,
    ]);
  });
});

describe("empty sections and absent data (§1.4)", () => {
  const sentences: [string, string, string][] = [
    ["pca", "2.3 Sites", fixed.noSite],
    ["pca", "3.2 Lieux de crise", "Aucun lieu de crise n’est désigné."],
    ["pca", "3.3 Critères de déclenchement", "Aucun critère de déclenchement n’est renseigné."],
    ["pca", "3.4 Alerte et mobilisation", "Aucune séquence d’alerte n’est renseignée."],
    ["pca", "5 Scénarios de crise", "Aucun scénario n’est décrit dans ce plan."],
    ["pca", "7 Fiches réflexes", "Aucune fiche réflexe n’est décrite."],
    ["pca", "8.1 Ressaisie et contrôles par activité", "Aucune action de ressaisie n’est décrite."],
    ["pca", "9.1 Exercices", "Aucun exercice n’est enregistré."],
    ["pca", "9.2 Retours d’expérience", "Aucun retour d’expérience n’est enregistré."],
    ["pca", "10 Points d’attention", "Aucun point d’attention."],
    ["pra", "3.2 Équipes de restauration", "Aucune ressource n’est décrite."],
    ["pra", "4.2 Tableau de l’ordre de reprise", "Aucune ressource n’est décrite."],
    ["pra", "4.3 Échéances non tenables", "Toutes les échéances sont tenables avec les durées estimées."],
    ["pra", "6 Sauvegardes", "Aucune sauvegarde n’est décrite."],
    ["pra", "7 Procédures de reprise", "Aucune procédure de reprise n’est décrite."],
    ["pra", "8.1 Ressaisie et contrôles par activité", "Aucune action de ressaisie n’est décrite."],
    ["pra", "10 Points d’attention", "Aucun point d’attention."],
    ["psca", "2.3 Sites et locaux", fixed.noSite],
    ["psca", "5 Situations redoutées", "Aucun scénario n’est décrit dans ce plan."],
    ["psca", "7 Fiches réflexes", "Aucune fiche réflexe n’est décrite."],
    ["psca", "8.1 Ordre de reprise", "Aucune ressource n’est décrite."],
    ["psca", "8.2 Sauvegardes", "Aucune sauvegarde n’est décrite."],
    ["psca", "9.1 Ressaisie et contrôles par activité", "Aucune action de ressaisie n’est décrite."],
    ["psca", "10.1 Exercices", "Aucun exercice n’est enregistré."],
    ["psca", "11 Points d’attention", "Aucun point d’attention."],
  ];
  it.each(sentences)("%s %s", (doc, title, sentence) => {
    const blocks = under(empty[doc], title);
    expect(texts(blocks)).toEqual([sentence]);
    expect(tablesIn(blocks)).toEqual([]);
  });

  it("PCA 6.n without degraded procedure, and its absent values", () => {
    const blocks = under(empty.pca, "6.1 Accueil");
    expect(texts(blocks)).toEqual(["Aucune procédure dégradée n’est décrite pour cette activité."]);
    expect(kv(tablesIn(blocks)[0])).toEqual({
      Type: "Processus administratif",
      Criticité: "Important",
      // §1.4 v2: DMIA, PDMA, Part d’activité, Responsable and Site are absent: rows left out.
      RTO: `2${S}j`,
      "RTO effectif": `2${S}j`,
      "Dépendances directes": "Aucune",
      "Rétablissement estimé": "Sans objet",
    });
  });

  it("[Historique] without history, [Validation] and [Établissement] without optional values", () => {
    expect(tableUnder(empty.pca, "1.1 Historique des versions")).toEqual([
      ["Version", "Date", "Auteur", "Modifications"],
      ["0.1", `15${S}mars${S}2026`, "Alice Martin", "Version courante"],
    ]);
    expect(kv(tableUnder(empty.pca, "1.2 Validation et diffusion"))).toEqual({
      Rédaction: "Alice Martin, Directrice",
      "Date de la version": `15${S}mars${S}2026`,
    });
    const est = tableUnder(empty.pca, "2.2 Établissement");
    // Catégorie, GHT, Région, Adresse and Capacité absent: rows left out (§1.4 v2).
    expect(est.map((r) => r[0])).toEqual(["Raison sociale", "FINESS", "Type"]);
  });

  it("PCA 2.4 without any share", () => {
    const blocks = under(empty.pca, "2.4 Activités couvertes");
    expect(tablesIn(blocks)[0]).toEqual([
      ["Type d’activité", "Activités", "Part décrite", "Part couverte"],
      ["Service de soins", "0", "Non renseigné", "Non renseigné"],
      ["Processus administratif", "1", "Non renseigné", "Non renseigné"],
      ["Plateau technique", "0", "Non renseigné", "Non renseigné"],
      ["Total", "1", "Non renseigné", "Non renseigné"],
    ]);
    expect(texts(blocks)[0]).toBe(`Part d’activité couverte${S}: Non renseigné.`);
  });

  it("directory and cell: Non renseigné, Non désigné; no blank cell", () => {
    expect(tableUnder(empty.pca, "Annexe A – Annuaire de crise")[2]).toEqual([
      "Bruno Durand",
      "Adjoint",
      "Non renseigné",
      "Non renseigné",
      tel("06 99 00 00 02"),
      "Non renseigné",
      "Non désigné",
    ]);
    const cell = tableUnder(full.pca, "3.1 Cellule de crise");
    expect(cell[2]).toEqual(["Communication", "Chloé Petit, Communication", "Non désigné", "Non renseigné"]);
    expect(cell[1]).toEqual([
      "Directeur de crise",
      `Bruno Durand, Directeur général\n${tel("01 99 00 00 02")}`,
      `Alice Martin, Directrice\n${tel("06 99 00 00 01")}`,
      "Décider\nCommuniquer",
    ]);
  });

  it("the cover omits absent optional values; the running header's right slot is empty", () => {
    const header = Object.entries(empty.pca.parts).find(([n]) => /^word\/header\d*\.xml$/.test(n))![1];
    expect(header).not.toMatch(/<w:t[^>]*>Diffusion/);
    expect(allText(empty.pca.blocks.slice(0, 5))).toEqual([
      "Plan de continuité d’activité",
      "Clinique Vide",
      "FINESS 290000017",
      "Version",
      "0.1",
      "Date",
      `15${S}mars${S}2026`,
      "Responsable du plan",
      "Alice Martin, Directrice",
      `Document produit par pcapra à partir du plan source${N}; toute modification se fait dans le plan.`,
    ]);
  });
});

describe("formats (§1.6) in the documents", () => {
  it("durations, percentages, dates in the BIA (half up after 9 decimals: 0.285 → 29 %)", () => {
    expect(tableUnder(full.pca, "4.2 Tableau BIA").slice(1)).toEqual([
      [
        "Urgences",
        "Service de soins",
        "Vital",
        `1${S}h${S}05`,
        `45${S}min`,
        `45${S}min`,
        `30${S}min`,
        `13${S}%`,
      ],
      [
        "Laboratoire",
        "Plateau technique",
        "Essentiel",
        `1${S}j`,
        `4${S}h`,
        `45${S}min`,
        "Non renseigné",
        `<${S}1${S}%`,
      ],
      [
        "Admissions",
        "Processus administratif",
        "Important",
        "Non renseigné",
        `2${S}j`,
        `2${S}j`,
        "Non renseigné",
        `29${S}%`,
      ],
    ]);
    const coverage = under(full.pca, "2.4 Activités couvertes");
    expect(tablesIn(coverage)[0][4]).toEqual(["Total", "3", `41${S}%`, `<${S}1${S}%`]);
    expect(texts(coverage)[0]).toBe(
      `Part d’activité couverte${S}: <${S}1${S}% (objectif CaRE domaine${S}2${S}: au moins 66${S}%).`,
    );
  });

  it("integers group from 10 000 with U+202F", () => {
    expect(kv(tableUnder(full.pca, "2.2 Établissement")).Capacité).toBe(`12${N}000${S}lits`);
    expect(kv(tableUnder(full.pca, "2.2 Établissement")).FINESS).toBe("290000017");
  });

  it("PRA 4.2: durations over a day, signed latest start and gap, negative deadline", () => {
    expect(tableUnder(full.pra, "4.2 Tableau de l’ordre de reprise")).toEqual([
      [
        "Rang",
        "Priorité",
        "Ressource",
        "Échéance",
        "Fixée par",
        "Durée",
        "Début au plus tard",
        "Rétablie au plus tôt",
        "Écart",
      ],
      [
        "1",
        "P1",
        "SAN",
        `${M}23${S}h${S}45`,
        "Urgences",
        `1${S}j${S}22${S}h${S}30`,
        `${M}2${S}j${S}22${S}h${S}15`,
        `1${S}j${S}22${S}h${S}30`,
        `${M}2${S}j${S}22${S}h${S}15`,
      ],
      [
        "2",
        "P1",
        "DPI",
        `45${S}min`,
        "Urgences",
        `1${S}j${S}30${S}min`,
        `${M}23${S}h${S}45`,
        `2${S}j${S}23${S}h`,
        `${M}2${S}j${S}22${S}h${S}15`,
      ],
      ["3", "P1", "SIL", `4${S}h`, "Laboratoire", `2${S}h`, `2${S}h`, `2${S}h`, `+2${S}h`],
      ["4", "P3", "GAM", `2${S}j`, "Admissions", "Non renseigné", `2${S}j`, `0${S}min`, `+2${S}j`],
      ["5", "P3", "PACS", `2${S}j`, "Admissions", "Non renseigné", `2${S}j`, `0${S}min`, `+2${S}j`],
      [
        "6",
        "Sans échéance",
        "Archives",
        "Sans échéance",
        "Aucune",
        "Non renseigné",
        "Sans objet",
        `0${S}min`,
        "Sans objet",
      ],
    ]);
    // rto-unreachable rows in bold.
    const order = under(full.pra, "4.2 Tableau de l’ordre de reprise").find((b) => b.kind === "table")!;
    const rows = [...order.xml.matchAll(/<w:tr(?: [^>]*)?>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    expect(rows.map((r) => /<w:b\/>/.test(r))).toEqual([true, true, true, false, false, false, false]);
  });

  it("PRA 4.1 counts and 4.3 sentences", () => {
    expect(
      tableUnder(full.pra, "4.1 Synthèse par priorité")
        .slice(1)
        .map((r) => [r[0], r[2], r[3]]),
    ).toEqual([
      ["P1", "3", "2"],
      ["P2", "0", "0"],
      ["P3", "2", "0"],
      ["P4", "0", "0"],
      ["P5", "0", "0"],
      ["Sans échéance", "1", "0"],
    ]);
    expect(texts(under(full.pra, "4.3 Échéances non tenables"))).toEqual([
      `SAN${S}: rétablie au plus tôt en 1${S}j${S}22${S}h${S}30, échéance ${M}23${S}h${S}45 fixée par «${S}Urgences${S}».`,
      `Chemin critique${S}: SAN`,
      `DPI${S}: rétablie au plus tôt en 2${S}j${S}23${S}h, échéance 45${S}min fixée par «${S}Urgences${S}».`,
      `Chemin critique${S}: DPI → SAN`,
    ]);
  });

  it("PRA 3.2 teams and 5.n sheets", () => {
    expect(tableUnder(full.pra, "3.2 Équipes de restauration")).toEqual([
      ["Équipe", "Ressources", "Nombre"],
      ["Denis Roux, DSI", "SAN, DPI", "2"],
      ["Non désigné", "SIL, GAM, PACS, Archives", "4"],
    ]);
    const sheet = under(full.pra, "5.3 SIL");
    expect(tablesIn(sheet)[0].map((r) => r[0])).toEqual([
      "Identifiant",
      "Type",
      "Rang",
      "Priorité",
      "Échéance",
      "Durée de restauration",
      "Début au plus tard",
      "Rétablie au plus tôt",
      "Équipe de restauration",
      "Dépend de",
      "Activités servies",
    ]);
    expect(kv(tablesIn(sheet)[0])["Activités servies"]).toBe("Urgences, Laboratoire");
    // No owner, supplier, site or steps: rows and label left out (§1.4 v2).
    expect(texts(sheet)).toEqual(["Sauvegarde", "Aucune sauvegarde n’est décrite."]);
    expect(tablesIn(under(full.pra, "5.2 DPI"))[1]).toEqual([
      ["Fréquence", "Hors ligne", "Immuable", "Rétention", "Emplacement", "Dernier test de restauration"],
      [`1${S}j`, "Oui", "Non", "Non renseigné", "Non renseigné", `1er${S}juin${S}2025`],
    ]);
  });

  it("PSCA 8.1: rank order with supplier", () => {
    expect(tableUnder(full.psca, "8.1 Ordre de reprise").slice(0, 2)).toEqual([
      ["Rang", "Ressource", "Type", "Priorité", "Échéance", "Rétablie au plus tôt", "Prestataire"],
      ["1", "SAN", "Infrastructure", "P1", `${M}23${S}h${S}45`, `1${S}j${S}22${S}h${S}30`, "Non renseigné"],
    ]);
  });
});

describe("labels (§7.1) and orders (§1.7)", () => {
  it("scenarios: kind, lost resources in rank order, touched services, procedures with kind", () => {
    expect(kv(tableUnder(full.pca, "5.1 Rançongiciel"))).toEqual({
      Type: "Indisponibilité du système d’information",
      "Ressources indisponibles": `Tout le système d’information${S}: SAN, DPI, SIL, GAM, PACS, Archives`,
      "Activités touchées": "Urgences (Vital), Laboratoire (Essentiel), Admissions (Important)",
      "Procédures associées":
        "Suspicion de cyberattaque (Fiche réflexe), Laboratoire sans SIL (Procédure dégradée)",
    });
    expect(kv(tableUnder(full.pca, "5.2 Perte des archives"))).toMatchObject({
      Type: "Autre situation",
      "Ressources indisponibles": "Archives",
      "Activités touchées": "Aucune",
    });
  });

  it("exercises: date ascending, kind, level, effective status", () => {
    expect(tableUnder(full.pca, "9.1 Exercices").slice(1)).toEqual([
      [
        `1er${S}octobre${S}2025`,
        "Exercice sur table",
        "Exercice sur table",
        "Rançongiciel",
        "Débutant",
        "Réalisé",
      ],
      [
        `1er${S}mai${S}2026`,
        "Exercice terrain",
        "Exercice terrain",
        "Non renseigné",
        "Non renseigné",
        "Planifié",
      ],
    ]);
    expect(texts(under(full.pca, "9.2 Retours d’expérience"))).toEqual([
      `1er${S}octobre${S}2025 – Exercice sur table`,
      "Imprimer l’annuaire",
    ]);
  });

  it("4.3 dependencies with kind labels; directory internal then external", () => {
    expect(tableUnder(full.pca, "4.3 Dépendances des activités")[1]).toEqual([
      "Urgences",
      "DPI (Application), Laboratoire (Activité)",
      `2${S}j${S}23${S}h`,
      `45${S}min`,
    ]);
    expect(tableUnder(full.pca, "Annexe A – Annuaire de crise").map((r) => r[0])).toEqual([
      "Nom",
      "Alice Martin",
      "Bruno Durand",
      "Chloé Petit",
      "Denis Roux",
      "Éditeur DPI",
    ]);
  });

  it("[Procédure]: labels in order, actions with who", () => {
    const blocks = under(full.pca, "6.2.1 Laboratoire sans SIL");
    expect(texts(blocks)).toEqual([
      "Déclenchement",
      "SIL en panne",
      "Ressources palliées",
      "SIL",
      "Durée de tenue",
      `4${S}h`,
      "Responsable",
      "Denis Roux, DSI",
      "Actions",
      `Passer aux bons papier — Alice Martin, Directrice, ${tel("06 99 00 00 01")}`,
      "Appeler le laboratoire de recours — Technicien de garde",
      "Archiver les bons",
      "Matériel et supports",
      "Bons papier",
      "Retour à la normale",
      "Ressaisir les résultats",
      "Contrôler",
    ]);
    expect(
      texts(under(full.pca, "7.1 Suspicion de cyberattaque"))
        .filter((_, i) => i % 2 === 0)
        .slice(0, 2),
      // No trigger: the label `Déclenchement` is left out (§1.4 v2).
    ).toEqual(["Responsable", "Actions"]);
  });
});

describe("findings (§7.2): titles, details, selection and order", () => {
  const E = `1${S}j${S}22${S}h${S}30`;
  const rows = {
    san: [
      "Avertissement",
      "Échéance de reprise non tenable",
      "SAN",
      `Rétablie au plus tôt en ${E} pour une échéance de ${M}23${S}h${S}45 fixée par «${S}Urgences${S}». Chemin critique${S}: SAN.`,
    ],
    dpi: [
      "Avertissement",
      "Échéance de reprise non tenable",
      "DPI",
      `Rétablie au plus tôt en 2${S}j${S}23${S}h pour une échéance de 45${S}min fixée par «${S}Urgences${S}». Chemin critique${S}: DPI → SAN.`,
    ],
    rpo: [
      "Avertissement",
      "PDMA non tenue par la sauvegarde",
      "DPI",
      `Sauvegarde chaque jour pour une PDMA de 30${S}min («${S}Urgences${S}»).`,
    ],
    noBackup: [
      "Avertissement",
      "Absence de sauvegarde",
      "SIL",
      "Aucune sauvegarde décrite pour une ressource d’une activité vitale ou essentielle.",
    ],
    offline: [
      "Avertissement",
      "Pas de copie hors ligne et immuable",
      "DPI",
      "La sauvegarde n’a pas de copie à la fois hors ligne et immuable.",
    ],
    staleGam: [
      "Avertissement",
      "Test de restauration absent ou ancien",
      "GAM",
      "Aucun test de restauration renseigné.",
    ],
    stalePacs: [
      "Avertissement",
      "Test de restauration absent ou ancien",
      "PACS",
      `Dernier test de restauration${S}: 1er${S}décembre${S}2024.`,
    ],
    degraded: [
      "Avertissement",
      "Activité sans procédure dégradée",
      "Urgences",
      `Aucune procédure dégradée ne pallie la perte de${S}: DPI.`,
    ],
    deputyCom: [
      "Avertissement",
      "Rôle de crise sans suppléant",
      "Communication",
      "Aucun suppléant distinct du titulaire, Chloé Petit, Communication.",
    ],
    deputyDsi: [
      "Avertissement",
      "Rôle de crise sans suppléant",
      "Porte-parole",
      "Aucun suppléant distinct du titulaire, Denis Roux, DSI.",
    ],
    estGam: [
      "Information",
      "Durée de restauration non estimée",
      "GAM",
      `Durée non renseignée, comptée 0${S}min dans le calcul.`,
    ],
    estPacs: [
      "Information",
      "Durée de restauration non estimée",
      "PACS",
      `Durée non renseignée, comptée 0${S}min dans le calcul.`,
    ],
    phoneCom: [
      "Avertissement",
      "Contact sans téléphone",
      "Chloé Petit",
      "Aucun numéro pour Chloé Petit, cité par la cellule de crise.",
    ],
    orphan: [
      "Information",
      "Ressource sans usage identifié",
      "Archives",
      "Aucune activité ni ressource n’en dépend.",
    ],
  };
  const header = ["Gravité", "Constat", "Objet", "Détail"];

  it("PCA 10", () => {
    expect(tableUnder(full.pca, "10 Points d’attention")).toEqual([
      header,
      rows.san,
      rows.dpi,
      rows.degraded,
      rows.deputyCom,
      rows.deputyDsi,
      rows.phoneCom,
    ]);
  });
  it("PRA 10", () => {
    expect(tableUnder(full.pra, "10 Points d’attention")).toEqual([
      header,
      rows.san,
      rows.dpi,
      rows.rpo,
      rows.noBackup,
      rows.offline,
      rows.staleGam,
      rows.stalePacs,
      rows.phoneCom,
      rows.estGam,
      rows.estPacs,
      rows.orphan,
    ]);
  });
  it("PSCA 11: every finding", () => {
    expect(tableUnder(full.psca, "11 Points d’attention")).toEqual([
      header,
      rows.san,
      rows.dpi,
      rows.rpo,
      rows.noBackup,
      rows.offline,
      rows.staleGam,
      rows.stalePacs,
      rows.degraded,
      rows.deputyCom,
      rows.deputyDsi,
      rows.phoneCom,
      rows.estGam,
      rows.estPacs,
      rows.orphan,
    ]);
  });
});

describe("glossary (§7.3)", () => {
  it.each(["pca", "pra", "psca"])("%s: rows in order, each definition with its full stop", (doc) => {
    expect(tableUnder(full[doc], "Annexe B – Glossaire")).toEqual([["Terme", "Définition"], ...glossary]);
  });
});

describe("fiches (§5)", () => {
  /** A phone as printed: groups joined by U+00A0 (§1.5). */
  const labelsOf = (blocks: ReturnType<typeof under>) =>
    blocks.filter((b) => b.kind === "p" && b.style === "Label").map((b) => (b as { text: string }).text);
  /** [Numéros]: the first block of every fiche, a framed box (one-cell table). */
  const numeros = [
    [
      [
        "Numéros immédiats",
        `Directeur de crise${S}: Bruno Durand ${tel("01 99 00 00 02")}`,
        `Directeur de crise${S}: Alice Martin ${tel("06 99 00 00 01")}`,
      ].join("\n"),
    ],
  ];

  it("alert fiche: [Numéros] first, labels and blocks", () => {
    const blocks = under(full.fiches, "1 Fiche d’alerte – Qui prévenir");
    expect(blocks[0].kind).toBe("table");
    expect((blocks[0] as { rows: string[][] }).rows).toEqual(numeros);
    expect(labelsOf(blocks)).toEqual([
      "Alerte et mobilisation",
      "Notifications et signalements",
      "Cellule de crise",
      "Lieux de crise",
    ]);
    expect(tablesIn(blocks).find((t) => t[0][0] === "Rôle")).toEqual([
      ["Rôle", "Titulaire", "Suppléant"],
      [
        "Directeur de crise",
        `Bruno Durand, Directeur général, ${tel("01 99 00 00 02")}`,
        `Alice Martin, Directrice, ${tel("06 99 00 00 01")}`,
      ],
      ["Communication", "Chloé Petit, Communication", "Non désigné"],
      [
        "Porte-parole",
        `Denis Roux, DSI, ${tel("06 99 00 00 04")}`,
        `Denis Roux, DSI, ${tel("06 99 00 00 04")}`,
      ],
    ]);
    expect(allText(blocks)).toContain(fixed.rappel);
    expect(allText(blocks).join("\n")).not.toContain("Non renseigné");
  });

  it("degraded fiche: [Numéros], identification, labels in order, actions with ☐ and Heure, contacts, last line", () => {
    const blocks = under(full.fiches, "3 Fiche mode dégradé – Laboratoire – Laboratoire sans SIL");
    expect((blocks[0] as { rows: string[][] }).rows).toEqual(numeros);
    expect(tablesIn(blocks)[1]).toEqual([
      ["Activité", "Laboratoire – Essentiel"],
      ["Responsable", `Denis Roux, DSI — ${tel("06 99 00 00 04")}`],
      ["Version du plan", `3.0 du 1er${S}mars${S}2026`],
    ]);
    expect(labelsOf(blocks)).toEqual([
      "Quand l’utiliser",
      "Ressources indisponibles palliées",
      "Durée de tenue",
      "Actions",
      "Matériel et supports",
      "Retour à la normale",
      "Contacts utiles",
    ]);
    expect(tablesIn(blocks)[2]).toEqual([
      ["N°", "Action", "Qui", "Fait", "Heure"],
      ["1", "Passer aux bons papier", `Alice Martin, Directrice, ${tel("06 99 00 00 01")}`, "\u2610", ""],
      ["2", "Appeler le laboratoire de recours", "Technicien de garde", "\u2610", ""],
      ["3", "Archiver les bons", "Équipe présente", "\u2610", ""],
    ]);
    // owner, step contacts, (no manager), titular and deputy of the first role; deduplicated.
    expect(tablesIn(blocks)[3]).toEqual([
      ["Nom", "Fonction", "Téléphone", "Mobile"],
      ["Denis Roux", "DSI", "\u2013", tel("06 99 00 00 04")],
      ["Alice Martin", "Directrice", tel("01 99 00 00 01"), tel("06 99 00 00 01")],
      ["Bruno Durand", "Directeur général", tel("01 99 00 00 02"), "\u2013"],
    ]);
    const t = texts(blocks);
    expect(t[t.length - 1]).toBe(fixed.mainCourante);
    expect(allText(blocks).join("\n")).not.toContain("Non renseigné");
  });

  it("reflex fiche: no degraded-only label, `Toutes activités`, absent labels left out", () => {
    const blocks = under(full.fiches, "2 Fiche réflexe – Suspicion de cyberattaque");
    expect(kv(tablesIn(blocks)[1]).Activité).toBe("Toutes activités");
    // No trigger, no supplies: their labels are left out (§5).
    expect(labelsOf(blocks)).toEqual(["Actions", "Contacts utiles"]);
    expect(texts(blocks).at(-1)).toBe(fixed.mainCourante);
  });

  it("every fiche starts a new page", () => {
    expect(headingList(full.fiches)).toEqual([
      "# 1 Fiche d’alerte – Qui prévenir",
      "# 2 Fiche réflexe – Suspicion de cyberattaque",
      "# 3 Fiche mode dégradé – Laboratoire – Laboratoire sans SIL",
    ]);
  });
});

describe("Sommaire: per-item level-2 headings listed only up to 60 per chapter (§1.1)", () => {
  it("61 scenarios are left out, 60 reflex procedures are listed", async () => {
    const scenarios = Array.from(
      { length: 61 },
      (_, i) => `  - id: sc${i}\n    title: Scénario ${i + 1}\n    kind: other\n`,
    );
    const reflexes = Array.from(
      { length: 60 },
      (_, i) => `  - id: rf${i}\n    title: Réflexe ${i + 1}\n    kind: reflex\n    steps: [Agir]\n`,
    );
    const yaml = `${emptyPlan}scenarios:\n${scenarios.join("")}procedures:\n${reflexes.join("")}`;
    const pca = (await buildYaml(yaml, ["pca"])).pca;
    const headings = headingList(pca);
    expect(headings).toContain("## 5.61 Scénario 61");
    expect(headings).toContain("## 7.60 Réflexe 60");
    const toc = [
      ...pca.parts["word/document.xml"].matchAll(
        /<w:p>(?:(?!<\/w:p>)[\s\S])*?<w:pStyle w:val="TOC(\d)"\/>[\s\S]*?<\/w:p>/g,
      ),
    ]
      .map((m) => m[0])
      .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)][0]?.[1]);
    expect(toc).toContain("5 Scénarios de crise");
    expect(toc.filter((t) => t?.startsWith("5."))).toEqual([]);
    expect(toc.filter((t) => t?.startsWith("7."))).toHaveLength(60);
    expect(toc).toContain("6.1 Accueil");
  });
});
