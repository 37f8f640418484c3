/**
 * GHT roll-up (docs/care.md): the 66 % rule across legal entities, which one plan cannot show. Each
 * plan is one EJ, weighted by its beds when every plan of the group gives them, else by 1.
 */
import { THRESHOLD } from "./constants.js";
import { round4 } from "./format.js";
import type { CarePlanReport, CareStatus, GhtItemShare, GhtRollUp } from "./types.js";

function share(group: CarePlanReport[], weights: number[], item: "O1.C" | "O1.D"): GhtItemShare {
  let total = 0;
  let ok = 0;
  group.forEach((r, i) => {
    total += weights[i];
    if (r.items.find((it) => it.id === item)?.status === "ok") ok += weights[i];
  });
  const raw = total > 0 ? ok / total : 0;
  const status: CareStatus = raw >= THRESHOLD ? "ok" : raw > 0 ? "partial" : "missing";
  return { share: round4(raw), status };
}

/** Groups by `establishment.ght` (trimmed, case-insensitive), in order of first appearance. */
export function rollUpGht(reports: CarePlanReport[]): GhtRollUp[] {
  const groups = new Map<string, CarePlanReport[]>();
  for (const r of reports) {
    const ght = r.establishment.ght?.trim();
    if (!ght) continue;
    const key = ght.toLowerCase();
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  return [...groups.values()].map((group) => {
    // Beds > 0 everywhere, else plain counting: a zero weight sum would make the share meaningless.
    const byBeds = group.every((r) => typeof r.establishment.beds === "number" && r.establishment.beds > 0);
    const weights = group.map((r) => (byBeds ? r.establishment.beds! : 1));
    return {
      ght: group[0].establishment.ght!.trim(),
      plans: group.length,
      weightBasis: byBeds ? "beds" : "plans",
      items: { "O1.C": share(group, weights, "O1.C"), "O1.D": share(group, weights, "O1.D") },
      sources: group.map((r) => r.source),
    };
  });
}
