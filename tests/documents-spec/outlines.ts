/**
 * The heading outlines of docs/documents.md §2–§5, written from the spec and computed from the plan and
 * the recovery order only (never from pcapra's views): the one transcription of the outlines that
 * every test comparing DOCX headings uses.
 */
import type { Plan, Procedure, Service } from "../../src/plan/types.js";
import type { Recovery } from "../../src/recovery/types.js";

const critRank = { vital: 1, essential: 2, important: 3, deferrable: 4 } as const;

function bia(plan: Plan): Service[] {
  return plan.services
    .map((s, i) => ({ s, i }))
    .sort((a, b) => critRank[a.s.criticality] - critRank[b.s.criticality] || a.i - b.i)
    .map((x) => x.s);
}
const ofKind = (plan: Plan, kind: Procedure["kind"]) =>
  (plan.procedures ?? []).filter((p) => p.kind === kind);
const degradedOf = (plan: Plan, s: Service) => ofKind(plan, "degraded").filter((p) => p.service === s.id);

function scenariosAndServices(plan: Plan, scenarioTitle: string, serviceTitle: string, reflexTitle: string) {
  return [
    `# 5 ${scenarioTitle}`,
    ...(plan.scenarios ?? []).map((sc, i) => `## 5.${i + 1} ${sc.title}`),
    `# 6 ${serviceTitle}`,
    ...bia(plan).flatMap((s, i) => [
      `## 6.${i + 1} ${s.name}`,
      ...degradedOf(plan, s).map((p, j) => `### 6.${i + 1}.${j + 1} ${p.title}`),
    ]),
    `# 7 ${reflexTitle}`,
    ...ofKind(plan, "reflex").map((p, i) => `## 7.${i + 1} ${p.title}`),
  ];
}

const documentHead = [
  "# 1 Gestion du document",
  "## 1.1 Historique des versions",
  "## 1.2 Validation et diffusion",
];
const annexes = ["# Annexe A – Annuaire de crise", "# Annexe B – Glossaire"];
/** PCA and PSCA (v2): the paper kits, then the missing data (§1.9). */
const continuityAnnexes = [
  ...annexes,
  "# Annexe C – Matériel de mode dégradé",
  "# Annexe D – Données à compléter",
];
const crisis = [
  "## 3.1 Cellule de crise",
  "## 3.2 Lieux de crise",
  "## 3.3 Critères de déclenchement",
  "## 3.4 Alerte et mobilisation",
  "## 3.5 Notifications et signalements",
];

export function pcaOutline(plan: Plan): string[] {
  return [
    ...documentHead,
    "# 2 Objet et périmètre",
    "## 2.1 Objet du plan",
    "## 2.2 Établissement",
    "## 2.3 Sites",
    "## 2.4 Activités couvertes",
    "## 2.5 Conformité CaRE domaine 2",
    "# 3 Organisation de crise",
    ...crisis,
    "## 3.6 Communication de crise",
    "## 3.7 Demande de rançon",
    "# 4 Bilan d’impact sur l’activité (BIA)",
    "## 4.1 Échelle de criticité",
    "## 4.2 Tableau BIA",
    "## 4.3 Dépendances des activités",
    ...scenariosAndServices(
      plan,
      "Scénarios de crise",
      "Continuité des activités en mode dégradé",
      "Fiches réflexes",
    ),
    "# 8 Retour à la normale",
    "## 8.1 Ressaisie et contrôles par activité",
    ...ofKind(plan, "return-to-normal").map((p, i) => `## 8.${i + 2} ${p.title}`),
    "# 9 Exercices et maintien du plan",
    "## 9.1 Exercices",
    "## 9.2 Retours d’expérience",
    "## 9.3 Revue du plan",
    "# 10 Points d’attention",
    ...continuityAnnexes,
  ];
}

/**
 * PRA 5.n "one per resource, rank order": rank exists over the lost set only (docs/recovery.md); the
 * resources outside it follow in plan order (the reading pcapra and 4.2 "every resource" share).
 */
function praResourceNames(plan: Plan, recovery: Recovery): string[] {
  const byId = new Map((plan.resources ?? []).map((r) => [r.id, r]));
  const ranked = [...recovery.ranked].sort((a, b) => a.rank! - b.rank!).map((f) => byId.get(f.id)!);
  const rankedIds = new Set(ranked.map((r) => r.id));
  return [...ranked, ...(plan.resources ?? []).filter((r) => !rankedIds.has(r.id))].map((r) => r.name);
}

/**
 * PRA 4.5.n "one per scenario that makes a resource unavailable, plan order": its `unavailable`
 * names a resource of the plan, or an `it-outage` without `unavailable` loses the IT resources
 * (docs/recovery.md).
 */
function scenariosLosingResources(plan: Plan) {
  const ids = new Set((plan.resources ?? []).map((r) => r.id));
  const it = (plan.resources ?? []).some((r) =>
    ["application", "infrastructure", "network", "data"].includes(r.kind),
  );
  return (plan.scenarios ?? []).filter((sc) =>
    sc.unavailable !== undefined ? sc.unavailable.some((id) => ids.has(id)) : sc.kind === "it-outage" && it,
  );
}

export function praOutline(plan: Plan, recovery: Recovery): string[] {
  return [
    ...documentHead,
    "# 2 Objet et hypothèses",
    "## 2.1 Objet du plan",
    "## 2.2 Hypothèses de calcul",
    "## 2.3 Niveaux de priorité",
    "# 3 Organisation de la reprise",
    "## 3.1 Cellule de crise",
    "## 3.2 Équipes de restauration",
    "## 3.3 Alerte et mobilisation",
    "## 3.4 Notifications et signalements",
    "## 3.5 Endiguement et préservation des preuves",
    "# 4 Ordre de reprise",
    "## 4.1 Synthèse par priorité",
    "## 4.2 Tableau de l’ordre de reprise",
    "## 4.3 Échéances non tenables",
    "## 4.4 Schéma des dépendances",
    "## 4.5 Ordre de reprise par scénario",
    ...scenariosLosingResources(plan).map((sc, i) => `### 4.5.${i + 1} ${sc.title}`),
    "# 5 Fiches de restauration",
    ...praResourceNames(plan, recovery).map((n, i) => `## 5.${i + 1} ${n}`),
    "# 6 Sauvegardes",
    "# 7 Procédures de reprise",
    ...ofKind(plan, "recovery").map((p, i) => `## 7.${i + 1} ${p.title}`),
    "# 8 Retour à la normale",
    "## 8.1 Ressaisie et contrôles par activité",
    ...ofKind(plan, "return-to-normal").map((p, i) => `## 8.${i + 2} ${p.title}`),
    "# 9 Tests et exercices",
    "## 9.1 Exercices",
    "## 9.2 Retours d’expérience",
    "## 9.3 Revue du plan",
    "# 10 Points d’attention",
    ...annexes,
    "# Annexe C – Données à compléter",
  ];
}

export function pscaOutline(plan: Plan): string[] {
  return [
    ...documentHead,
    "# 2 Présentation",
    "## 2.1 Objet du plan",
    "## 2.2 Établissement",
    "## 2.3 Sites et locaux",
    "# 3 Organisation de crise",
    ...crisis,
    "# 4 Activités essentielles",
    "## 4.1 Échelle de criticité",
    "## 4.2 Tableau des activités essentielles",
    ...scenariosAndServices(
      plan,
      "Situations redoutées",
      "Continuité de l’accompagnement",
      "Fiches réflexes",
    ),
    "# 8 Système d’information et sauvegardes",
    "## 8.1 Ordre de reprise",
    "## 8.2 Sauvegardes",
    "# 9 Retour à la normale",
    "## 9.1 Ressaisie et contrôles par activité",
    ...ofKind(plan, "return-to-normal").map((p, i) => `## 9.${i + 2} ${p.title}`),
    "# 10 Exercices et révision",
    "## 10.1 Exercices",
    "## 10.2 Retours d’expérience",
    "## 10.3 Revue du plan",
    "# 11 Points d’attention",
    ...continuityAnnexes,
  ];
}

export function fichesOutline(plan: Plan): string[] {
  const reflex = ofKind(plan, "reflex").map((p) => `Fiche réflexe – ${p.title}`);
  const degraded = bia(plan).flatMap((s) =>
    degradedOf(plan, s).map((p) => `Fiche mode dégradé – ${s.name} – ${p.title}`),
  );
  return ["Fiche d’alerte – Qui prévenir", ...reflex, ...degraded].map((t, i) => `# ${i + 1} ${t}`);
}
