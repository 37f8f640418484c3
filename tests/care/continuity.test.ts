import { describe, expect, it } from "vitest";
import { checkOf, evaluate, fullPlan, item } from "./helpers.js";

describe("covered(s)", () => {
  it("needs a degraded procedure and a recovery duration on every reachable resource", () => {
    const plan = fullPlan();
    delete plan.resources![1].recovery; // ad, reached through dpi
    const r = evaluate(plan);
    expect(r.covered).toEqual(["paie", "labo"]);
    const k = checkOf(r, "O1.C-perimeter");
    expect(k.status).toBe("partial");
    expect(k.locations[0].path).toBe("/services/0");
    expect(k.message).toContain("Annuaire");
  });
  it("follows service-to-service dependencies", () => {
    const plan = fullPlan();
    plan.services[2].dependsOn = ["sil", "paie"]; // labo → paie → gef
    delete plan.resources![2].recovery; // gef
    expect(evaluate(plan).covered).toEqual(["urgences"]);
  });
});

describe("O1.C-bia", () => {
  it("is ok when every field is there", () => {
    expect(checkOf(evaluate(fullPlan()), "O1.C-bia").status).toBe("ok");
  });
  it("does not ask mtpd/rpo of important services", () => {
    const plan = fullPlan();
    expect(plan.services[3].mtpd).toBeUndefined();
    expect(checkOf(evaluate(plan), "O1.C-bia").status).toBe("ok");
  });
  it("is partial and points at the first service lacking a field", () => {
    const plan = fullPlan();
    delete plan.services[2].rpo;
    delete plan.services[3].activityShare;
    const k = checkOf(evaluate(plan), "O1.C-bia");
    expect(k.status).toBe("partial");
    expect(k.locations[0].path).toBe("/services/2");
    expect(k.message).toMatch(/^8 champs du BIA sur 10/);
  });
  it("is missing when no field is there", () => {
    const plan = fullPlan();
    for (const s of plan.services) {
      delete s.activityShare;
      delete s.mtpd;
      delete s.rpo;
    }
    expect(checkOf(evaluate(plan), "O1.C-bia").status).toBe("missing");
  });
});

describe("O1.C-perimeter", () => {
  it("is ok when the three legs are covered", () => {
    const k = checkOf(evaluate(fullPlan()), "O1.C-perimeter");
    expect(k.status).toBe("ok");
    expect(k.locations[0].path).toBe("/services");
  });
  it("does not count a covered care service that is only important", () => {
    const plan = fullPlan();
    plan.procedures = plan.procedures!.filter((p) => p.id !== "pd-urg");
    plan.procedures.push({
      id: "pd-c",
      title: "Consultations papier",
      kind: "degraded",
      service: "consult",
      covers: ["dpi"],
      maxDuration: "1j",
      steps: ["a"],
    });
    const k = checkOf(evaluate(plan), "O1.C-perimeter");
    expect(k.status).toBe("partial");
    expect(k.locations[0].path).toBe("/services/0");
  });
  it("asks for the administrative process of the best criticality among administrative ones", () => {
    const plan = fullPlan();
    plan.services.push({
      id: "facturation",
      name: "Facturation",
      kind: "administrative",
      criticality: "vital",
      rto: "1j",
      mtpd: "2j",
      rpo: "1h",
      activityShare: 0,
      dependsOn: ["gef"],
    });
    const k = checkOf(evaluate(plan), "O1.C-perimeter");
    expect(k.status).toBe("partial");
    expect(k.locations[0].path).toBe("/services/4");
    expect(k.message).toContain("Facturation");
    // Once covered, the leg passes even though the less critical process is also covered.
    plan.procedures!.push({
      id: "pd-f",
      title: "Facturation papier",
      kind: "degraded",
      service: "facturation",
      covers: ["gef"],
      maxDuration: "1j",
      steps: ["a"],
    });
    expect(checkOf(evaluate(plan), "O1.C-perimeter").status).toBe("ok");
  });
  it("makes a leg not applicable when the plan has no service of its kind", () => {
    const plan = fullPlan();
    plan.services = plan.services.filter((s) => s.kind !== "technical");
    const k = checkOf(evaluate(plan), "O1.C-perimeter");
    expect(k.status).toBe("ok");
    expect(k.message).toMatch(/sans objet/);
  });
  it("is missing when no applicable leg is covered, pointing at the first failing leg", () => {
    const plan = fullPlan();
    plan.procedures = plan.procedures!.filter((p) => p.kind !== "degraded");
    const k = checkOf(evaluate(plan), "O1.C-perimeter");
    expect(k.status).toBe("missing");
    expect(k.locations[0].path).toBe("/services/0");
    expect(k.message).toMatch(/aucune procédure dégradée/);
  });
  it("fails the care leg when care services exist but none is vital or essential", () => {
    const plan = fullPlan();
    plan.services[0].criticality = "important";
    const k = checkOf(evaluate(plan), "O1.C-perimeter");
    expect(k.status).toBe("partial");
    expect(k.locations[0].path).toBe("/services/0");
  });
  it("points at the technical leg when it alone fails", () => {
    const plan = fullPlan();
    plan.procedures = plan.procedures!.filter((p) => p.id !== "pd-labo");
    const k = checkOf(evaluate(plan), "O1.C-perimeter");
    expect(k.status).toBe("partial");
    expect(k.locations[0].path).toBe("/services/2");
  });
});

describe("O1.C-scenarios", () => {
  it("counts the it-outage fact and the other-loss fact", () => {
    const plan = fullPlan();
    expect(checkOf(evaluate(plan), "O1.C-scenarios").status).toBe("ok");
    plan.scenarios = [
      { id: "x", title: "Coupure", kind: "utility-failure" },
      { id: "y", title: "Grève", kind: "staff-shortage" },
    ];
    expect(checkOf(evaluate(plan), "O1.C-scenarios").status).toBe("partial");
    delete plan.scenarios;
    const k = checkOf(evaluate(plan), "O1.C-scenarios");
    expect(k.status).toBe("missing");
    expect(k.locations[0].path).toBe("/scenarios");
  });
});

describe("O1.C-coverage", () => {
  it("is ok at or above 66 %, pointing at the largest uncovered service", () => {
    const r = evaluate(fullPlan());
    const k = checkOf(r, "O1.C-coverage");
    expect(k.status).toBe("ok");
    expect(r.coverageRaw).toBeCloseTo(0.8, 12);
    expect(k.locations[0].path).toBe("/services/3");
    const plan = fullPlan();
    plan.services[0].activityShare = 0.36; // 0.36 + 0.1 + 0.2 = 0.66
    plan.services[3].activityShare = 0.34;
    expect(checkOf(evaluate(plan), "O1.C-coverage").status).toBe("ok");
  });
  it("is partial below the threshold", () => {
    const plan = fullPlan();
    plan.services[0].activityShare = 0.35; // 0.65
    plan.services[3].activityShare = 0.35;
    const r = evaluate(plan);
    const k = checkOf(r, "O1.C-coverage");
    expect(k.status).toBe("partial");
    expect(r.coverage).toBe(0.65);
    expect(k.message).toContain("Consultations");
  });
  it("caps at 1 and rounds to 4 decimals", () => {
    const plan = fullPlan();
    plan.services[0].activityShare = 0.9;
    expect(evaluate(plan).coverage).toBe(1);
    plan.services[0].activityShare = 0.123456;
    plan.services[1].activityShare = 0;
    plan.services[2].activityShare = 0;
    expect(evaluate(plan).coverage).toBe(0.1235);
  });
  it("is missing with coverage 0 or no activityShare anywhere", () => {
    const plan = fullPlan();
    plan.procedures = plan.procedures!.filter((p) => p.kind !== "degraded");
    const r = evaluate(plan);
    expect(r.coverage).toBe(0);
    expect(checkOf(r, "O1.C-coverage").status).toBe("missing");
    expect(checkOf(r, "O1.C-coverage").locations[0].path).toBe("/services/0");
    for (const s of plan.services) delete s.activityShare;
    const r2 = evaluate(plan);
    expect(r2.coverage).toBeNull();
    expect(r2.coverageRaw).toBeNull();
    expect(checkOf(r2, "O1.C-coverage").status).toBe("missing");
  });
  it("points at /services when every service is covered", () => {
    const plan = fullPlan();
    plan.services = plan.services.slice(0, 3);
    expect(checkOf(evaluate(plan), "O1.C-coverage").locations[0].path).toBe("/services");
  });
});

describe("O1.D-field-test and the window W", () => {
  const withExercise = (planDate: string, ex: Partial<import("../../src/plan/types.js").Exercise>) => {
    const plan = fullPlan();
    plan.plan.date = planDate;
    plan.plan.nextReview = "2030-01-01";
    plan.exercises = [{ date: "2026-01-20", kind: "field-test", title: "Terrain", lessons: ["x"], ...ex }];
    return checkOf(evaluate(plan), "O1.D-field-test");
  };
  it("accepts both ends of W bounded by the phase start", () => {
    expect(withExercise("2026-03-01", { date: "2025-07-16" }).status).toBe("ok");
    expect(withExercise("2026-03-01", { date: "2026-03-01" }).status).toBe("ok");
    expect(withExercise("2026-03-01", { date: "2025-07-15" }).status).toBe("partial");
  });
  it("bounds W at 365 days before the plan date", () => {
    expect(withExercise("2027-01-10", { date: "2026-01-10" }).status).toBe("ok");
    const k = withExercise("2027-01-10", { date: "2026-01-09" });
    expect(k.status).toBe("partial");
    expect(k.locations[0].path).toBe("/exercises/0");
  });
  it("treats an exercise done after the plan date as outside W", () => {
    expect(withExercise("2026-03-01", { date: "2026-03-02", status: "done" }).status).toBe("partial");
    // Without status, a later date means planned: not a test at all.
    expect(withExercise("2026-03-01", { date: "2026-03-02" }).status).toBe("missing");
  });
  it("is partial without lessons", () => {
    const k = withExercise("2026-03-01", { lessons: [] });
    expect(k.status).toBe("partial");
    expect(k.message).toMatch(/retour d’expérience/);
  });
  it("ignores planned ones and other kinds", () => {
    expect(withExercise("2026-03-01", { status: "planned" }).status).toBe("missing");
    expect(withExercise("2026-03-01", { kind: "simulation" }).status).toBe("missing");
    expect(withExercise("2026-03-01", { kind: "tabletop" }).locations[0].path).toBe("/exercises");
  });
  it("has an empty W when the plan predates the phase", () => {
    const k = withExercise("2025-07-01", { date: "2025-06-01" });
    expect(k.status).toBe("partial");
    expect(k.message).toMatch(/avant la phase opérationnelle/);
  });
  it("prefers an ok exercise over an earlier partial one", () => {
    const plan = fullPlan();
    plan.exercises = [
      { date: "2025-01-20", kind: "field-test", title: "Ancien", lessons: ["x"] },
      { date: "2026-01-20", kind: "field-test", title: "Récent", lessons: ["x"] },
    ];
    const k = checkOf(evaluate(plan), "O1.D-field-test");
    expect(k.status).toBe("ok");
    expect(k.locations[0].path).toBe("/exercises/1");
  });
});

describe("O1.D-schedule", () => {
  const schedule = (exercises: import("../../src/plan/types.js").Exercise[]) => {
    const plan = fullPlan();
    plan.exercises = exercises;
    return checkOf(evaluate(plan), "O1.D-schedule");
  };
  it("is ok with a field-test, simulation or tabletop planned after the plan date", () => {
    for (const kind of ["field-test", "simulation", "tabletop"] as const) {
      expect(schedule([{ date: "2026-09-01", kind, title: "Prévu" }]).status).toBe("ok");
    }
    const k = schedule([
      { date: "2026-01-01", kind: "tabletop", title: "Fait" },
      { date: "2026-09-01", kind: "simulation", title: "Prévu", status: "planned" },
    ]);
    expect(k.locations[0].path).toBe("/exercises/1");
  });
  it("is partial when the only planned ones are overdue", () => {
    const k = schedule([{ date: "2026-02-01", kind: "simulation", title: "En retard", status: "planned" }]);
    expect(k.status).toBe("partial");
    expect(k.locations[0].path).toBe("/exercises/0");
  });
  it("is missing otherwise; a technical restore does not count", () => {
    expect(schedule([{ date: "2026-09-01", kind: "technical-restore", title: "R" }]).status).toBe("missing");
    expect(schedule([{ date: "2026-09-01", kind: "simulation", title: "S", status: "done" }]).status).toBe(
      "missing",
    );
    expect(schedule([]).locations[0].path).toBe("/exercises");
  });
  it("makes O1.D partial when only the field test is there", () => {
    const plan = fullPlan();
    plan.exercises = plan.exercises!.filter((e) => e.kind === "field-test");
    expect(item(evaluate(plan), "O1.D").status).toBe("partial");
  });
});
