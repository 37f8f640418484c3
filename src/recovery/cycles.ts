import type { Diagnostic } from "../diagnostics/types.js";
import type { SourceMap } from "../plan/source-map.js";
import { nodePointer, type Graph } from "./graph.js";

/**
 * Strongly connected components (Tarjan, iterative so that a 100 000-node chain does not blow
 * the call stack). Returns the components that hold a cycle: more than one node, or one node
 * that depends on itself.
 */
export function cyclicComponents(g: Graph): number[][] {
  const n = g.nodeCount;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const callNode: number[] = [];
  const callEdge: number[] = [];
  const found: number[][] = [];
  let counter = 0;

  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    callNode.push(root);
    callEdge.push(g.depStart[root]);
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (callNode.length > 0) {
      const top = callNode.length - 1;
      const v = callNode[top];
      const k = callEdge[top];
      if (k < g.depStart[v + 1]) {
        callEdge[top] = k + 1;
        const w = g.depTarget[k];
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          callNode.push(w);
          callEdge.push(g.depStart[w]);
        } else if (onStack[w] && index[w] < low[v]) {
          low[v] = index[w];
        }
        continue;
      }
      callNode.pop();
      callEdge.pop();
      if (callNode.length > 0) {
        const parent = callNode[callNode.length - 1];
        if (low[v] < low[parent]) low[parent] = low[v];
      }
      if (low[v] === index[v]) {
        const component: number[] = [];
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = 0;
          component.push(w);
        } while (w !== v);
        if (component.length > 1 || hasSelfLoop(g, v)) found.push(component);
      }
    }
  }
  return found;
}

function hasSelfLoop(g: Graph, v: number): boolean {
  for (let k = g.depStart[v]; k < g.depStart[v + 1]; k++) if (g.depTarget[k] === v) return true;
  return false;
}

/**
 * One representative elementary cycle of a component: the shortest cycle through the node with
 * the smallest id, dependencies explored in id order (breadth first) — deterministic whatever
 * the order of the plan's arrays. Returns node indices, start not repeated; `edges[i]` is the
 * index in depTarget of the edge from cycle[i] to its successor.
 */
export function representativeCycle(g: Graph, component: number[]): { nodes: number[]; edges: number[] } {
  const inside = new Set(component);
  let start = component[0];
  for (const v of component) if (g.idRank[v] < g.idRank[start]) start = v;
  const viaEdge = new Map<number, number>();
  const queue = [start];
  let closing = -1;
  for (let head = 0; head < queue.length && closing < 0; head++) {
    const v = queue[head];
    const edges: number[] = [];
    for (let k = g.depStart[v]; k < g.depStart[v + 1]; k++) if (inside.has(g.depTarget[k])) edges.push(k);
    edges.sort((a, b) => g.idRank[g.depTarget[a]] - g.idRank[g.depTarget[b]]);
    for (const k of edges) {
      const w = g.depTarget[k];
      if (w === start) {
        closing = k;
        break;
      }
      if (!viaEdge.has(w)) {
        viaEdge.set(w, k);
        queue.push(w);
      }
    }
  }
  // Walk back from the closing edge to the start.
  const edges = [closing];
  let v = sourceOf(g, closing);
  while (v !== start) {
    const k = viaEdge.get(v)!;
    edges.push(k);
    v = sourceOf(g, k);
  }
  edges.reverse();
  return { nodes: edges.map((k) => sourceOf(g, k)), edges };
}

/** Source node of edge k (binary search in depStart). */
function sourceOf(g: Graph, k: number): number {
  let lo = 0;
  let hi = g.nodeCount - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (g.depStart[mid] <= k) lo = mid;
    else hi = mid - 1;
  }
  // Several nodes may share a start when some have no edge; the last one with start ≤ k owns it.
  return lo;
}

/** Edges of a cycle named in its message (a 10,000-node cycle would print a 700 KB line). */
const CYCLE_EDGES_SHOWN = 10;

/** The `dependency-cycle` errors, one per cyclic component, ordered by the smallest id. */
export function cycleDiagnostics(g: Graph, map: SourceMap): Diagnostic[] {
  const cycles = cyclicComponents(g).map((c) => representativeCycle(g, c));
  cycles.sort((a, b) => g.idRank[a.nodes[0]] - g.idRank[b.nodes[0]]);
  return cycles.map(({ nodes, edges }) => {
    const names = [...nodes, nodes[0]].map((v) => g.ids[v]);
    const edgePointer = (i: number) => `${nodePointer(g, nodes[i])}/dependsOn/${g.depEntry[edges[i]]}`;
    // A long cycle is cut as the critical path of `rto-unreachable` is: the first edges, then a
    // count; the whole cycle stays in `data.cycle`.
    const shown = Math.min(edges.length, CYCLE_EDGES_SHOWN);
    const where = edges.slice(0, shown).map((_, i) => {
      const p = map.locate(edgePointer(i));
      return `${names[i]} → ${names[i + 1]} (${p.file}:${p.line}:${p.column})`;
    });
    const cut = edges.length > shown;
    const cycleText = cut
      ? `${names.slice(0, shown).join(" → ")} → … → ${names[0]} (${edges.length}\u00a0dépendances)`
      : names.join(" → ");
    if (cut) where.push(`et ${edges.length - shown}\u00a0autres`);
    // The start has the smallest id of the cycle: its edge carries the diagnostic.
    const at = map.locate(edgePointer(0));
    const diagnostic: Diagnostic & { data: { cycle: string[] } } = {
      file: at.file,
      line: at.line,
      column: at.column,
      severity: "error",
      code: "dependency-cycle",
      message:
        `Dépendance circulaire\u00a0: ${cycleText}. ` +
        `Aucun ordre de reprise n’est possible tant qu’une de ces dépendances n’est pas retirée. ` +
        `Dépendances en cause\u00a0: ${where.join("\u202f; ")}.`,
      path: edgePointer(0),
      data: { cycle: names },
    };
    return diagnostic;
  });
}
