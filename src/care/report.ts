/** The batch report of `pcapra care`: every plan in order, the GHT roll-up and the summary. */
import { programme } from "./constants.js";
import { rollUpGht } from "./rollup.js";
import type { CarePlanEntry, CarePlanReport, CareReport } from "./types.js";

export function buildCareReport(plans: CarePlanEntry[]): CareReport {
  const valid = plans.filter((p): p is CarePlanReport => p.valid);
  return {
    programme,
    plans,
    ght: rollUpGht(valid),
    summary: { plans: plans.length, valid: valid.length, invalid: plans.length - valid.length },
  };
}
