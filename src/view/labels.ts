/** French labels of docs/documents.md §7.1. */
import type {
  Criticality,
  EstablishmentType,
  ExerciseKind,
  ExerciseLevel,
  ExerciseStatus,
  ProcedureKind,
  ResourceKind,
  ScenarioKind,
  ServiceKind,
} from "../plan/types.js";
import type { Severity } from "../diagnostics/types.js";
import type { Tier } from "../recovery/types.js";

export const establishmentTypeLabel: Record<EstablishmentType, string> = {
  sanitaire: "Sanitaire",
  "medico-social": "Médico-social",
};

export const criticalityLabel: Record<Criticality, string> = {
  vital: "Vital",
  essential: "Essentiel",
  important: "Important",
  deferrable: "Différable",
};

export const serviceKindLabel: Record<ServiceKind, string> = {
  care: "Service de soins",
  administrative: "Processus administratif",
  technical: "Plateau technique",
};

/** Service kinds in the PSCA (docs/documents.md §4): the médico-social sector's words. */
export const medicoSocialServiceKindLabel: Record<ServiceKind, string> = {
  care: "Accompagnement et soins",
  administrative: "Administration",
  technical: "Logistique et technique",
};

export const resourceKindLabel: Record<ResourceKind, string> = {
  application: "Application",
  infrastructure: "Infrastructure",
  network: "Réseau",
  data: "Données",
  supplier: "Fournisseur",
  utility: "Énergie et fluides",
  facility: "Locaux",
  staff: "Personnel",
};

export const procedureKindLabel: Record<ProcedureKind, string> = {
  degraded: "Procédure dégradée",
  reflex: "Fiche réflexe",
  recovery: "Procédure de reprise",
  "return-to-normal": "Retour à la normale",
};

export const scenarioKindLabel: Record<ScenarioKind, string> = {
  "it-outage": "Indisponibilité du système d’information",
  "site-loss": "Perte d’un site ou de locaux",
  "staff-shortage": "Indisponibilité de personnel",
  "supplier-failure": "Défaillance d’un fournisseur",
  "utility-failure": "Rupture d’énergie ou de fluides",
  other: "Autre situation",
};

export const exerciseKindLabel: Record<ExerciseKind, string> = {
  tabletop: "Exercice sur table",
  simulation: "Exercice de simulation",
  "technical-restore": "Test technique de restauration",
  "field-test": "Exercice terrain",
};

export const exerciseLevelLabel: Record<ExerciseLevel, string> = {
  beginner: "Débutant",
  intermediate: "Intermédiaire",
  confirmed: "Confirmé",
};

export const exerciseStatusLabel: Record<ExerciseStatus, string> = {
  planned: "Planifié",
  done: "Réalisé",
};

export function tierLabel(tier: Tier): string {
  return tier === "none" ? "Sans échéance" : tier;
}

export const severityLabel: Record<Severity, string> = {
  error: "Erreur",
  warning: "Avertissement",
  info: "Information",
};

/** Absent-data wording of docs/documents.md §1.4. */
export const absent = {
  value: "Non renseigné",
  none: "Aucune",
  notAppointed: "Non désigné",
  noDeadline: "Sans échéance",
  notApplicable: "Sans objet",
} as const;
