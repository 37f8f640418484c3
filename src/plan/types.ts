/**
 * The plan as written (docs/plan-format.md v1), after loading, merging and schema validation.
 * Durations and dates stay strings here; `parseDuration` / `parseDate` give their values.
 * Keys starting with `x-` may be present anywhere and are ignored.
 */
export type Id = string;
/** A duration string of docs/plan-format.md (`4h`, `1h30`, `PT4H`…). */
export type DurationText = string;
/** `YYYY-MM-DD`. */
export type DateText = string;

export type EstablishmentType = "sanitaire" | "medico-social";
export type Criticality = "vital" | "essential" | "important" | "deferrable";
export type ServiceKind = "care" | "administrative" | "technical";
export type ResourceKind =
  "application" | "infrastructure" | "network" | "data" | "supplier" | "utility" | "facility" | "staff";
export type ProcedureKind = "degraded" | "reflex" | "recovery" | "return-to-normal";
export type ScenarioKind =
  "it-outage" | "site-loss" | "staff-shortage" | "supplier-failure" | "utility-failure" | "other";
export type ExerciseKind = "tabletop" | "simulation" | "technical-restore" | "field-test";
export type ExerciseLevel = "beginner" | "intermediate" | "confirmed";
export type ExerciseStatus = "planned" | "done";

export const criticalityRank: Record<Criticality, number> = {
  vital: 1,
  essential: 2,
  important: 3,
  deferrable: 4,
};

/** Resource kinds lost in the default scenario (total loss of the information system). */
export const itKinds: readonly ResourceKind[] = ["application", "infrastructure", "network", "data"];

export interface Plan {
  version: 1;
  establishment: Establishment;
  plan: PlanMeta;
  contacts: Contact[];
  crisis: Crisis;
  services: Service[];
  resources?: Resource[];
  procedures?: Procedure[];
  scenarios?: Scenario[];
  exercises?: Exercise[];
  sites?: Site[];
}

export interface Establishment {
  name: string;
  /** As written (spaces allowed); `normalizeFiness` gives the 9 characters. */
  finess: string;
  type: EstablishmentType;
  category?: string;
  ght?: string;
  region?: string;
  address?: string;
  beds?: number;
}

export interface PlanMeta {
  version: string;
  date: DateText;
  owner: Id;
  approvedBy?: Id;
  nextReview?: DateText;
  classification?: string;
  title?: string;
  history?: HistoryEntry[];
}

export interface HistoryEntry {
  version: string;
  date: DateText;
  author: string;
  changes: string;
}

export interface Contact {
  id: Id;
  name: string;
  role: string;
  organization?: string;
  phone?: string;
  mobile?: string;
  email?: string;
  deputy?: Id;
  external?: boolean;
}

export interface Crisis {
  cell: CellRole[];
  locations?: CrisisLocation[];
  triggers?: string[];
  alerting?: string[];
  notifications?: Notification[];
  /** v2: the numbers to call first, printed at the top of every fiche and of the binder. */
  hotlines?: Hotline[];
  /** v2: steps that contain a cyberattack before any restoration. */
  containment?: string[];
  /** v2: spokesperson, channels and principles of crisis communication. */
  communication?: Communication;
}

/** v2: a number printed as is, or a contact printed with its mobile, else phone. */
export type Hotline = { label: string; phone: string } | { label: string; contact: Id };

export interface Communication {
  spokesperson?: Id;
  channels?: string[];
  principles?: string[];
}

export interface CellRole {
  role: string;
  contact: Id;
  deputy?: Id;
  responsibilities?: string[];
}

export interface CrisisLocation {
  name: string;
  address?: string;
  notes?: string;
}

export interface Notification {
  who: string;
  when: string;
  how?: string;
}

export interface Service {
  id: Id;
  name: string;
  kind: ServiceKind;
  criticality: Criticality;
  rto: DurationText;
  mtpd?: DurationText;
  rpo?: DurationText;
  activityShare?: number;
  manager?: Id;
  site?: Id;
  dependsOn?: Id[];
  description?: string;
}

export interface Resource {
  id: Id;
  name: string;
  kind: ResourceKind;
  owner?: Id;
  supplier?: string;
  site?: Id;
  dependsOn?: Id[];
  recovery?: { duration: DurationText; team?: Id; steps?: string[] };
  backup?: Backup;
  /** v2: the supplier's hotline or account manager (contact id). */
  supplierContact?: Id;
  description?: string;
}

export interface Backup {
  frequency: DurationText;
  offline: boolean;
  immutable: boolean;
  retention?: DurationText;
  location?: string;
  lastRestoreTest?: DateText;
}

/** A degraded-mode supply: a plain string, or (v2) an item with its details. */
export type Supply =
  string | { item: string; location?: string; quantity?: number; owner?: Id; lastCheck?: DateText };

/** The text of a supply, whichever form it takes (v1 string or v2 item). */
export function supplyText(supply: Supply): string {
  return typeof supply === "string" ? supply : supply.item;
}

export type Step = string | { action: string; who?: string };

export interface Procedure {
  id: Id;
  title: string;
  kind: ProcedureKind;
  service?: Id;
  covers?: Id[];
  maxDuration?: DurationText;
  trigger?: string;
  steps: Step[];
  supplies?: Supply[];
  returnToNormal?: string[];
  owner?: Id;
}

export interface Scenario {
  id: Id;
  title: string;
  kind: ScenarioKind;
  description?: string;
  unavailable?: Id[];
  procedures?: Id[];
}

export interface Exercise {
  date: DateText;
  kind: ExerciseKind;
  title: string;
  scenario?: Id;
  level?: ExerciseLevel;
  status?: ExerciseStatus;
  lessons?: string[];
}

export interface Site {
  id: Id;
  name: string;
  address?: string;
}
