import { describe, expect, it } from "vitest";
import { SourceMap } from "../../src/plan/source-map.js";
import { computeRecovery } from "../../src/recovery/index.js";
import { makePlan, rec } from "./helpers.js";

describe("a long chain", () => {
  // c00 ← c01 ← … ← c19, each 1 h; service s (rto 1 h) depends on c19.
  // D(c19) = 60, D(c18) = 0, …, D(ck) = 60 − 60·(19 − k) ; E(ck) = 60·(k + 1).
  const resources = Array.from({ length: 20 }, (_, k) => ({
    id: `c${String(k).padStart(2, "0")}`,
    kind: "infrastructure" as const,
    recovery: rec("1h"),
    dependsOn: k === 0 ? [] : [`c${String(k - 1).padStart(2, "0")}`],
  }));
  const plan = makePlan({ services: [{ id: "s", rto: "1h", dependsOn: ["c19"] }], resources });
  const r = computeRecovery(plan, new SourceMap()).recovery!;

  it("deadlines and earliest restores along the chain", () => {
    expect(r.ranked.map((f) => f.id)).toEqual(resources.map((x) => x.id));
    for (let k = 0; k < 20; k++) {
      const f = r.ranked[k];
      expect([f.deadlineMinutes, f.earliestRestoreMinutes, f.latestStartMinutes]).toEqual([
        60 - 60 * (19 - k),
        60 * (k + 1),
        0 - 60 * (19 - k),
      ]);
    }
  });

  it("a path longer than 12 shows its first and last 5 resources and the count between, everywhere", () => {
    const f = r.findings.find((x) => x.code === "rto-unreachable" && x.subject === "c19")!;
    expect(f.message).toContain(
      "chemin critique\u00a0: c19 → c18 → c17 → c16 → c15 → … 10\u00a0autres ressources … → c04 → c03 → c02 → c01 → c00.",
    );
    const ends = ["c19", "c18", "c17", "c16", "c15", "c04", "c03", "c02", "c01", "c00"];
    expect(JSON.parse(JSON.stringify(f.data))).toMatchObject({
      criticalPath: ends,
      criticalPathOmitted: { after: 5, count: 10 },
    });
    const facts = r.resources.get("c19")!;
    expect([facts.criticalPath, facts.criticalPathOmitted]).toEqual([ends, { after: 5, count: 10 }]);
  });

  it("paths of 12 or fewer stay whole, without an omission", () => {
    // c11 → … → c00 is 12 long, c12's is 13: the first shortened one (3 left out).
    const whole = r.findings.find((x) => x.code === "rto-unreachable" && x.subject === "c11")!;
    expect(whole.data!.criticalPath).toHaveLength(12);
    expect(whole.data!.criticalPathOmitted).toBeUndefined();
    expect("criticalPathOmitted" in r.resources.get("c11")!).toBe(false);
    expect(whole.message).toContain("c11 → c10 → c09 → c08 → c07 → c06 → c05 → c04 → c03 → c02 → c01 → c00.");
    const cut = r.findings.find((x) => x.code === "rto-unreachable" && x.subject === "c12")!;
    expect(cut.data!.criticalPathOmitted).toEqual({ after: 5, count: 3 });
    expect(cut.message).toContain("c12 → c11 → c10 → c09 → c08 → … 3\u00a0autres ressources … → c04 →");
  });

  it("lazy lists behave as plain properties (JSON, spread, assignment)", () => {
    const f = r.resources.get("c00")!;
    expect(JSON.parse(JSON.stringify(f)).services).toEqual(["s"]);
    expect({ ...f }.criticalPath).toEqual(["c00"]);
    const copy = { ...f };
    copy.services = [];
    expect(f.services).toEqual(["s"]);
    expect(r.services[0].reachableResources).toHaveLength(20);
  });
});
