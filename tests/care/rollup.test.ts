import { describe, expect, it } from "vitest";
import { rollUpGht } from "../../src/care/rollup.js";
import type { Plan } from "../../src/plan/types.js";
import { evaluate, fullPlan } from "./helpers.js";

/** A plan whose O1.C is ok, or not when `o1c` is false (no degraded procedure). */
function member(ght: string | undefined, beds: number | undefined, o1c: boolean, o1d = true): Plan {
  const plan = fullPlan();
  if (ght === undefined) delete plan.establishment.ght;
  else plan.establishment.ght = ght;
  if (beds === undefined) delete plan.establishment.beds;
  else plan.establishment.beds = beds;
  if (!o1c) plan.procedures = plan.procedures!.filter((p) => p.kind !== "degraded");
  if (!o1d) plan.exercises = [];
  return plan;
}

describe("rollUpGht", () => {
  it("weights by beds when every plan of the group has them", () => {
    const reports = [
      evaluate(member("GHT Armor", 600, true), [], "a"),
      evaluate(member(" ght armor ", 300, false, false), [], "b"),
      evaluate(member("GHT Armor", 100, false), [], "c"),
    ];
    const [g] = rollUpGht(reports);
    expect(g.ght).toBe("GHT Armor");
    expect(g.plans).toBe(3);
    expect(g.weightBasis).toBe("beds");
    expect(g.items["O1.C"]).toEqual({ share: 0.6, status: "partial" });
    expect(g.items["O1.D"]).toEqual({ share: 0.7, status: "ok" });
    expect(g.sources).toEqual(["a", "b", "c"]);
  });
  it("falls back to one per plan when a plan lacks beds", () => {
    const reports = [
      evaluate(member("G", 600, true), [], "a"),
      evaluate(member("G", undefined, true), [], "b"),
      evaluate(member("G", 100, false), [], "c"),
    ];
    const [g] = rollUpGht(reports);
    expect(g.weightBasis).toBe("plans");
    expect(g.items["O1.C"].share).toBe(0.6667);
    expect(g.items["O1.C"].status).toBe("ok");
  });
  it("is missing when no plan of the group is ok, and groups by first appearance", () => {
    const reports = [
      evaluate(member("Beta", 10, false), [], "a"),
      evaluate(member(undefined, 10, true), [], "b"),
      evaluate(member("Alpha", 10, true), [], "c"),
      evaluate(member("BETA", 10, false), [], "d"),
    ];
    const groups = rollUpGht(reports);
    expect(groups.map((g) => [g.ght, g.plans])).toEqual([
      ["Beta", 2],
      ["Alpha", 1],
    ]);
    expect(groups[0].items["O1.C"]).toEqual({ share: 0, status: "missing" });
    expect(groups[1].items["O1.C"]).toEqual({ share: 1, status: "ok" });
  });
  it("returns nothing without ght", () => {
    expect(rollUpGht([evaluate(member(undefined, 1, true)), evaluate(member("  ", 1, true))])).toEqual([]);
  });
});
