/**
 * docs/recovery.md, computed by hand for plans written from the specs alone (default scenario: every
 * application/infrastructure/network/data resource is lost). Minutes everywhere.
 */
import { describe, expect, it } from "vitest";
import { checkOutput, checkUnreachable, prioritiesJson } from "./helpers.js";

describe("chain.yaml — service → service → resource, a supplier (∉ L) inside a lost chain", () => {
  it("matches the hand computation", async () => {
    const out = await prioritiesJson("chain.yaml");
    // ertO(urgences) = 240; ertO(labo) = min(480, ertO(urgences) 240) = 240; ertO(admin) = 4320.
    // D(dpi): urgences direct, urgences-papier covers dpi → max(240, 720) = 720.
    // D(sil): labo direct, labo-papier (6h) → max(240, 360) = 360. urgences-papier also lists sil
    //   but urgences depends on sil only through labo: no contribution (cover-not-direct).
    // D(sql) = min(D(dpi) − 120 = 600, D(sil) − 60 = 300) = 300.
    // D(ad) = min(D(sql) − 180 = 120, D(gef) − 1440 = 4320 − 1440 = 2880) = 120.
    // D(gef): admin-papier 2j → max(4320, 2880) = 4320 → tier P3 (exactly 72 h).
    // hosting ∉ L: duration 0, D(hosting) = D(sql) − 180 = 120, passes to net: D(net) = 120 − 0.
    // E: ad 90, net 30, hosting 0 + 30 = 30, sql 180 + max(90, 30) = 270, dpi 390, sil 330,
    //   gef 1440 + 90 = 1530.
    // LS: ad 30, net 90, sql 120, sil 300, dpi 600, gef 2880 → order ad, net, sql, sil, dpi, gef.
    checkOutput("chain.yaml", out, {
      resources: [
        [1, "ad", "P1", 120, 90, 30, 90, "vital", ["admin", "labo", "urgences"]],
        [2, "net", "P1", 120, 30, 90, 30, "vital", ["labo", "urgences"]],
        [3, "sql", "P2", 300, 180, 120, 270, "vital", ["labo", "urgences"]],
        [4, "sil", "P2", 360, 60, 300, 330, "vital", ["labo", "urgences"]],
        [5, "dpi", "P2", 720, 120, 600, 390, "vital", ["urgences"]],
        [6, "gef", "P3", 4320, 1440, 2880, 1530, "deferrable", ["admin"]],
      ],
      // restoredBy(urgences) = max E over dpi 390, sql, ad, hosting, net, sil 330 (via labo) = 390.
      services: [
        ["urgences", "vital", 240, 240, 390],
        ["labo", "essential", 480, 240, 330],
        ["admin", "deferrable", 4320, 4320, 1530],
      ],
      // rpo(sil) = min(labo 30, urgences 120) = 30 < frequency 60.
      findings: [
        ["rpo-unmet", "warning", "sil", "/resources/1"],
        ["cover-not-direct", "warning", "urgences-papier", "/procedures/0"],
      ],
    });
    expect(out.establishment).toMatchObject({
      name: "CH de la Chaîne",
      finess: "290000017",
      type: "sanitaire",
    });
    expect(out.planVersion).toBe("2.1");
    expect(Object.keys(out)).toEqual(
      expect.arrayContaining([
        "establishment",
        "planVersion",
        "scenario",
        "resources",
        "services",
        "findings",
      ]),
    );
  });
});

describe("ties.yaml — equal LS, zero durations, LS null, topological order decides", () => {
  it("matches the hand computation", async () => {
    const out = await prioritiesJson("ties.yaml");
    // D(app-b) = min(rea: max(120, maxDuration 60) = 120, paie 1440) = 120; app-a 120; app-c 120.
    // alpha, zeta: no recovery → duration 0; D(alpha) = 360 (pharma), D(zeta) = 360 − 0 = 360.
    // LS ties at 60: (60, 1, app-b) < (60, 1, app-c) < (60, 3, app-a).
    // LS tie at 360, criticality tie: id alpha < zeta, but alpha depends on zeta → zeta first.
    // LS null (nothing reaches a service): junk, old-db, old-app; key (null, 5, id): junk first;
    //   old-app < old-db by id but old-app depends on old-db → old-db, then old-app.
    // E(old-app) = 120 + 60 = 180.
    checkOutput("ties.yaml", out, {
      resources: [
        [1, "app-b", "P1", 120, 60, 60, 60, "vital", ["paie", "rea"]],
        [2, "app-c", "P1", 120, 60, 60, 60, "vital", ["rea"]],
        [3, "app-a", "P1", 120, 60, 60, 60, "important", ["compta"]],
        [4, "zeta", "P2", 360, 0, 360, 0, "essential", ["pharma"]],
        [5, "alpha", "P2", 360, 0, 360, 0, "essential", ["pharma"]],
        [6, "junk", "none", null, 0, null, 0, null, []],
        [7, "old-db", "none", null, 60, null, 60, null, []],
        [8, "old-app", "none", null, 120, null, 180, null, []],
      ],
      // ide ∉ L: E = 0. accueil has no dependency: 0.
      services: [
        ["rea", "vital", 120, 120, 60],
        ["compta", "important", 120, 120, 60],
        ["paie", "deferrable", 1440, 1440, 60],
        ["pharma", "essential", 360, 360, 0],
        ["accueil", "important", 1440, 1440, 0],
      ],
      // no-recovery-estimate: alpha, zeta (in L, with dependents); not junk (no dependent), not ide (∉ L).
      // no-backup: app-a is only used by an `important` service.
      findings: [
        ["missing-deputy", "warning", "Responsable communication", "/crisis/cell/1"],
        ["missing-deputy", "warning", "Cadre de santé", "/crisis/cell/2"],
        ["no-degraded-procedure", "warning", "rea", "/services/0"],
        ["no-degraded-procedure", "warning", "pharma", "/services/3"],
        ["no-recovery-estimate", "info", "alpha", "/resources/4"],
        ["no-recovery-estimate", "info", "zeta", "/resources/5"],
        ["orphan-resource", "info", "old-app", "/resources/6"],
        ["orphan-resource", "info", "junk", "/resources/8"],
      ],
    });
    expect(out.establishment.finess).toBe("2A0000017");
  });
});

describe("deadlines.yaml — ertO over three levels, several degraded procedures, tiers", () => {
  it("matches the hand computation", async () => {
    const out = await prioritiesJson("deadlines.yaml");
    // ertO: s1 240; s2 = min(1440, 240) = 240; s3 = min(4320, ertO(s2)) = 240; s6 1440.
    // D(web) = min(s3: max(240, largest maxDuration of p-s3a/p-s3b = 600) = 600, s6: 1440) = 600.
    //   p-s1 covers web but s1 does not depend on web directly: ignored.
    // D(app-srv) = 600 − 120 = 480 (a deadline only from a resource chain); D(db) = 480 − 240 = 240;
    // D(mail) = max(1440, p-s6 2880) = 2880; D(san) = min(480 − 240, 240 − 480, 2880 − 90) = −240.
    // D(fax) = 1440 (P2, exactly 24 h); arch 10080 (P4, exactly 7 j); cold 20160 (P5).
    // E: san 300, db 780, app-srv 240 + 780 = 1020, web 1140, mail 390, fax 30, arch 1440, cold 60.
    // LS: san −540, db −240, app-srv 240, web 480, fax 1410, mail 2790, arch 8640, cold 20100.
    const crit = ["s1", "s2", "s3", "s6"];
    checkOutput("deadlines.yaml", out, {
      resources: [
        [1, "san", "P1", -240, 300, -540, 300, "vital", crit],
        [2, "db", "P1", 240, 480, -240, 780, "vital", crit],
        [3, "app-srv", "P2", 480, 240, 240, 1020, "vital", crit],
        [4, "web", "P2", 600, 120, 480, 1140, "vital", crit],
        [5, "fax", "P2", 1440, 30, 1410, 30, "essential", ["s6"]],
        [6, "mail", "P3", 2880, 90, 2790, 390, "essential", ["s6"]],
        [7, "arch", "P4", 10080, 1440, 8640, 1440, "deferrable", ["s4"]],
        [8, "cold", "P5", 20160, 60, 20100, 60, "deferrable", ["s5"]],
      ],
      services: [
        ["s1", "vital", 240, 240, 1140],
        ["s2", "essential", 1440, 240, 1140],
        ["s3", "important", 4320, 240, 1140],
        ["s4", "deferrable", 10080, 10080, 1440],
        ["s5", "deferrable", 20160, 20160, 60],
        ["s6", "essential", 1440, 1440, 1140],
      ],
      // E > D: web 1140 > 600, app-srv 1020 > 480, db 780 > 240, san 300 > −240.
      // s1 is vital but has no direct resource dependency: no no-degraded-procedure.
      findings: [
        ["rto-unreachable", "warning", "web", "/resources/0"],
        ["rto-unreachable", "warning", "app-srv", "/resources/1"],
        ["rto-unreachable", "warning", "db", "/resources/2"],
        ["rto-unreachable", "warning", "san", "/resources/3"],
        ["no-degraded-procedure", "warning", "s6", "/services/5"],
        ["cover-not-direct", "warning", "p-s1", "/procedures/2"],
      ],
    });
    // Critical path: largest E at each step (app-srv: db 780 > san 300).
    checkUnreachable(out, "web", ["web", "app-srv", "db", "san"], "s3", "s6");
    checkUnreachable(out, "app-srv", ["app-srv", "db", "san"], "s3", "s6");
    checkUnreachable(out, "db", ["db", "san"], "s3", "s6");
    checkUnreachable(out, "san", ["san"], "s3", "s6");
  });
});

describe("missed.yaml — ties on the critical path and on the missed service", () => {
  it("matches the hand computation", async () => {
    const out = await prioritiesJson("missed.yaml");
    // D(app) = min(zed 60, beta 60) = 60; D(m1) = min(app 60 − 30, alpha-svc 120) = 30; D(m2) = 30.
    // E: m1 60, m2 60, app 30 + 60 = 90. LS: m1 −30, m2 −30, app 30.
    checkOutput("missed.yaml", out, {
      resources: [
        [1, "m1", "P1", 30, 60, -30, 60, "vital", ["alpha-svc", "beta", "zed"]],
        [2, "m2", "P1", 30, 60, -30, 60, "vital", ["beta", "zed"]],
        [3, "app", "P1", 60, 30, 30, 90, "vital", ["beta", "zed"]],
      ],
      services: [
        ["zed", "vital", 60, 60, 90],
        ["beta", "vital", 60, 60, 90],
        ["alpha-svc", "important", 120, 120, 60],
      ],
      findings: [
        ["rto-unreachable", "warning", "app", "/resources/0"],
        ["rto-unreachable", "warning", "m2", "/resources/1"],
        ["rto-unreachable", "warning", "m1", "/resources/2"],
        ["no-degraded-procedure", "warning", "zed", "/services/0"],
        ["no-degraded-procedure", "warning", "beta", "/services/1"],
      ],
    });
    // app: m2 and m1 both E 60 → smallest id m1; zed and beta both give 60 → beta.
    checkUnreachable(out, "app", ["app", "m1"], "beta", "zed");
    // m1: D comes from app (30), not from alpha-svc (120), then the tie beta/zed.
    checkUnreachable(out, "m1", ["m1"], "beta", "alpha-svc");
    checkUnreachable(out, "m2", ["m2"], "beta", "zed");
  });
});
