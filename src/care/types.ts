/**
 * Report types of `pcapra care` (docs/care.md): readiness of a plan against CaRE Domaine 2.
 * The JSON output is these objects as they are; extra fields are allowed by the spec.
 */
import type { Diagnostic } from "../diagnostics/types.js";
import type { EstablishmentType } from "../plan/types.js";

export type CareStatus = "ok" | "partial" | "missing" | "not-evidenced";

export type CareItemId =
  | "P1"
  | "P2"
  | "O1.A"
  | "O1.B"
  | "O1.C"
  | "O1.D"
  | "O2.A"
  | "O2.B"
  | "O3.A"
  | "O3.B"
  | "O3.C"
  | "O3.D"
  | "O4";

export interface CareLocation {
  file: string;
  line: number;
  column: number;
  /** JSON pointer in the merged plan. */
  path: string;
}

export interface CareCheck {
  id: string;
  status: CareStatus;
  /** French: what passed or failed. Absent for `not-evidenced` checks. */
  message?: string;
  /** For `not-evidenced` checks: the document the ARS expects (the « proof expected » cell). */
  document?: string;
  locations: CareLocation[];
}

export interface CareItem {
  id: CareItemId;
  /** Id in the annex of the arrêté, e.g. `D2.O1.C`. */
  ref: string;
  /** French title of the annex. */
  title: string;
  status: CareStatus;
  checks: CareCheck[];
}

export type CareCounts = Record<CareStatus, number>;

export interface CareSite {
  id: string;
  /** Σ activityShare of the services of the site. */
  activityShare: number;
  /** Σ activityShare of its covered services. */
  coveredShare: number;
}

export interface CarePlanReport {
  source: string;
  valid: true;
  /** Domaine 2 funds `sanitaire` establishments; others are checked with `applicable: false`. */
  applicable: boolean;
  establishment: {
    finess: string;
    name: string;
    type: EstablishmentType;
    category?: string;
    ght?: string;
    region?: string;
    beds?: number;
  };
  plan: { version: string; date: string };
  /** min(1, Σ activityShare of covered services), rounded to 4 decimals; null when no activityShare. */
  coverage: number | null;
  /** Items by status. */
  counts: CareCounts;
  /** In the table order of docs/care.md. */
  items: CareItem[];
  sites: CareSite[];
  /** covered(s): ids of covered services, in plan order (docs/documents.md PCA 2.4 / 2.5). */
  covered: string[];
  /** Unrounded coverage (thresholds compare this one); null when no activityShare. */
  coverageRaw: number | null;
}

export interface InvalidPlanReport {
  source: string;
  valid: false;
  /** Whatever could be read (used by the CSV sheet). */
  finess?: string;
  name?: string;
  diagnostics: Diagnostic[];
}

export type CarePlanEntry = CarePlanReport | InvalidPlanReport;

export interface GhtItemShare {
  share: number;
  status: CareStatus;
}

export interface GhtRollUp {
  /** As written in the first plan of the group (trimmed). */
  ght: string;
  plans: number;
  weightBasis: "beds" | "plans";
  items: { "O1.C": GhtItemShare; "O1.D": GhtItemShare };
  /** Sources of the plans of the group, in report order. */
  sources: string[];
}

export interface CareProgramme {
  id: "care-d2";
  arrete: string;
  phaseStart: string;
  policySince: string;
  threshold: number;
}

export interface CareReport {
  programme: CareProgramme;
  plans: CarePlanEntry[];
  ght: GhtRollUp[];
  summary: { plans: number; valid: number; invalid: number };
}
