import { describe, expect, it } from "vitest";
import { checkOf, evaluate, fullPlan, item, rpoUnmet } from "./helpers.js";

describe("C, the critical SI", () => {
  it("is missing for both counting checks when empty", () => {
    const plan = fullPlan();
    for (const s of plan.services) s.criticality = "important";
    const r = evaluate(plan);
    for (const id of ["O2.B-backup-plans", "O3.C-immutable-copy"]) {
      const k = checkOf(r, id);
      expect(k.status, id).toBe("missing");
      expect(k.locations[0].path).toBe("/resources");
    }
  });
  it("includes data resources reached transitively and excludes infrastructure", () => {
    const plan = fullPlan();
    plan.resources!.push({ id: "base", name: "Base DPI", kind: "data" });
    plan.resources![1].dependsOn = ["base"]; // dpi → ad → base
    const k = checkOf(evaluate(plan), "O2.B-backup-plans");
    expect(k.status).toBe("partial");
    expect(k.locations[0].path).toBe("/resources/4");
    expect(k.message).toContain("Base DPI");
  });
});

describe("O2.B-backup-plans", () => {
  it("is ok when every critical resource has a backup meeting its rpo", () => {
    const k = checkOf(evaluate(fullPlan()), "O2.B-backup-plans");
    expect(k.status).toBe("ok");
    expect(k.locations[0].path).toBe("/resources");
  });
  it("fails a resource with an rpo-unmet finding", () => {
    const k = checkOf(evaluate(fullPlan(), [rpoUnmet("gef")]), "O2.B-backup-plans");
    expect(k.status).toBe("partial");
    expect(k.locations[0].path).toBe("/resources/2");
    expect(k.message).toMatch(/PDMA/);
  });
  it("ignores rpo-unmet findings of other resources and other codes", () => {
    const other = { ...rpoUnmet("gef"), code: "no-offline-backup" as const };
    expect(checkOf(evaluate(fullPlan(), [rpoUnmet("ad"), other]), "O2.B-backup-plans").status).toBe("ok");
  });
  it("is missing when no critical resource has a backup", () => {
    const plan = fullPlan();
    for (const r of plan.resources!) delete r.backup;
    const r = evaluate(plan);
    expect(checkOf(r, "O2.B-backup-plans").status).toBe("missing");
    expect(checkOf(r, "O2.B-backup-plans").locations[0].path).toBe("/resources/0");
    expect(item(r, "O2.B").status).toBe("missing");
  });
});

describe("O3.C-immutable-copy", () => {
  it("needs offline and immutable", () => {
    const plan = fullPlan();
    plan.resources![3].backup!.immutable = false;
    const k = checkOf(evaluate(plan), "O3.C-immutable-copy");
    expect(k.status).toBe("partial");
    expect(k.locations[0].path).toBe("/resources/3");
    expect(k.message).toMatch(/pas immuable/);
    for (const r of plan.resources!) if (r.backup) r.backup.offline = false;
    expect(checkOf(evaluate(plan), "O3.C-immutable-copy").status).toBe("missing");
  });
});

describe("O4-restore-test", () => {
  it("is ok with a technical-restore exercise done in W, located on it", () => {
    const k = checkOf(evaluate(fullPlan()), "O4-restore-test");
    expect(k.status).toBe("ok");
    expect(k.locations[0].path).toBe("/exercises/2");
    expect(k.message).toMatch(/compte rendu/);
  });
  it("is ok with a lastRestoreTest in W on a resource of C", () => {
    const plan = fullPlan();
    plan.exercises = [];
    const k = checkOf(evaluate(plan), "O4-restore-test");
    expect(k.status).toBe("ok");
    expect(k.locations[0].path).toBe("/resources/0/backup/lastRestoreTest");
  });
  it("does not count a restore test on a resource outside C", () => {
    const plan = fullPlan();
    plan.exercises = [];
    delete plan.resources![0].backup!.lastRestoreTest;
    plan.resources![1].backup = {
      frequency: "1j",
      offline: true,
      immutable: true,
      lastRestoreTest: "2026-01-01",
    };
    expect(checkOf(evaluate(plan), "O4-restore-test").status).toBe("missing");
  });
  it("is partial when tests are only outside W", () => {
    const plan = fullPlan();
    plan.exercises = [{ date: "2025-05-01", kind: "technical-restore", title: "Vieux test" }];
    plan.resources![0].backup!.lastRestoreTest = "2025-03-01";
    const k = checkOf(evaluate(plan), "O4-restore-test");
    expect(k.status).toBe("partial");
    expect(k.locations[0].path).toBe("/exercises/0");
    expect(k.message).toMatch(/compte rendu/);
    plan.exercises = [];
    const k2 = checkOf(evaluate(plan), "O4-restore-test");
    expect(k2.status).toBe("partial");
    expect(k2.locations[0].path).toBe("/resources/0/backup/lastRestoreTest");
  });
  it("is missing with only planned restores", () => {
    const plan = fullPlan();
    plan.exercises = [{ date: "2026-05-01", kind: "technical-restore", title: "À venir" }];
    delete plan.resources![0].backup!.lastRestoreTest;
    const k = checkOf(evaluate(plan), "O4-restore-test");
    expect(k.status).toBe("missing");
    expect(k.locations[0].path).toBe("/exercises");
  });
});

describe("O4-referent", () => {
  it("is ok when a vital/essential service using a critical application has a manager", () => {
    const k = checkOf(evaluate(fullPlan()), "O4-referent");
    expect(k.status).toBe("ok");
    expect(k.message).toContain("Denis Chef");
    // paie and labo have no manager: the first of them is still shown as a gap.
    expect(k.locations[0].path).toBe("/services/1");
  });
  it("is missing when none has a manager", () => {
    const plan = fullPlan();
    delete plan.services[0].manager;
    const k = checkOf(evaluate(plan), "O4-referent");
    expect(k.status).toBe("missing");
    expect(k.locations[0].path).toBe("/services/0");
  });
  it("does not count a manager of an important service", () => {
    const plan = fullPlan();
    delete plan.services[0].manager;
    plan.services[3].manager = "chef";
    expect(checkOf(evaluate(plan), "O4-referent").status).toBe("missing");
  });
  it("points at /services when every such service has a manager", () => {
    const plan = fullPlan();
    plan.services[1].manager = "dir";
    plan.services[2].manager = "dsi";
    expect(checkOf(evaluate(plan), "O4-referent").locations[0].path).toBe("/services");
  });
  it("makes O4 partial when the restore test is there but not the referent", () => {
    const plan = fullPlan();
    delete plan.services[0].manager;
    expect(item(evaluate(plan), "O4").status).toBe("partial");
  });
});
