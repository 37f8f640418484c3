/**
 * What follows from the edits (docs/cli.md, `diff`): moves in the recovery order of the default
 * scenario (docs/recovery.md) and findings that appeared or went away.
 */
import type { Finding } from "../diagnostics/types.js";
import { findingJson } from "../recovery/output/json.js";
import type { Recovery } from "../recovery/types.js";
import type { OrderMove, PlanDiff } from "./types.js";

/**
 * Every resource whose rank differs: a resource entering the order (added, or now lost in the
 * scenario) has `from: null`, one leaving it `to: null`. Ranks are absolute, so an insertion
 * moves the resources after it by one: that is what the crisis cell's printed order shows.
 * Sorted by new rank, then the resources that left by old rank.
 */
export function orderMoves(before: Recovery, after: Recovery): OrderMove[] {
  const from = new Map(before.ranked.map((f) => [f.id, f.rank]));
  const to = new Map(after.ranked.map((f) => [f.id, f.rank]));
  const moves: OrderMove[] = [];
  for (const f of after.ranked) {
    const old = from.get(f.id) ?? null;
    if (old !== f.rank) moves.push({ id: f.id, from: old, to: f.rank });
  }
  for (const f of before.ranked) if (!to.has(f.id)) moves.push({ id: f.id, from: f.rank, to: null });
  return moves;
}

/**
 * A finding is the same on both sides when its code and subject are (docs/recovery.md: one finding
 * per subject): its position or wording may change with the edit, it was neither added nor
 * resolved. Each list keeps the plan's own order of findings.
 */
export function findingChanges(before: readonly Finding[], after: readonly Finding[]): PlanDiff["derived"] {
  const identity = (f: Finding) => `${f.code}\u0000${f.subject}`;
  const was = new Set(before.map(identity));
  const is = new Set(after.map(identity));
  return {
    orderMoves: [],
    findingsAdded: after.filter((f) => !was.has(identity(f))).map(findingJson),
    findingsResolved: before.filter((f) => !is.has(identity(f))).map(findingJson),
  };
}
