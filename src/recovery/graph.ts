import type { Plan } from "../plan/types.js";

/**
 * The dependency graph as flat integer arrays: nodes 0..S-1 are the services in plan order,
 * S..S+R-1 the resources in plan order. Typed arrays in CSR form keep a 100 000-node,
 * 1 000 000-edge plan within a few tens of megabytes and every pass linear.
 *
 * An edge `a → b` means "a depends on b". Unknown ids, resource → service edges (the rules
 * phase reports them) and repeated entries of one `dependsOn` list are dropped, so a plan that
 * slipped through invalid never crashes the engine.
 */
export interface Graph {
  serviceCount: number;
  resourceCount: number;
  nodeCount: number;
  ids: string[];
  /** First node defining each id (a duplicate id is a rules error; the first one wins here). */
  index: Map<string, number>;
  /** Position of each node's id among all ids sorted by code unit: the tie-breaker everywhere. */
  idRank: Int32Array;
  /** Dependencies of node n: depTarget[depStart[n] .. depStart[n+1]). */
  depStart: Int32Array;
  depTarget: Int32Array;
  /** Index of the edge in the source node's `dependsOn` list (for positions). */
  depEntry: Int32Array;
  /** Dependents of node n: revSource[revStart[n] .. revStart[n+1]). */
  revStart: Int32Array;
  revSource: Int32Array;
}

export function isService(g: Graph, node: number): boolean {
  return node < g.serviceCount;
}

/** JSON pointer of a node's definition in the plan. */
export function nodePointer(g: Graph, node: number): string {
  return node < g.serviceCount ? `/services/${node}` : `/resources/${node - g.serviceCount}`;
}

export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function buildGraph(plan: Plan): Graph {
  const services = plan.services ?? [];
  const resources = plan.resources ?? [];
  const serviceCount = services.length;
  const resourceCount = resources.length;
  const nodeCount = serviceCount + resourceCount;
  const ids: string[] = new Array(nodeCount);
  const lists: (string[] | undefined)[] = new Array(nodeCount);
  const index = new Map<string, number>();
  for (let i = 0; i < nodeCount; i++) {
    const def = i < serviceCount ? services[i] : resources[i - serviceCount];
    ids[i] = String(def.id);
    lists[i] = Array.isArray(def.dependsOn) ? def.dependsOn : undefined;
    if (!index.has(ids[i])) index.set(ids[i], i);
  }

  // First pass counts kept edges, second fills them; `seen` stamps drop repeats of one list.
  const seen = new Int32Array(nodeCount).fill(-1);
  const depStart = new Int32Array(nodeCount + 1);
  const keep = (from: number, dep: unknown): number => {
    if (typeof dep !== "string") return -1;
    const to = index.get(dep);
    if (to === undefined) return -1;
    if (from >= serviceCount && to < serviceCount) return -1;
    if (seen[to] === from) return -1;
    seen[to] = from;
    return to;
  };
  let edgeCount = 0;
  for (let n = 0; n < nodeCount; n++) {
    const list = lists[n];
    if (list) for (const dep of list) if (keep(n, dep) >= 0) edgeCount++;
    depStart[n + 1] = edgeCount;
  }
  seen.fill(-1);
  const depTarget = new Int32Array(edgeCount);
  const depEntry = new Int32Array(edgeCount);
  const revCount = new Int32Array(nodeCount + 1);
  let e = 0;
  for (let n = 0; n < nodeCount; n++) {
    const list = lists[n];
    if (!list) continue;
    for (let k = 0; k < list.length; k++) {
      const to = keep(n, list[k]);
      if (to < 0) continue;
      depTarget[e] = to;
      depEntry[e] = k;
      revCount[to + 1]++;
      e++;
    }
  }
  const revStart = new Int32Array(nodeCount + 1);
  for (let n = 0; n < nodeCount; n++) revStart[n + 1] = revStart[n] + revCount[n + 1];
  const fill = revStart.slice(0, nodeCount);
  const revSource = new Int32Array(edgeCount);
  for (let n = 0; n < nodeCount; n++) {
    for (let k = depStart[n]; k < depStart[n + 1]; k++) revSource[fill[depTarget[k]]++] = n;
  }

  const order = Array.from({ length: nodeCount }, (_, i) => i).sort(
    (a, b) => compareIds(ids[a], ids[b]) || a - b,
  );
  const idRank = new Int32Array(nodeCount);
  order.forEach((node, rank) => (idRank[node] = rank));

  return {
    serviceCount,
    resourceCount,
    nodeCount,
    ids,
    index,
    idRank,
    depStart,
    depTarget,
    depEntry,
    revStart,
    revSource,
  };
}

/**
 * Nodes with every dependent before its dependencies (Kahn); null when a cycle leaves nodes
 * out. Linear in nodes + edges.
 */
export function dependentsFirst(g: Graph): Int32Array | null {
  const pending = new Int32Array(g.nodeCount);
  for (let n = 0; n < g.nodeCount; n++) pending[n] = g.revStart[n + 1] - g.revStart[n];
  const out = new Int32Array(g.nodeCount);
  let head = 0;
  let tail = 0;
  for (let n = 0; n < g.nodeCount; n++) if (pending[n] === 0) out[tail++] = n;
  while (head < tail) {
    const n = out[head++];
    for (let k = g.depStart[n]; k < g.depStart[n + 1]; k++) {
      const d = g.depTarget[k];
      if (--pending[d] === 0) out[tail++] = d;
    }
  }
  return tail === g.nodeCount ? out : null;
}
