/**
 * The critical path as every output shows it (docs/recovery.md, « Rétablissement au plus tôt »):
 * whole up to CRITICAL_PATH_WHOLE resources, else its first and last CRITICAL_PATH_ENDS resources
 * with the number left out between them. On a chain of n resources there are up to n
 * `rto-unreachable` findings with paths up to n long: printed whole, the message, the
 * `priorities --format json` document and PRA 4.3 grow as n². One bound, here, for all three.
 */
import { formatInteger } from "../../text/french.js";
import { CRITICAL_PATH_ENDS, type Earliest } from "../earliest.js";
import type { Graph } from "../graph.js";

/** Longest path shown whole; 10 resources and a count stand for a longer one. */
export const CRITICAL_PATH_WHOLE = 12;

/** Where resources were left out of a shortened path: `count` of them after the first `after`. */
export interface PathOmission {
  after: number;
  count: number;
}

export interface ShownPath {
  /** Ids from the resource towards its dependencies: all of them, or both ends. */
  ids: string[];
  /** Present only when the path is shortened. */
  omitted?: PathOmission;
}

/** The path from `node` as shown: O(CRITICAL_PATH_WHOLE) whatever the path's length. */
export function shownCriticalPath(g: Graph, e: Earliest, node: number): ShownPath {
  const total = e.pathLength[node];
  const ids: string[] = [];
  if (total <= CRITICAL_PATH_WHOLE) {
    for (let n = node; n >= 0; n = e.next[n]) ids.push(g.ids[n]);
    return { ids };
  }
  for (let n = node; ids.length < CRITICAL_PATH_ENDS; n = e.next[n]) ids.push(g.ids[n]);
  for (let n = e.tailStart[node]; n >= 0; n = e.next[n]) ids.push(g.ids[n]);
  return { ids, omitted: { after: CRITICAL_PATH_ENDS, count: total - 2 * CRITICAL_PATH_ENDS } };
}

/**
 * `a → b → c → d → e → … 990 autres ressources … → v → w → x → y → z`, each id through `label`
 * (the documents print names, the messages ids).
 */
export function criticalPathText(
  ids: readonly string[],
  omitted: PathOmission | undefined,
  label: (id: string) => string = (id) => id,
): string {
  const names = ids.map(label);
  if (omitted === undefined) return names.join(" → ");
  const gap = `… ${formatInteger(omitted.count)}\u00a0autres ressources …`;
  return [...names.slice(0, omitted.after), gap, ...names.slice(omitted.after)].join(" → ");
}
