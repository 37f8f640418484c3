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
  /** Number of nodes on the critical path from each node, and its last node. */
  pathLength: Int32Array;
  pathEnd: Int32Array;
}

export function computeEarliest(g: Graph, dependentsFirst: Int32Array, duration: Float64Array): Earliest {
  const earliest = new Float64Array(g.nodeCount);
  const next = new Int32Array(g.nodeCount).fill(-1);
  const pathLength = new Int32Array(g.nodeCount);
  const pathEnd = new Int32Array(g.nodeCount);
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
    pathEnd[n] = best < 0 ? n : pathEnd[best];
  }
  return { earliest, next, pathLength, pathEnd };
}

/** Critical path from `node` as ids, the node first. */
export function criticalPath(g: Graph, next: Int32Array, node: number): string[] {
  const path: string[] = [];
  for (let n = node; n >= 0; n = next[n]) path.push(g.ids[n]);
  return path;
}

/**
 * The critical path for a message: whole up to `max` ids, else its first `max − 2` ids, `…`
 * and its last id, with the count — a 10 000-step chain must not make a 10 000-id message.
 */
export function criticalPathText(g: Graph, e: Earliest, node: number, max = 12): string {
  const total = e.pathLength[node];
  if (total <= max) return criticalPath(g, e.next, node).join(" → ");
  const head: string[] = [];
  for (let n = node; head.length < max - 2; n = e.next[n]) head.push(g.ids[n]);
  return `${head.join(" → ")} → … → ${g.ids[e.pathEnd[node]]} (${total}\u00a0ressources)`;
}
