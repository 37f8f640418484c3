/**
 * [Glossaire] (docs/documents.md §7.3 v2): the common terms plus those of the establishment's sector,
 * in French alphabetical order (accents and case ignored first: `Cellule de crise` before `CERT
 * Santé`, `Ressaisie` before `RETEX`).
 */
import type { EstablishmentType } from "../../plan/types.js";
import { NBSP, NNBSP } from "../../text/french.js";
import type { ViewContext } from "./context.js";
import { table, type TableView } from "./types.js";

const common: [string, string][] = [
  ["ARS", "Agence régionale de santé, informée des incidents graves."],
  ["BIA", `Bilan d’impact sur l’activité${NBSP}: conséquences d’une interruption, activité par activité.`],
  [
    "Cellule de crise",
    `Équipe qui décide et coordonne pendant la crise${NNBSP}; chaque rôle a un suppléant.`,
  ],
  ["CERT Santé", "Équipe nationale d’appui aux structures de santé victimes d’un incident de sécurité."],
  ["DMIA", "Durée maximale d’interruption admissible d’une activité."],
  [
    "RTO",
    `Délai de reprise visé pour une activité${NNBSP}; le RTO effectif tient compte des activités qui en dépendent.`,
  ],
  ["FINESS", "Identifiant national de l’établissement, à neuf caractères."],
  ["GHT", "Groupement hospitalier de territoire."],
  ["Main courante", "Journal horodaté des événements, décisions et actions."],
  ["Mode dégradé", "Fonctionnement sans tout ou partie des moyens habituels (papier, téléphone, coursiers)."],
  ["PCA", "Plan de continuité d’activité."],
  ["PCRA", "Plan de continuité et de reprise d’activité."],
  ["PDMA", "Perte de données maximale admissible (RPO)."],
  ["PRA", "Plan de reprise d’activité."],
  ["PSCA", "Plan de sauvegarde et de continuité d’activité, secteur médico-social."],
  [
    "Ressaisie",
    "Saisie dans le système d’information, au retour à la normale, des données notées sur papier.",
  ],
  ["RETEX", "Retour d’expérience après un exercice ou une crise."],
  ["RSSI", "Responsable de la sécurité des systèmes d’information."],
];

const bySector: Record<EstablishmentType, [string, string][]> = {
  sanitaire: [
    ["DPI", "Dossier patient informatisé."],
    ["GAM", "Gestion administrative des malades."],
    ["PUI", "Pharmacie à usage intérieur."],
    ["SIL", "Système d’information de laboratoire."],
  ],
  "medico-social": [
    ["CVS", "Conseil de la vie sociale."],
    ["IDEC", "Infirmier ou infirmière coordinateur."],
    ["Plan bleu", "Plan de gestion des crises des établissements médico-sociaux."],
  ],
};

/**
 * French dictionary order without relying on the runtime's ICU data (output must not depend on
 * the Node build): compare letters with accents and case removed, then the raw strings.
 */
function frenchKey(term: string): string {
  return term.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

function frenchCompare(a: string, b: string): number {
  const ka = frenchKey(a);
  const kb = frenchKey(b);
  if (ka !== kb) return ka < kb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

export function glossaryRows(type: EstablishmentType): [string, string][] {
  return [...common, ...bySector[type]].sort((a, b) => frenchCompare(a[0], b[0]));
}

export function glossaryView(ctx: ViewContext): TableView {
  return table(["Terme", "Définition"], glossaryRows(ctx.plan.establishment.type), [1, 4]);
}
