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
 * The recovery order of docs/recovery.md over the lost resources: a topological order (dependencies
 * in L first) taking, among the ready resources, the smallest key (LS, criticality rank, id),
 * LS = null (Infinity here) last. Kahn's algorithm with a heap: O((V + E) + V log V).
 *
 * Resources outside L take part in the sort without being ranked: they are available as soon as
 * their own dependencies are, so a lost resource reached through one (`a → supplier → b`, both
 * `a` and `b` lost) still comes after `b` — its dependencies in L are counted transitively
 * through resources that are not lost, as E(r) counts them.
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
  // Ready resources outside L: placed at once, unranked.
  const free: number[] = [];
  const ready = (n: number): void => {
    if (isLost(n)) heap.push(n);
    else free.push(n);
  };
  for (let n = g.serviceCount; n < g.nodeCount; n++) {
    let count = 0;
    for (let k = g.depStart[n]; k < g.depStart[n + 1]; k++) if (g.depTarget[k] >= g.serviceCount) count++;
    pending[n] = count;
    if (count === 0) ready(n);
  }
  const release = (n: number): void => {
    for (let k = g.revStart[n]; k < g.revStart[n + 1]; k++) {
      const q = g.revSource[k];
      if (q >= g.serviceCount && --pending[q] === 0) ready(q);
    }
  };
  const order: number[] = [];
  for (;;) {
    if (free.length > 0) {
      release(free.pop()!);
      continue;
    }
    if (heap.size === 0) break;
    const n = heap.pop();
    order.push(n);
    release(n);
  }
  return order;
}
