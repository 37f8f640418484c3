/** The `pcapra diff --format json` document (docs/cli.md). */
import type { Severity } from "../diagnostics/types.js";

/**
 * `site` is not in the list of docs/cli.md; sites are entities of the plan too (plan-format:
 * `sites[]` with ids), so their edits are reported rather than lost.
 */
export type EntityKind =
  | "establishment"
  | "plan"
  | "crisis"
  | "contact"
  | "site"
  | "service"
  | "resource"
  | "procedure"
  | "scenario"
  | "exercise";

export interface Change {
  op: "added" | "removed" | "changed";
  entity: EntityKind;
  id?: string;
  /** Path inside the entity: `rto`, `recovery.duration`, `cell[Communication].deputy`. */
  field?: string;
  before?: unknown;
  after?: unknown;
}

/** A rank of the recovery order; `null` when the resource is not ranked in that plan. */
export interface OrderMove {
  id: string;
  from: number | null;
  to: number | null;
}

export interface FindingJson {
  code: string;
  severity: Severity;
  message: string;
  subject: string;
  file: string;
  line: number;
  column: number;
  path: string;
}

export interface PlanDiff {
  changes: Change[];
  derived: { orderMoves: OrderMove[]; findingsAdded: FindingJson[]; findingsResolved: FindingJson[] };
}
