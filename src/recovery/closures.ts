import type { Graph } from "./graph.js";

/**
 * The output-sized lists of docs/recovery.md — services depending on a resource transitively, and
 * R(s), resources a service reaches — computed on first read only, so that computeRecovery
 * itself stays linear (a 100 000-resource plan would otherwise hold up to 10⁸ ids).
 *
 * Services of every node: one bit per service (bits in id order, so that reading a row gives
 * sorted ids), rows OR-ed along every edge in one pass dependents first: O((V + E) · S/32) word
 * operations and V · S/32 words, built once on the first read; reading one list costs S/32 plus
 * its length. Above 64 M words (very large plans) it falls back to a walk up from the node.
 */
export class Closures {
  private rows: Uint32Array | null = null;
  private readonly words: number;
  /** Service nodes in id order: bit b of a row is servicesById[b]. */
  private readonly servicesById: number[];

  constructor(
    private readonly g: Graph,
    private readonly dependentsFirst: Int32Array,
  ) {
    this.words = Math.ceil(g.serviceCount / 32);
    this.servicesById = Array.from({ length: g.serviceCount }, (_, i) => i).sort(
      (a, b) => g.idRank[a] - g.idRank[b],
    );
  }

  /** Ids of the services depending on `node` transitively, sorted by code unit. */
  servicesOf(node: number): string[] {
    if (this.g.nodeCount * this.words > 64 * 1024 * 1024) return this.walkUp(node);
    const rows = this.rows ?? (this.rows = this.buildRows());
    const out: string[] = [];
    for (let w = 0; w < this.words; w++) {
      let bits = rows[node * this.words + w];
      while (bits !== 0) {
        const low = 31 - Math.clz32(bits & -bits);
        out.push(this.g.ids[this.servicesById[w * 32 + low]]);
        bits &= bits - 1;
      }
    }
    return out;
  }

  /** Ids of the resources `service` reaches through dependsOn, sorted by code unit. */
  reachableFrom(service: number): string[] {
    return this.walk(service, this.g.depStart, this.g.depTarget, false);
  }

  private walkUp(node: number): string[] {
    return this.walk(node, this.g.revStart, this.g.revSource, true);
  }

  /** Nodes reachable from `start` along one direction of the edges, services or resources only. */
  private walk(start: number, first: Int32Array, next: Int32Array, services: boolean): string[] {
    const g = this.g;
    const seen = new Uint8Array(g.nodeCount);
    const stack = [start];
    const found: number[] = [];
    seen[start] = 1;
    while (stack.length > 0) {
      const n = stack.pop()!;
      for (let k = first[n]; k < first[n + 1]; k++) {
        const d = next[k];
        if (seen[d]) continue;
        seen[d] = 1;
        stack.push(d);
        if (d < g.serviceCount === services) found.push(d);
      }
    }
    found.sort((a, b) => g.idRank[a] - g.idRank[b]);
    return found.map((n) => g.ids[n]);
  }

  private buildRows(): Uint32Array {
    const { g, words } = this;
    const rows = new Uint32Array(g.nodeCount * words);
    this.servicesById.forEach((s, bit) => (rows[s * words + (bit >> 5)] |= 1 << (bit & 31)));
    for (let i = 0; i < this.dependentsFirst.length; i++) {
      const n = this.dependentsFirst[i];
      const from = n * words;
      for (let k = g.depStart[n]; k < g.depStart[n + 1]; k++) {
        const to = g.depTarget[k] * words;
        for (let w = 0; w < words; w++) rows[to + w] |= rows[from + w];
      }
    }
    return rows;
  }
}
