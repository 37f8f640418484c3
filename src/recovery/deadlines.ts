import type { Plan } from "../plan/types.js";
import type { Graph } from "./graph.js";
import { minutesOr } from "./minutes.js";

/**
 * Deadlines of docs/recovery.md, in one pass over the nodes, dependents first: when a node is
 * reached every contribution to it is known, so it can push its own to its dependencies.
 * Linear in nodes + edges. `Infinity` stands for "no deadline" (null in the output).
 */
export interface Deadlines {
  /** Effective RTO per service node (Infinity for resource nodes). */
  ertO: Float64Array;
  /** D per node (only meaningful for resources); Infinity = null. */
  deadline: Float64Array;
  /** Service node whose contribution gives D (ties: smallest id); -1 when D is null. */
  deadlineService: Int32Array;
}

/** Largest `maxDuration` of the degraded procedures of service s covering resource r, keyed s·N + r. */
export function degradedExtensions(plan: Plan, g: Graph): Map<number, number> {
  const ext = new Map<number, number>();
  for (const p of plan.procedures ?? []) {
    if (p.kind !== "degraded" || typeof p.service !== "string" || !Array.isArray(p.covers)) continue;
    const s = g.index.get(p.service);
    const max = minutesOr(p.maxDuration, NaN);
    if (s === undefined || s >= g.serviceCount || Number.isNaN(max)) continue;
    for (const id of p.covers) {
      const r = g.index.get(id);
      if (r === undefined || r < g.serviceCount) continue;
      const key = s * g.nodeCount + r;
      const previous = ext.get(key);
      if (previous === undefined || max > previous) ext.set(key, max);
    }
  }
  return ext;
}

export function computeDeadlines(
  plan: Plan,
  g: Graph,
  dependentsFirst: Int32Array,
  duration: Float64Array,
): Deadlines {
  const ertO = new Float64Array(g.nodeCount).fill(Infinity);
  const deadline = new Float64Array(g.nodeCount).fill(Infinity);
  const deadlineService = new Int32Array(g.nodeCount).fill(-1);
  plan.services.forEach((s, i) => (ertO[i] = minutesOr(s.rto, Infinity)));
  const ext = degradedExtensions(plan, g);

  const offer = (node: number, value: number, service: number) => {
    if (
      value < deadline[node] ||
      (value === deadline[node] && service >= 0 && g.idRank[service] < g.idRank[deadlineService[node]])
    ) {
      deadline[node] = value;
      deadlineService[node] = service;
    }
  };

  for (let i = 0; i < dependentsFirst.length; i++) {
    const n = dependentsFirst[i];
    const from = g.depStart[n];
    const to = g.depStart[n + 1];
    if (n < g.serviceCount) {
      const own = ertO[n];
      for (let k = from; k < to; k++) {
        const x = g.depTarget[k];
        if (x < g.serviceCount) {
          if (own < ertO[x]) ertO[x] = own;
        } else if (own !== Infinity) {
          const extension = ext.get(n * g.nodeCount + x);
          offer(x, extension === undefined ? own : Math.max(own, extension), n);
        }
      }
    } else if (deadline[n] !== Infinity) {
      const value = deadline[n] - duration[n];
      const service = deadlineService[n];
      for (let k = from; k < to; k++) offer(g.depTarget[k], value, service);
    }
  }
  return { ertO, deadline, deadlineService };
}
