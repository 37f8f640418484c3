import { describe, expect, it } from "vitest";
import { buildCareReport } from "../../src/care/report.js";
import { careText } from "../../src/care/output.js";
import type { Plan } from "../../src/plan/types.js";
import { evaluate, fullPlan, rpoUnmet } from "./helpers.js";

/** Plans that drive every check through its branches. */
function variants(): Plan[] {
  const out: Plan[] = [fullPlan()];
  const mutate = (f: (p: Plan) => void) => {
    const p = fullPlan();
    f(p);
    out.push(p);
  };
  mutate((p) => {
    p.procedures = [];
    p.scenarios = [];
    p.exercises = [];
    p.crisis = { cell: [{ role: "Seul", contact: "dir" }] };
    delete p.plan.approvedBy;
    delete p.plan.nextReview;
    for (const r of p.resources!) delete r.backup;
    for (const s of p.services) delete s.manager;
  });
  mutate((p) => {
    p.plan.date = "2025-06-01";
    p.plan.nextReview = "2025-01-01";
    p.crisis.cell = [{ role: "Seul", contact: "dir", deputy: "dsi" }];
    p.exercises = [
      { date: "2025-05-01", kind: "field-test", title: "T" },
      { date: "2025-05-02", kind: "technical-restore", title: "R" },
      { date: "2025-05-03", kind: "simulation", title: "S", status: "planned" },
    ];
    for (const s of p.services) delete s.activityShare;
  });
  mutate((p) => {
    for (const s of p.services) s.criticality = "important";
    p.services = p.services.filter((s) => s.kind !== "technical");
    p.exercises![0].lessons = [];
    for (const r of p.resources!) if (r.backup) r.backup.immutable = false;
  });
  mutate((p) => {
    p.establishment.type = "medico-social";
    for (const r of p.resources!) if (r.backup) r.backup.offline = false;
    p.resources![0].backup!.lastRestoreTest = "2024-01-01";
    p.exercises = p.exercises!.filter((e) => e.kind !== "technical-restore");
  });
  return out;
}

describe("French typography of every message", () => {
  it("uses no-break spaces, curly apostrophes and no leftover placeholder", () => {
    const texts: string[] = [];
    const reports = variants().map((p, i) => evaluate(p, i === 0 ? [rpoUnmet("dpi")] : [], `p${i}`));
    for (const r of reports)
      for (const item of r.items) {
        texts.push(item.title);
        for (const c of item.checks) texts.push(c.message ?? c.document ?? "");
      }
    texts.push(careText(buildCareReport(reports)));
    const statuses = new Set(
      reports.flatMap((r) => r.items.flatMap((i) => i.checks.map((c) => `${c.id}:${c.status}`))),
    );
    expect(statuses.size).toBeGreaterThan(40);
    for (const t of texts) {
      expect(t, t).not.toMatch(/\$\{/);
      expect(t, t).not.toMatch(/'/);
      expect(t, t).not.toMatch(/ [:;!?]/);
      expect(t, t).not.toMatch(/\u202f:/);
      expect(t, t).not.toMatch(/\u00a0[;!?]/);
      expect(t, t).not.toMatch(/« | »/);
      expect(t.trim(), t).not.toBe("");
    }
  });
});
