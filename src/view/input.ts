/**
 * What every document view receives: the validated plan and what the engines computed from it.
 * Views are pure: they only format and order, they never compute recovery facts again.
 */
import type { Finding } from "../diagnostics/types.js";
import type { Plan, Scenario } from "../plan/types.js";
import type { Recovery } from "../recovery/types.js";
import type { CarePlanReport } from "../care/types.js";

export interface ViewInput {
  plan: Plan;
  /** Recovery of the chosen scenario (default: total loss of the information system). */
  recovery: Recovery;
  /** Every finding (rules + recovery engine), sorted as docs/documents.md §1.7 says. */
  findings: Finding[];
  /** CaRE readiness of this plan (docs/care.md), for PCA 2.4–2.5. */
  care: CarePlanReport;
  /** The scenario chosen with `--scenario`, or null for the default. */
  scenario: Scenario | null;
  /**
   * One recovery per plan scenario that makes at least one resource unavailable, plan order
   * (PRA 4.5): computed by the recovery engine, never by the views.
   */
  scenarioOrders: ScenarioOrder[];
}

export interface ScenarioOrder {
  scenario: Scenario;
  recovery: Recovery;
}

export type DocKind = "pca" | "pra" | "psca" | "fiches" | "binder";
