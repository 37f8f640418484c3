import { describe, expect, it } from "vitest";
import { SourceMap } from "../../src/plan/source-map.js";
import { computeRecovery } from "../../src/recovery/index.js";
import { makePlan, rec } from "./helpers.js";

/** A source map where `/resources/i/dependsOn/k` sits at line 10·i + k + 1 of plan.yaml. */
function mapFor(plan: ReturnType<typeof makePlan>): SourceMap {
  const map = new SourceMap();
  map.fallbackFile = "plan.yaml";
  plan.resources!.forEach((r, i) => {
    map.set(`/resources/${i}`, { value: { file: "plan.yaml", line: 10 * i + 1, column: 5 } });
    (r.dependsOn ?? []).forEach((_, k) =>
      map.set(`/resources/${i}/dependsOn/${k}`, {
        value: { file: "plan.yaml", line: 10 * i + k + 2, column: 9 },
      }),
    );
  });
  return map;
}

describe("dependency cycles", () => {
  // dpi → sql-cluster → ad → dpi; smallest id ad starts the cycle and carries the diagnostic.
  const plan = makePlan({
    services: [{ id: "urgences", dependsOn: ["dpi"] }],
    resources: [
      { id: "dpi", dependsOn: ["sql-cluster"] }, // index 0: edge line 2
      { id: "sql-cluster", dependsOn: ["ad"] }, // index 1: edge line 12
      { id: "ad", dependsOn: ["dns", "dpi"] }, // index 2: edges lines 22, 23
      { id: "dns" },
    ],
  });

  it("reports the whole cycle once, on the smallest id's edge, with every edge's location", () => {
    const { recovery, diagnostics } = computeRecovery(plan, mapFor(plan));
    expect(recovery).toBeUndefined();
    expect(diagnostics).toHaveLength(1);
    const d = diagnostics[0] as (typeof diagnostics)[0] & { data: { cycle: string[] } };
    expect(d.code).toBe("dependency-cycle");
    expect(d.severity).toBe("error");
    expect(d.message).toContain("ad → dpi → sql-cluster → ad");
    expect(d.path).toBe("/resources/2/dependsOn/1");
    expect([d.file, d.line, d.column]).toEqual(["plan.yaml", 23, 9]);
    expect(d.message).toContain("plan.yaml:23:9");
    expect(d.message).toContain("plan.yaml:2:9");
    expect(d.message).toContain("plan.yaml:12:9");
    expect(d.data.cycle).toEqual(["ad", "dpi", "sql-cluster", "ad"]);
  });

  it("a self-loop and a second component are each reported, ordered by id", () => {
    const p = makePlan({
      services: [{ id: "s" }],
      resources: [
        { id: "z", dependsOn: ["y"] },
        { id: "y", dependsOn: ["z"] },
        { id: "m", dependsOn: ["m"] },
      ],
    });
    const { diagnostics } = computeRecovery(p, new SourceMap());
    expect(diagnostics.map((d) => d.message.split(". ")[0])).toEqual([
      "Dépendance circulaire\u00a0: m → m",
      "Dépendance circulaire\u00a0: y → z → y",
    ]);
  });

  it("a component with several cycles gives the shortest one through its smallest id", () => {
    // a → b, b → c, c → a, b → a: the cycles a→b→a and a→b→c→a; the shortest is reported.
    const p = makePlan({
      services: [{ id: "s", dependsOn: ["a"] }],
      resources: [
        { id: "c", dependsOn: ["a"] },
        { id: "b", dependsOn: ["c", "a"] },
        { id: "a", dependsOn: ["b"] },
      ],
    });
    const { diagnostics } = computeRecovery(p, new SourceMap());
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0].message).toContain("a → b → a");
  });

  it("a cycle through services is found too", () => {
    const p = makePlan({
      services: [
        { id: "s1", dependsOn: ["s2"] },
        { id: "s2", dependsOn: ["s1"] },
      ],
    });
    const { diagnostics } = computeRecovery(p, new SourceMap());
    expect(diagnostics[0].message).toContain("s1 → s2 → s1");
    expect(diagnostics[0].path).toBe("/services/0/dependsOn/0");
  });
});

describe("other findings", () => {
  // s (vital, rto 4 h) → app, srv ; app → db (no estimate) ; lonely: nothing depends on it.
  // Procedure p of s covers app (direct) and db (not direct): cover-not-direct with [db].
  const plan = makePlan({
    services: [{ id: "s", criticality: "vital", rto: "4h", dependsOn: ["app", "srv", "ghost"] }],
    resources: [
      {
        id: "app",
        recovery: rec("1h"),
        dependsOn: ["db"],
        backup: { frequency: "1j", offline: true, immutable: true, lastRestoreTest: "2026-01-01" },
      },
      {
        id: "db",
        kind: "data",
        backup: { frequency: "1j", offline: true, immutable: true, lastRestoreTest: "2026-01-01" },
      },
      { id: "srv", kind: "infrastructure", recovery: rec("2h") },
      { id: "lonely", kind: "staff" },
    ],
    procedures: [{ id: "p", service: "s", covers: ["app", "db"], maxDuration: "2h" }],
  });

  it("no-recovery-estimate, cover-not-direct, orphan-resource, uncovered direct resources; unknown ids ignored", () => {
    const map = mapFor(plan);
    const { recovery } = computeRecovery(plan, map);
    const r = recovery!;
    // D(app) = max(240, 120) = 240 ; D(db) = 240 − 60 = 180 ; D(srv) = 240.
    // LS: db 180 − 0 = 180 ; app 180 ; srv 240 − 120 = 120 → order db, srv, app? db and srv are ready:
    // srv (LS 120) before db (LS 180); then app (180).
    expect(r.ranked.map((f) => [f.id, f.latestStartMinutes])).toEqual([
      ["srv", 120],
      ["db", 180],
      ["app", 180],
    ]);
    expect(r.findings.map((f) => `${f.code}:${f.subject}`)).toEqual([
      "no-degraded-procedure:s",
      "cover-not-direct:p",
      "no-recovery-estimate:db",
      "orphan-resource:lonely",
    ]);
    const [uncovered, cover, estimate, orphan] = r.findings;
    expect(uncovered.data).toEqual({ resources: ["srv"] });
    expect(cover.data).toEqual({ service: "s", resources: ["db"] });
    expect(cover.path).toBe("/procedures/0");
    expect([estimate.file, estimate.line, estimate.column, estimate.path]).toEqual([
      "plan.yaml",
      11,
      5,
      "/resources/1",
    ]);
    expect(orphan.severity).toBe("info");
  });

  it("findings messages use French typography", () => {
    const { recovery } = computeRecovery(plan, new SourceMap());
    for (const f of recovery!.findings) {
      expect(f.message).not.toMatch(/ [:;!?]/);
      expect(f.message).not.toContain("'");
    }
  });
});
