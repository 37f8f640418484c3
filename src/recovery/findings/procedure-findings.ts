import type { Finding } from "../../diagnostics/types.js";
import { compareIds } from "../graph.js";
import { NBSP } from "../text.js";
import { finding, type FindingContext } from "./context.js";

/**
 * `cover-not-direct`: a degraded procedure covering a resource its service does not depend on
 * directly — the extension of docs/recovery.md only applies to direct dependencies, so it changes
 * nothing. One finding per procedure listing every such resource.
 */
export function procedureFindings(ctx: FindingContext): Finding[] {
  const { plan, map, g } = ctx;
  const out: Finding[] = [];
  (plan.procedures ?? []).forEach((p, i) => {
    if (p.kind !== "degraded" || typeof p.service !== "string" || !Array.isArray(p.covers)) return;
    const s = g.index.get(p.service);
    if (s === undefined || s >= g.serviceCount) return;
    const direct = new Set<number>();
    for (let k = g.depStart[s]; k < g.depStart[s + 1]; k++) direct.add(g.depTarget[k]);
    const indirect = new Set<string>();
    for (const id of p.covers) {
      const r = g.index.get(id);
      if (r !== undefined && r >= g.serviceCount && !direct.has(r)) indirect.add(id);
    }
    if (indirect.size === 0) return;
    const resources = [...indirect].sort(compareIds);
    out.push(
      finding(
        map,
        `/procedures/${i}`,
        "cover-not-direct",
        "warning",
        p.id,
        `La procédure ${p.id} pallie ${resources.join(", ")}, dont l’activité ${p.service} ne dépend pas ` +
          `directement${NBSP}: cela ne change pas ses échéances. Ajoutez la dépendance à l’activité ou retirez-la de covers.`,
        { service: p.service, resources },
      ),
    );
  });
  return out;
}
