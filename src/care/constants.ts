/**
 * Programme facts of CaRE Domaine 2 (docs/care.md): arrêté du 3 juillet 2025, JORF 16 juillet 2025,
 * annexe 1. Kept as constants so the report states which rules it applied.
 */
import type { CareItemId, CareProgramme } from "./types.js";
import { NBSP as nbsp, NNBSP as nnbsp } from "../text/french.js";

/** Publication of the arrêté: start of the operational phase; tests must fall inside it. */
export const PHASE_START = "2025-07-16";
/** PSSI (P1) and backup policy (O2.A) must be reviewed on or after this date. */
export const POLICY_SINCE = "2022-07-16";
/** Share of activity BIA/PCRA and the PCA test must cover. */
export const THRESHOLD = 0.66;
export const ARRETE = "2025-07-03";
/** Length of the test window W before `plan.date` (stricter than the text, see docs/care.md notes). */
export const WINDOW_DAYS = 365;

export const programme: CareProgramme = {
  id: "care-d2",
  arrete: ARRETE,
  phaseStart: PHASE_START,
  policySince: POLICY_SINCE,
  threshold: THRESHOLD,
};

export interface ItemDefinition {
  id: CareItemId;
  ref: string;
  title: string;
}

/** The annex items, in the order of docs/care.md (the order of every report). */
export const itemDefinitions: readonly ItemDefinition[] = [
  {
    id: "P1",
    ref: "D2.P1",
    title: "Disposer d’une Politique de Sécurité des Systèmes d’Information (PSSI) formalisée et à jour",
  },
  {
    id: "P2",
    ref: "D2.P2",
    title:
      "Décrire l’organisation prévue pour la mise en œuvre du Plan de Continuité et de Reprise d’Activité",
  },
  {
    id: "O1.A",
    ref: "D2.O1.A",
    title: "Mettre en place une gouvernance pour la Continuité et la Reprise d’Activité",
  },
  { id: "O1.B", ref: "D2.O1.B", title: "Décrire les procédures de réponse à la gestion de crise cyber" },
  {
    id: "O1.C",
    ref: "D2.O1.C",
    title: "Formaliser un plan de continuité d’activité (PCA) et un plan de reprise d’activité (PRA)",
  },
  {
    id: "O1.D",
    ref: "D2.O1.D",
    title: "Tester la mise en œuvre d’un Plan de Continuité d’Activité (PCA) dans un exercice terrain",
  },
  {
    id: "O2.A",
    ref: "D2.O2.A",
    title: "Définir une politique de sauvegarde et de restauration et la maintenir à jour",
  },
  {
    id: "O2.B",
    ref: "D2.O2.B",
    title: "Formaliser un/des plan(s) de sauvegarde et de restauration et le(s) maintenir à jour",
  },
  {
    id: "O3.A",
    ref: "D2.O3.A",
    title: "Mettre en œuvre une authentification sécurisée pour les infrastructures de sauvegarde",
  },
  {
    id: "O3.B",
    ref: "D2.O3.B",
    title: "S’inscrire dans une trajectoire pour un cloisonnement de son infrastructure de sauvegarde",
  },
  { id: "O3.C", ref: "D2.O3.C", title: "S’inscrire dans une trajectoire pour la mise en œuvre du 3-2-1" },
  { id: "O3.D", ref: "D2.O3.D", title: "Mettre en place une supervision des sauvegardes" },
  { id: "O4", ref: "D2.O4", title: "Tester la sauvegarde et la restauration" },
];

/**
 * `document` hints of the checks the plan cannot show: the matching part of the item's « proof
 * expected » cell, in French.
 */
export const documentHints = {
  "P1-pssi": `PSSI approuvée par le représentant légal, revue ou mise à jour depuis le 16${nbsp}juillet${nbsp}2022`,
  "P2-project-note":
    "Note sur l’équipe projet qui construit et maintient le PCRA (un responsable du PCRA, RPCRA, est conseillé, sans être exigé)",
  "O1.A-diagram": `Schéma de gouvernance de la démarche de continuité (pcapra build dessine la cellule de crise${nnbsp}; le pilotage de la démarche n’est pas dans le plan)`,
  "O1.B-plan-blanc": "Plan blanc intégrant les risques numériques",
  "O2.A-policy": `Politique de sauvegarde et de restauration approuvée, mise à jour depuis le 16${nbsp}juillet${nbsp}2022, étendue aux services externalisés et SaaS par des clauses contractuelles`,
  "O2.B-upkeep": "Procédure de mise à jour des plans de sauvegarde des SI critiques",
  "O3.A-auth": `Authentification des infrastructures de sauvegarde indépendante de l’annuaire principal (AD dédié, comptes locaux), rôle d’opérateur à moindre privilège, MFA quand elle est possible${nnbsp}; pour un AD dédié, audit ADS de l’ANSSI avec un score d’au moins 3 en fin de phase`,
  "O3.B-isolation": `Feuille de route de cloisonnement de l’infrastructure de sauvegarde et capacité d’isoler les sauvegardes en cas d’incident («${nbsp}bouton rouge${nbsp}»)`,
  "O3.C-roadmap": "Trajectoire 3-2-1 avec ses jalons, visant une copie immuable hors ligne ou hors site",
  "O3.D-monitoring": `Supervision documentée des sauvegardes, contrôle des exécutions et procédure en cas d’échec${nnbsp}; en GHT, gouvernance du contrôle, alertes centralisées, vérifications du RSSI et procédure pour les alertes non résolues`,
} as const;

export type NotEvidencedCheckId = keyof typeof documentHints;
