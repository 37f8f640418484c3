import { criticalityRank, type Plan } from "../plan/types.js";
import type { Graph } from "./graph.js";
import { minutesOr } from "./minutes.js";

/**
 * What a node inherits from every service that depends on it transitively, propagated
 * dependents first in one linear pass (no per-node traversal): the best criticality rank and
 * the smallest RPO with the service that sets it.
 */
export interface Inherited {
  /** Best criticality rank (1 = vital) over the node itself (services) and its dependents; 5 if none. */
  bestRank: Uint8Array;
  /** Smallest rpo over the same services; Infinity when none has one. */
  rpo: Float64Array;
  /** Service node giving `rpo` (ties: smallest id); -1 when none. */
  rpoService: Int32Array;
}

export function inherit(plan: Plan, g: Graph, dependentsFirst: Int32Array): Inherited {
  const bestRank = new Uint8Array(g.nodeCount).fill(5);
  const rpo = new Float64Array(g.nodeCount).fill(Infinity);
  const rpoService = new Int32Array(g.nodeCount).fill(-1);
  plan.services.forEach((s, i) => {
    bestRank[i] = criticalityRank[s.criticality] ?? 5;
    rpo[i] = minutesOr(s.rpo, Infinity);
    if (rpo[i] !== Infinity) rpoService[i] = i;
  });
  for (let i = 0; i < dependentsFirst.length; i++) {
    const n = dependentsFirst[i];
    const rank = bestRank[n];
    const value = rpo[n];
    const service = rpoService[n];
    for (let k = g.depStart[n]; k < g.depStart[n + 1]; k++) {
      const x = g.depTarget[k];
      if (rank < bestRank[x]) bestRank[x] = rank;
      if (
        service >= 0 &&
        (value < rpo[x] || (value === rpo[x] && g.idRank[service] < g.idRank[rpoService[x]]))
      ) {
        rpo[x] = value;
        rpoService[x] = service;
      }
    }
  }
  return { bestRank, rpo, rpoService };
}
