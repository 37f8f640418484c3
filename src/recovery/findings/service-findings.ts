import type { Finding } from "../../diagnostics/types.js";
import { compareIds } from "../graph.js";
import { NBSP } from "../text.js";
import { finding, type FindingContext } from "./context.js";

/** Keys s·N + r of (service, resource) pairs some degraded procedure of s covers. */
export function coveredPairs(ctx: FindingContext): Set<number> {
  const { plan, g } = ctx;
  const covered = new Set<number>();
  for (const p of plan.procedures ?? []) {
    if (p.kind !== "degraded" || typeof p.service !== "string" || !Array.isArray(p.covers)) continue;
    const s = g.index.get(p.service);
    if (s === undefined || s >= g.serviceCount) continue;
    for (const id of p.covers) {
      const r = g.index.get(id);
      if (r !== undefined && r >= g.serviceCount) covered.add(s * g.nodeCount + r);
    }
  }
  return covered;
}

/** `no-degraded-procedure`: a vital or essential service with a direct resource dependency left uncovered. */
export function serviceFindings(ctx: FindingContext): Finding[] {
  const { plan, map, g } = ctx;
  const covered = coveredPairs(ctx);
  const out: Finding[] = [];
  plan.services.forEach((s, i) => {
    if (s.criticality !== "vital" && s.criticality !== "essential") return;
    const uncovered: string[] = [];
    for (let k = g.depStart[i]; k < g.depStart[i + 1]; k++) {
      const x = g.depTarget[k];
      if (x >= g.serviceCount && !covered.has(i * g.nodeCount + x)) uncovered.push(g.ids[x]);
    }
    if (uncovered.length === 0) return;
    uncovered.sort(compareIds);
    out.push(
      finding(
        map,
        `/services/${i}`,
        "no-degraded-procedure",
        "warning",
        g.ids[i],
        `Aucune procédure dégradée de l’activité ${g.ids[i]} (${s.criticality === "vital" ? "vitale" : "essentielle"}) ` +
          `ne pallie la perte de${NBSP}: ${uncovered.join(", ")}.`,
        { resources: uncovered },
      ),
    );
  });
  return out;
}
