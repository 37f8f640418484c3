import type { Criticality } from "../plan/types.js";
import type { Closures } from "./closures.js";
import type { FindingContext } from "./findings/context.js";
import { CRITICAL_PATH_WHOLE, shownCriticalPath } from "./findings/critical-path.js";
import { lazy } from "./lazy.js";
import { minutesOr } from "./minutes.js";
import { tierOf } from "./tiers.js";
import type { ResourceFacts, ServiceFacts } from "./types.js";

const criticalityByRank: (Criticality | null)[] = [
  null,
  "vital",
  "essential",
  "important",
  "deferrable",
  null,
];

/** The arrays the finding checks read (findings/context.ts), and those only the facts need. */
export interface FactInputs extends FindingContext {
  closures: Closures;
  rank: Int32Array;
  levels: Int32Array;
}

export function resourceFacts(x: FactInputs, node: number): ResourceFacts {
  const { plan, g, lost, duration, deadlines, earliest, inherited, closures, rank, levels } = x;
  const r = (plan.resources ?? [])[node - g.serviceCount];
  const D = deadlines.deadline[node];
  const deadline = D === Infinity ? null : D;
  const facts = {
    id: g.ids[node],
    name: r.name,
    kind: r.kind,
    lost: lost[node] === 1,
    rank: rank[node] > 0 ? rank[node] : null,
    tier: tierOf(deadline),
    deadlineMinutes: deadline,
    durationMinutes: duration[node],
    latestStartMinutes: deadline === null ? null : deadline - duration[node],
    earliestRestoreMinutes: earliest.earliest[node],
    criticality: criticalityByRank[inherited.bestRank[node]] ?? null,
    deadlineService: deadline === null ? null : g.ids[deadlines.deadlineService[node]],
    level: levels[node],
  } as ResourceFacts;
  lazy(facts, "services", () => closures.servicesOf(node));
  if (earliest.pathLength[node] > CRITICAL_PATH_WHOLE) {
    // Both ends and a count: small whatever the chain, so built now.
    const shown = shownCriticalPath(g, earliest, node);
    facts.criticalPath = shown.ids;
    facts.criticalPathOmitted = shown.omitted;
  } else lazy(facts, "criticalPath", () => shownCriticalPath(g, earliest, node).ids);
  return facts;
}

export function serviceFacts(x: FactInputs, node: number): ServiceFacts {
  const { plan, g, deadlines, earliest, closures } = x;
  const s = plan.services[node];
  const facts = {
    id: g.ids[node],
    name: s.name,
    criticality: s.criticality,
    rtoMinutes: minutesOr(s.rto, 0),
    effectiveRtoMinutes: deadlines.ertO[node] === Infinity ? minutesOr(s.rto, 0) : deadlines.ertO[node],
    restoredByMinutes: earliest.earliest[node],
  } as ServiceFacts;
  lazy(facts, "reachableResources", () => closures.reachableFrom(node));
  return facts;
}
