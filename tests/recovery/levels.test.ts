/** Dependency levels (docs/documents.md §3, PRA 4.4) are a fact of the engine, read by the PRA view. */
import { describe, expect, it } from "vitest";
import { SourceMap } from "../../src/plan/source-map.js";
import { computeRecovery } from "../../src/recovery/index.js";
import { layerRows, praResources } from "../../src/view/pra-order.js";
import { makePlan } from "./helpers.js";

describe("dependency levels", () => {
  it("are 1 without resource dependency, else 1 + the highest level below (hand-computed)", () => {
    // a ← b, a ← c, {b, c} ← d, {d, a} ← e; f alone; the service depends on e and f.
    // Levels: a 1, b 2, c 2, d 3, e 4 (max of d 3 and a 1, plus 1), f 1. Services do not count.
    const plan = makePlan({
      services: [
        { id: "s", dependsOn: ["e", "f"] },
        { id: "t", dependsOn: ["s"] },
      ],
      resources: [
        { id: "e", dependsOn: ["d", "a"] },
        { id: "d", dependsOn: ["b", "c"] },
        { id: "a" },
        { id: "b", dependsOn: ["a"] },
        { id: "c", dependsOn: ["a", "a"] },
        { id: "f" },
      ],
    });
    const recovery = computeRecovery(plan, new SourceMap()).recovery!;
    const levels = Object.fromEntries([...recovery.resources].map(([id, f]) => [id, f.level]));
    expect(levels).toEqual({ a: 1, b: 2, c: 2, d: 3, e: 4, f: 1 });
    // The PRA 4.4 rows: by level, then document order (rank order here), levels as printed.
    const rows = layerRows(praResources(plan, recovery));
    expect(rows.map((r) => `${r.level} ${r.name}`)).toEqual(
      [...recovery.ranked]
        .map((f) => ({ level: levels[f.id], id: f.id }))
        .sort((x, y) => x.level - y.level)
        .map((x) => `${x.level} ${x.id}`),
    );
    expect(rows.find((r) => r.name === "e")?.dependsOn).toBe("d, a");
  });

  it("walk a 10 000-long chain without recursion", () => {
    // c0 ← c1 ← … ← c9999: level of ck is k + 1. Listed from the top of the chain down, so that
    // plan order is the reverse of the dependency order.
    const n = 10_000;
    const resources = Array.from({ length: n }, (_, i) => {
      const k = n - 1 - i;
      return { id: `c${k}`, dependsOn: k === 0 ? [] : [`c${k - 1}`] };
    });
    const plan = makePlan({ services: [{ id: "s", dependsOn: [`c${n - 1}`] }], resources });
    const recovery = computeRecovery(plan, new SourceMap()).recovery!;
    for (let k = 0; k < n; k += 1) expect(recovery.resources.get(`c${k}`)!.level).toBe(k + 1);
    const rows = layerRows(praResources(plan, recovery));
    expect(rows).toHaveLength(n);
    expect(rows[0]).toMatchObject({ level: "1", name: "c0", dependsOn: "Aucune" });
    expect(rows[n - 1]).toMatchObject({ level: "10000", name: `c${n - 1}`, dependsOn: `c${n - 2}` });
  });
});
