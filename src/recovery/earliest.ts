import type { Graph } from "./graph.js";

/**
 * Earliest restore E(r) = duration(r) + max E over dependencies, in one pass dependencies first.
 * `next[r]` is the dependency with the largest E (ties: smallest id): following it from r gives
 * the critical path. A service's `restoredBy` is the max E over what it reaches; since E never
 * decreases towards dependents, its direct dependencies are enough. Linear in nodes + edges.
 */
export interface Earliest {
  /** E per resource node; for a service node, its restoredBy. */
  earliest: Float64Array;
  /** Next node of the critical path, -1 at the end. */
  next: Int32Array;
  /** Number of nodes on the critical path from each node. */
  pathLength: Int32Array;
  /**
   * First node of the path's last CRITICAL_PATH_ENDS nodes (the path itself when shorter): a
   * shortened path's tail is read from there in constant time (findings/critical-path.ts).
   */
  tailStart: Int32Array;
}

/** Steps kept at each end of a shortened critical path (docs/recovery.md). */
export const CRITICAL_PATH_ENDS = 5;

export function computeEarliest(g: Graph, dependentsFirst: Int32Array, duration: Float64Array): Earliest {
  const earliest = new Float64Array(g.nodeCount);
  const next = new Int32Array(g.nodeCount).fill(-1);
  const pathLength = new Int32Array(g.nodeCount);
  const tailStart = new Int32Array(g.nodeCount);
  for (let i = dependentsFirst.length - 1; i >= 0; i--) {
    const n = dependentsFirst[i];
    let best = -1;
    let bestE = 0;
    for (let k = g.depStart[n]; k < g.depStart[n + 1]; k++) {
      const d = g.depTarget[k];
      const e = earliest[d];
      if (best < 0 || e > bestE || (e === bestE && g.idRank[d] < g.idRank[best])) {
        best = d;
        bestE = e;
      }
    }
    earliest[n] = (n < g.serviceCount ? 0 : duration[n]) + bestE;
    if (n >= g.serviceCount) next[n] = best;
    pathLength[n] = best < 0 ? 1 : 1 + pathLength[best];
    tailStart[n] = pathLength[n] <= CRITICAL_PATH_ENDS ? n : tailStart[best];
  }
  return { earliest, next, pathLength, tailStart };
}
