import type { Graph } from "./graph.js";

/** A binary min-heap of node indices under a strict total order `less`. */
export class NodeHeap {
  private readonly items: number[] = [];
  constructor(private readonly less: (a: number, b: number) => boolean) {}

  get size(): number {
    return this.items.length;
  }

  push(node: number): void {
    const a = this.items;
    a.push(node);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(a[i], a[parent])) break;
      [a[i], a[parent]] = [a[parent], a[i]];
      i = parent;
    }
  }

  pop(): number {
    const a = this.items;
    const top = a[0];
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.less(a[l], a[m])) m = l;
        if (r < a.length && this.less(a[r], a[m])) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m], a[i]];
        i = m;
      }
    }
    return top;
  }
}

/**
 * The recovery order of recovery.md over the lost resources: a topological order (dependencies
 * in L first) taking, among the ready resources, the smallest key (LS, criticality rank, id),
 * LS = null (Infinity here) last. Kahn's algorithm with a heap: O((V + E) + V log V).
 */
export function recoveryOrder(
  g: Graph,
  isLost: (node: number) => boolean,
  latestStart: Float64Array,
  bestRank: Uint8Array,
): number[] {
  const pending = new Int32Array(g.nodeCount);
  const less = (a: number, b: number): boolean => {
    if (latestStart[a] !== latestStart[b]) return latestStart[a] < latestStart[b];
    if (bestRank[a] !== bestRank[b]) return bestRank[a] < bestRank[b];
    return g.idRank[a] < g.idRank[b];
  };
  const heap = new NodeHeap(less);
  for (let n = g.serviceCount; n < g.nodeCount; n++) {
    if (!isLost(n)) continue;
    let count = 0;
    for (let k = g.depStart[n]; k < g.depStart[n + 1]; k++) if (isLost(g.depTarget[k])) count++;
    pending[n] = count;
    if (count === 0) heap.push(n);
  }
  const order: number[] = [];
  while (heap.size > 0) {
    const n = heap.pop();
    order.push(n);
    for (let k = g.revStart[n]; k < g.revStart[n + 1]; k++) {
      const q = g.revSource[k];
      if (q >= g.serviceCount && isLost(q) && --pending[q] === 0) heap.push(q);
    }
  }
  return order;
}
