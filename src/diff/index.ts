/**
 * `pcapra diff <old> <new>` (docs/cli.md): what the author changed between two valid plans and
 * what follows from it. Pure: takes the two analyses, returns the JSON document.
 */
import type { Analysis } from "../analyze.js";
import { planChanges } from "./changes.js";
import { findingChanges, orderMoves } from "./derived.js";
import type { PlanDiff } from "./types.js";

export type { Change, EntityKind, OrderMove, PlanDiff } from "./types.js";
export { diffText } from "./text.js";

/** Both analyses must hold a plan and its recovery order (valid plans). */
export function diffPlans(before: Analysis, after: Analysis): PlanDiff {
  if (!before.recovery || !after.recovery) throw new Error("diffPlans: both plans must be valid");
  const findings = findingChanges(before.findings, after.findings);
  return {
    changes: planChanges(before.plan, after.plan),
    derived: { ...findings, orderMoves: orderMoves(before.recovery, after.recovery) },
  };
}
