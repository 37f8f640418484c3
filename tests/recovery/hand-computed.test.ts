import { describe, expect, it } from "vitest";
import { SourceMap } from "../../src/plan/source-map.js";
import { computeRecovery } from "../../src/recovery/index.js";
import type { Recovery } from "../../src/recovery/types.js";
import { makePlan, rec } from "./helpers.js";

function run(plan: ReturnType<typeof makePlan>, scenario?: string | null): Recovery {
  const { recovery, diagnostics } = computeRecovery(plan, new SourceMap(), { scenario });
  expect(diagnostics).toEqual([]);
  return recovery!;
}

function row(r: Recovery, id: string) {
  const f = r.resources.get(id)!;
  return [
    f.rank,
    f.tier,
    f.deadlineMinutes,
    f.durationMinutes,
    f.latestStartMinutes,
    f.earliestRestoreMinutes,
  ];
}

// Plan A — degraded-procedure extension and a service → service dependency.
//   urgences (vital, rto 4 h) → dpi, labo ; labo (essential, rto 24 h) → sil
//   dpi (1 h) → sql ; sil (2 h) → sql ; sql (3 h) → ad ; ad (2 h)
//   degraded procedure of urgences covers dpi, maxDuration 8 h.
const planA = () =>
  makePlan({
    services: [
      { id: "urgences", criticality: "vital", rto: "4h", dependsOn: ["dpi", "labo"] },
      { id: "labo", criticality: "essential", rto: "24h", dependsOn: ["sil"] },
    ],
    resources: [
      { id: "ad", kind: "infrastructure", recovery: rec("2h") },
      { id: "sql", kind: "infrastructure", recovery: rec("3h"), dependsOn: ["ad"] },
      { id: "dpi", kind: "application", recovery: rec("1h"), dependsOn: ["sql"] },
      { id: "sil", kind: "application", recovery: rec("2h"), dependsOn: ["sql"] },
    ],
    procedures: [{ id: "papier-urg", service: "urgences", covers: ["dpi"], maxDuration: "8h" }],
  });

describe("plan A: degraded extension, ertO inheritance", () => {
  // ertO(urgences) = 240 ; ertO(labo) = min(1440, ertO(urgences) = 240) = 240.
  // D(dpi) = max(ertO(urgences) 240, maxDuration 480) = 480 (urgences).
  // D(sil) = ertO(labo) = 240 (labo).
  // D(sql) = min(D(dpi) − 60 = 420, D(sil) − 120 = 120) = 120 (labo).
  // D(ad)  = D(sql) − 180 = −60 (labo).
  // LS: ad −60 − 120 = −180 ; sql 120 − 180 = −60 ; sil 240 − 120 = 120 ; dpi 480 − 60 = 420.
  // E: ad 120 ; sql 120 + 180 = 300 ; dpi 300 + 60 = 360 ; sil 300 + 120 = 420.
  // Order: ad, sql, then sil (LS 120) before dpi (LS 420).
  // Tiers: ad −60 → P1, sql 120 → P1, sil 240 → P1, dpi 480 → P2.
  const r = run(planA());

  it("ranks, deadlines, latest starts, earliest restores, tiers", () => {
    expect(r.ranked.map((f) => f.id)).toEqual(["ad", "sql", "sil", "dpi"]);
    expect(row(r, "ad")).toEqual([1, "P1", -60, 120, -180, 120]);
    expect(row(r, "sql")).toEqual([2, "P1", 120, 180, -60, 300]);
    expect(row(r, "sil")).toEqual([3, "P1", 240, 120, 120, 420]);
    expect(row(r, "dpi")).toEqual([4, "P2", 480, 60, 420, 360]);
  });

  it("deadline services, criticality through services, service lists", () => {
    expect(r.resources.get("dpi")!.deadlineService).toBe("urgences");
    expect(r.resources.get("ad")!.deadlineService).toBe("labo");
    // sil is reached by labo (essential) and, through labo, by urgences (vital).
    expect(r.resources.get("sil")!.criticality).toBe("vital");
    expect(r.resources.get("sil")!.services).toEqual(["labo", "urgences"]);
    expect(r.resources.get("dpi")!.services).toEqual(["urgences"]);
    expect(r.resources.get("ad")!.criticalPath).toEqual(["ad"]);
    expect(r.resources.get("sil")!.criticalPath).toEqual(["sil", "sql", "ad"]);
  });

  it("services: effective RTO and restoredBy", () => {
    // restoredBy(urgences) = max(E(dpi) 360, restoredBy(labo) = E(sil) 420) = 420.
    expect(r.services.map((s) => [s.id, s.rtoMinutes, s.effectiveRtoMinutes, s.restoredByMinutes])).toEqual([
      ["urgences", 240, 240, 420],
      ["labo", 1440, 240, 420],
    ]);
    expect(r.services[0].reachableResources).toEqual(["ad", "dpi", "sil", "sql"]);
  });

  it("findings: rto-unreachable (E > D) for ad, sql, sil; no-backup; uncovered labo", () => {
    // ad 120 > −60, sql 300 > 120, sil 420 > 240; dpi 360 ≤ 480.
    expect(r.findings.map((f) => `${f.code}:${f.subject}`)).toEqual([
      "rto-unreachable:ad",
      "rto-unreachable:sql",
      "rto-unreachable:sil",
      "no-backup:sil",
      "no-backup:dpi",
      "no-degraded-procedure:labo",
    ]);
    const sil = r.findings[2];
    expect(sil.data).toEqual({
      earliestMinutes: 420,
      deadlineMinutes: 240,
      service: "labo",
      criticalPath: ["sil", "sql", "ad"],
    });
    expect(sil.message).toContain("sil → sql → ad");
    expect(sil.message).toContain("labo");
    expect(sil.path).toBe("/resources/3");
    expect(r.findings[5].data).toEqual({ resources: ["sil"] });
  });

  it("the degraded procedure's extension is what keeps dpi in time", () => {
    const plan = planA();
    plan.procedures = [];
    const r2 = run(plan);
    // Without it: D(dpi) = 240, E(dpi) = 360 > 240.
    expect(r2.resources.get("dpi")!.deadlineMinutes).toBe(240);
    expect(r2.findings.some((f) => f.code === "rto-unreachable" && f.subject === "dpi")).toBe(true);
  });
});

// Plan B — negative latest start, rpo-unmet, stale restore test, a resource kept (supplier).
//   pharma (essential, rto 2 h, rpo 1 h) → stock-app, grossiste ; admin (deferrable, rto 3 j, rpo 24 h) → stock-db
//   stock-app (30 min) → stock-db ; stock-db (3 h) ; grossiste: supplier ; imprimante: infra, orphan, no estimate.
const planB = () =>
  makePlan({
    date: "2026-03-15",
    services: [
      { id: "pharma", criticality: "essential", rto: "2h", rpo: "1h", dependsOn: ["stock-app", "grossiste"] },
      { id: "admin", criticality: "deferrable", rto: "3j", rpo: "24h", dependsOn: ["stock-db"] },
    ],
    resources: [
      {
        id: "stock-db",
        kind: "data",
        recovery: rec("3h"),
        backup: { frequency: "4h", offline: true, immutable: true, lastRestoreTest: "2025-03-14" },
      },
      {
        id: "stock-app",
        recovery: rec("30min"),
        dependsOn: ["stock-db"],
        backup: { frequency: "15min", offline: false, immutable: true, lastRestoreTest: "2026-01-10" },
      },
      { id: "grossiste", kind: "supplier" },
      { id: "imprimante", kind: "infrastructure" },
    ],
  });

describe("plan B: negative LS, rpo, restore test, kept resources", () => {
  // ertO: pharma 120, admin 4320.
  // D(stock-app) = 120 ; D(grossiste) = 120 (not lost: duration 0, not ranked).
  // D(stock-db) = min(D(stock-app) − 30 = 90, admin 4320) = 90 ; LS = 90 − 180 = −90 (late at t = 0).
  // imprimante: D null, LS null → last.
  // E: stock-db 180, stock-app 210, grossiste 0, imprimante 0.
  const r = run(planB());

  it("order and figures", () => {
    expect(r.ranked.map((f) => f.id)).toEqual(["stock-db", "stock-app", "imprimante"]);
    expect(row(r, "stock-db")).toEqual([1, "P1", 90, 180, -90, 180]);
    expect(row(r, "stock-app")).toEqual([2, "P1", 120, 30, 90, 210]);
    expect(row(r, "imprimante")).toEqual([3, "none", null, 0, null, 0]);
    expect(row(r, "grossiste")).toEqual([null, "P1", 120, 0, 120, 0]);
    expect(r.resources.get("imprimante")!.criticality).toBeNull();
    expect(r.resources.get("stock-db")!.services).toEqual(["admin", "pharma"]);
    expect(r.services.map((s) => s.restoredByMinutes)).toEqual([210, 180]);
  });

  it("findings", () => {
    // rpo(stock-db) = min(pharma 60 through stock-app, admin 1440) = 60 < frequency 240.
    // 2025-03-14 → 2026-03-15 = 366 days > 365: stale.
    expect(r.findings.map((f) => `${f.code}:${f.subject}`)).toEqual([
      "rto-unreachable:stock-db",
      "rto-unreachable:stock-app",
      "rpo-unmet:stock-db",
      "no-offline-backup:stock-app",
      "restore-test-stale:stock-db",
      "no-degraded-procedure:pharma",
      "orphan-resource:imprimante",
    ]);
    const byCode = new Map(r.findings.map((f) => [`${f.code}:${f.subject}`, f]));
    expect(byCode.get("rpo-unmet:stock-db")!.data).toEqual({
      frequencyMinutes: 240,
      rpoMinutes: 60,
      service: "pharma",
    });
    expect(byCode.get("restore-test-stale:stock-db")!.data).toEqual({ date: "2025-03-14" });
    expect(byCode.get("rto-unreachable:stock-app")!.data!.criticalPath).toEqual(["stock-app", "stock-db"]);
    expect(byCode.get("no-degraded-procedure:pharma")!.data).toEqual({
      resources: ["grossiste", "stock-app"],
    });
    expect(byCode.get("orphan-resource:imprimante")!.severity).toBe("info");
  });

  it("a restore test exactly 365 days old is not stale; a missing one is", () => {
    const plan = planB();
    plan.resources![0].backup!.lastRestoreTest = "2025-03-15";
    delete plan.resources![1].backup!.lastRestoreTest;
    const codes = run(plan).findings.map((f) => `${f.code}:${f.subject}`);
    expect(codes).not.toContain("restore-test-stale:stock-db");
    expect(codes).toContain("restore-test-stale:stock-app");
  });
});

describe("scenarios", () => {
  it("a scenario with unavailable loses only those resources", () => {
    const plan = planA();
    plan.scenarios = [{ id: "panne-dpi", title: "Panne DPI", kind: "it-outage", unavailable: ["dpi"] }];
    // L = {dpi}: sql, ad, sil are kept (duration 0, E 0).
    // D(sil) = 240 ; D(sql) = min(480 − 60, 240 − 0) = 240 ; D(ad) = 240 − 0 = 240.
    // E(dpi) = 60 + E(sql) 0 = 60 ≤ D(dpi) 480: no rto-unreachable.
    const r = run(plan, "panne-dpi");
    expect(r.scenario).toBe("panne-dpi");
    expect(r.ranked.map((f) => f.id)).toEqual(["dpi"]);
    expect(row(r, "dpi")).toEqual([1, "P2", 480, 60, 420, 60]);
    expect(row(r, "ad")).toEqual([null, "P1", 240, 0, 240, 0]);
    expect(r.findings.filter((f) => f.code === "rto-unreachable")).toEqual([]);
  });

  it("it-outage without unavailable is the default set; another kind loses nothing", () => {
    const plan = planA();
    plan.scenarios = [
      { id: "rancon", title: "Rançongiciel", kind: "it-outage" },
      { id: "incendie", title: "Incendie", kind: "site-loss" },
    ];
    expect(run(plan, "rancon").ranked.map((f) => f.id)).toEqual(run(plan, null).ranked.map((f) => f.id));
    expect(run(plan, "incendie").ranked).toEqual([]);
  });

  it("an unknown scenario is an error listing the known ones", () => {
    const plan = planA();
    plan.scenarios = [{ id: "rancon", title: "Rançongiciel", kind: "it-outage" }];
    const { recovery, diagnostics } = computeRecovery(plan, new SourceMap(), { scenario: "inondation" });
    expect(recovery).toBeUndefined();
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0].code).toBe("unknown-reference");
    expect(diagnostics[0].severity).toBe("error");
    expect(diagnostics[0].message).toContain("rancon");
  });
});
