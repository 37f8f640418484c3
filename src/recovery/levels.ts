import type { Graph } from "./graph.js";

/**
 * Dependency level of every node (docs/documents.md §3, PRA 4.4): 1 for a node that depends on
 * nothing, else 1 + the highest level among its dependencies — so a resource of level n depends only
 * on resources of lower levels. One pass, dependencies first (the reverse of `dependentsFirst`),
 * no recursion: a 10 000-long chain costs what a wide plan of the same size costs. Resources only
 * depend on resources in the graph (graph.ts drops the rest), so their levels count resources only.
 */
export function dependencyLevels(g: Graph, dependentsFirst: Int32Array): Int32Array {
  const level = new Int32Array(g.nodeCount);
  for (let i = dependentsFirst.length - 1; i >= 0; i--) {
    const n = dependentsFirst[i];
    let highest = 0;
    for (let k = g.depStart[n]; k < g.depStart[n + 1]; k++) {
      const d = g.depTarget[k];
      if (level[d] > highest) highest = level[d];
    }
    level[n] = 1 + highest;
  }
  return level;
}
