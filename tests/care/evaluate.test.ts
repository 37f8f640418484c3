import { describe, expect, it } from "vitest";
import { itemStatus } from "../../src/care/evaluate.js";
import { itemDefinitions } from "../../src/care/constants.js";
import type { CareCheck } from "../../src/care/types.js";
import { checkOf, evaluate, fullPlan, item } from "./helpers.js";

const c = (status: CareCheck["status"]): CareCheck => ({ id: "x", status, locations: [] });

describe("evaluateCare on a complete plan", () => {
  const report = evaluate(fullPlan());

  it("lists the 13 items in the table order with their refs", () => {
    expect(report.items.map((i) => i.id)).toEqual(itemDefinitions.map((d) => d.id));
    expect(report.items.map((i) => i.ref)).toEqual(report.items.map((i) => `D2.${i.id}`));
  });

  it("marks everything the plan can show as ok and the rest not-evidenced", () => {
    const statuses = Object.fromEntries(report.items.map((i) => [i.id, i.status]));
    expect(statuses).toEqual({
      P1: "not-evidenced",
      P2: "ok",
      "O1.A": "ok",
      "O1.B": "ok",
      "O1.C": "ok",
      "O1.D": "ok",
      "O2.A": "not-evidenced",
      "O2.B": "ok",
      "O3.A": "not-evidenced",
      "O3.B": "not-evidenced",
      "O3.C": "ok",
      "O3.D": "not-evidenced",
      O4: "ok",
    });
    expect(report.counts).toEqual({ ok: 8, partial: 0, missing: 0, "not-evidenced": 5 });
  });

  it("keeps the not-evidenced checks of ok items, with a document hint and no location", () => {
    const p2 = item(report, "P2");
    expect(p2.checks.map((k) => k.id)).toEqual(["P2-organisation", "P2-project-note"]);
    const note = p2.checks[1];
    expect(note.status).toBe("not-evidenced");
    expect(note.document).toMatch(/équipe projet/);
    expect(note.locations).toEqual([]);
    expect(checkOf(report, "P1-pssi").document).toMatch(/2022/);
  });

  it("orders checks as care.md", () => {
    expect(item(report, "O1.C").checks.map((k) => k.id)).toEqual([
      "O1.C-bia",
      "O1.C-perimeter",
      "O1.C-scenarios",
      "O1.C-coverage",
    ]);
    expect(item(report, "O4").checks.map((k) => k.id)).toEqual(["O4-restore-test", "O4-referent"]);
    expect(item(report, "O3.C").checks.map((k) => k.id)).toEqual(["O3.C-immutable-copy", "O3.C-roadmap"]);
  });

  it("fills establishment, plan, coverage, covered and sites", () => {
    expect(report.establishment).toMatchObject({
      finess: "290000017",
      name: "CH Alpha",
      type: "sanitaire",
      category: "CH",
      ght: "GHT Test",
      region: "Bretagne",
    });
    expect(report.applicable).toBe(true);
    expect(report.plan).toEqual({ version: "2.1", date: "2026-03-01" });
    expect(report.covered).toEqual(["urgences", "paie", "labo"]);
    expect(report.coverage).toBe(0.8);
    expect(report.sites).toEqual([
      { id: "s1", activityShare: 0.7, coveredShare: 0.7 },
      { id: "s2", activityShare: 0.3, coveredShare: 0.1 },
    ]);
  });

  it("gives every checked check a location with the JSON pointer", () => {
    for (const i of report.items)
      for (const k of i.checks) {
        if (k.status === "not-evidenced") continue;
        expect(k.locations).toHaveLength(1);
        expect(k.locations[0]).toMatchObject({ file: "plan.yaml", line: 1, column: 1 });
        expect(k.locations[0].path.startsWith("/")).toBe(true);
        expect(k.message).toBeTruthy();
      }
  });
});

describe("item status", () => {
  it("aggregates the checks other than not-evidenced", () => {
    expect(itemStatus([c("ok"), c("not-evidenced")])).toBe("ok");
    expect(itemStatus([c("missing"), c("missing"), c("not-evidenced")])).toBe("missing");
    expect(itemStatus([c("ok"), c("missing")])).toBe("partial");
    expect(itemStatus([c("partial")])).toBe("partial");
    expect(itemStatus([c("not-evidenced")])).toBe("not-evidenced");
    expect(itemStatus([])).toBe("not-evidenced");
  });

  it("makes O1.C partial when one check fails and missing when all do", () => {
    const plan = fullPlan();
    plan.scenarios = [];
    expect(item(evaluate(plan), "O1.C").status).toBe("partial");
    const bare = fullPlan();
    bare.scenarios = [];
    bare.procedures = [];
    for (const s of bare.services) {
      delete s.activityShare;
      delete s.mtpd;
      delete s.rpo;
    }
    expect(item(evaluate(bare), "O1.C").status).toBe("missing");
  });

  it("counts items by status", () => {
    const plan = fullPlan();
    plan.exercises = [];
    const r = evaluate(plan);
    expect(item(r, "O1.D").status).toBe("missing");
    // The DPI's lastRestoreTest (2026-01-10) still proves O4 without the restore exercise.
    expect(item(r, "O4").status).toBe("ok");
    expect(r.counts).toEqual({ ok: 7, partial: 0, missing: 1, "not-evidenced": 5 });
    plan.crisis.cell = [{ role: "Seul", contact: "dir", deputy: "dsi" }];
    expect(evaluate(plan).counts).toEqual({ ok: 6, partial: 1, missing: 1, "not-evidenced": 5 });
  });
});

describe("applicability", () => {
  it("checks a médico-social plan with applicable: false", () => {
    const plan = fullPlan();
    plan.establishment.type = "medico-social";
    const r = evaluate(plan);
    expect(r.applicable).toBe(false);
    expect(item(r, "O1.C").status).toBe("ok");
  });
});

describe("P2-organisation", () => {
  it("is ok with approver and a review after the plan date", () => {
    const k = checkOf(evaluate(fullPlan()), "P2-organisation");
    expect(k.status).toBe("ok");
    expect(k.message).toContain("Claire Dir");
    expect(k.locations[0].path).toBe("/plan");
  });
  it("is partial with one of them", () => {
    const a = fullPlan();
    delete a.plan.approvedBy;
    expect(checkOf(evaluate(a), "P2-organisation").status).toBe("partial");
    const b = fullPlan();
    b.plan.nextReview = "2026-03-01"; // not after the plan date
    expect(checkOf(evaluate(b), "P2-organisation").status).toBe("partial");
  });
  it("is missing with none", () => {
    const a = fullPlan();
    delete a.plan.approvedBy;
    a.plan.nextReview = "2025-01-01";
    expect(checkOf(evaluate(a), "P2-organisation").status).toBe("missing");
    expect(item(evaluate(a), "P2").status).toBe("missing");
  });
});

describe("O1.A-cell", () => {
  it("points at the first role without a distinct deputy", () => {
    const plan = fullPlan();
    plan.crisis.cell.push(
      { role: "Communication", contact: "chef", deputy: "chef" },
      { role: "Logistique", contact: "dsi" },
    );
    const k = checkOf(evaluate(plan), "O1.A-cell");
    expect(k.status).toBe("partial");
    expect(k.locations[0].path).toBe("/crisis/cell/2");
    expect(k.message).toContain("Communication");
  });
  it("is at best partial for a cell of one role", () => {
    const plan = fullPlan();
    plan.crisis.cell = [{ role: "Directeur", contact: "dir", deputy: "dsi" }];
    const k = checkOf(evaluate(plan), "O1.A-cell");
    expect(k.status).toBe("partial");
    expect(k.locations[0].path).toBe("/crisis/cell");
  });
  it("is missing when no role has a deputy", () => {
    const plan = fullPlan();
    plan.crisis.cell = [{ role: "Directeur", contact: "dir" }];
    const k = checkOf(evaluate(plan), "O1.A-cell");
    expect(k.status).toBe("missing");
    expect(k.locations[0].path).toBe("/crisis/cell/0");
  });
  it("is ok when every role of a larger cell is backed", () => {
    expect(checkOf(evaluate(fullPlan()), "O1.A-cell").locations[0].path).toBe("/crisis/cell");
  });
});

describe("O1.B-procedures", () => {
  it("is ok with the 4 facts, located on /crisis", () => {
    const k = checkOf(evaluate(fullPlan()), "O1.B-procedures");
    expect(k.status).toBe("ok");
    expect(k.locations[0].path).toBe("/crisis");
  });
  it("points at the first list lacking", () => {
    const plan = fullPlan();
    plan.crisis.alerting = [];
    plan.procedures = plan.procedures!.filter((p) => p.kind !== "reflex");
    const k = checkOf(evaluate(plan), "O1.B-procedures");
    expect(k.status).toBe("partial");
    expect(k.locations[0].path).toBe("/crisis/alerting");
    expect(k.message).toMatch(/fiche réflexe/);
  });
  it("recognises the reporting entry without case or accents", () => {
    for (const who of ["CERT Santé", "cert-sante Bretagne", "Agence régionale de santé (ARS)", "CERTSANTE"]) {
      const plan = fullPlan();
      plan.crisis.notifications = [{ who, when: "1h" }];
      expect(checkOf(evaluate(plan), "O1.B-procedures").status, who).toBe("ok");
    }
    for (const who of ["Mars", "CNIL", "certification santé", "parsley"]) {
      const plan = fullPlan();
      plan.crisis.notifications = [{ who, when: "1h" }];
      const k = checkOf(evaluate(plan), "O1.B-procedures");
      expect(k.status, who).toBe("partial");
      expect(k.locations[0].path).toBe("/crisis/notifications");
    }
  });
  it("is missing when none of the 4 facts is there", () => {
    const plan = fullPlan();
    plan.crisis = { cell: plan.crisis.cell };
    plan.procedures = [];
    const k = checkOf(evaluate(plan), "O1.B-procedures");
    expect(k.status).toBe("missing");
    expect(k.locations[0].path).toBe("/crisis/triggers");
  });
});
