import { describe, expect, it } from "vitest";
import { buildCareReport } from "../../src/care/report.js";
import { careCsv, careJson, careText, csvHeader, itemLine } from "../../src/care/output.js";
import { percentNumber, round4, tenthsOfPercent } from "../../src/care/format.js";
import type { InvalidPlanReport } from "../../src/care/types.js";
import { evaluate, fullPlan, item } from "./helpers.js";

const invalid: InvalidPlanReport = {
  source: "ght/ch-b",
  valid: false,
  finess: "290000025",
  name: "CH « Bêta ; Gamma »",
  diagnostics: [
    {
      file: "ght/ch-b/plan.yaml",
      line: 3,
      column: 5,
      severity: "error",
      code: "required",
      message: "manque",
      path: "/plan",
    },
  ],
};

function report() {
  const a = evaluate(fullPlan(), [], "ght/ch-a");
  const plan = fullPlan();
  plan.establishment.beds = 100;
  plan.services[0].activityShare = 0.3;
  plan.exercises = [];
  const c = evaluate(plan, [], "ght/ch-c");
  return buildCareReport([a, invalid, c]);
}

describe("numbers", () => {
  it("rounds percentages half up from the raw value", () => {
    expect(tenthsOfPercent(0.7155)).toBe(716);
    expect(tenthsOfPercent(0.71549)).toBe(715);
    expect(percentNumber(0.66)).toBe("66,0");
    expect(percentNumber(1)).toBe("100,0");
    expect(round4(0.71555)).toBe(0.7156);
    expect(round4(2 / 3)).toBe(0.6667);
  });
});

describe("report", () => {
  it("summarises and rolls up the valid plans", () => {
    const r = report();
    expect(r.summary).toEqual({ plans: 3, valid: 2, invalid: 1 });
    expect(r.programme).toEqual({
      id: "care-d2",
      arrete: "2025-07-03",
      phaseStart: "2025-07-16",
      policySince: "2022-07-16",
      threshold: 0.66,
    });
    expect(r.ght).toHaveLength(1);
    expect(r.ght[0].weightBasis).toBe("beds");
    expect(r.ght[0].items["O1.D"]).toEqual({ share: 0.75, status: "ok" });
  });
});

describe("json", () => {
  it("keeps the care.md shape", () => {
    const j = JSON.parse(careJson(report()));
    expect(Object.keys(j)).toEqual(["programme", "plans", "ght", "summary"]);
    expect(j.plans.map((p: { source: string; valid: boolean }) => [p.source, p.valid])).toEqual([
      ["ght/ch-a", true],
      ["ght/ch-b", false],
      ["ght/ch-c", true],
    ]);
    expect(j.plans[1].diagnostics[0]).toEqual(invalid.diagnostics[0]);
    const p = j.plans[0];
    expect(p.coverage).toBe(0.8);
    expect(p.counts).toEqual({ ok: 8, partial: 0, missing: 0, "not-evidenced": 5 });
    expect(p.items[0]).toMatchObject({ id: "P1", ref: "D2.P1", status: "not-evidenced" });
    expect(p.items[0].checks[0]).toMatchObject({ id: "P1-pssi", status: "not-evidenced", locations: [] });
    expect(typeof p.items[0].checks[0].document).toBe("string");
    expect(p.items[5].checks[0].locations[0]).toEqual({
      file: "ght/ch-a",
      line: 1,
      column: 1,
      path: "/exercises/0",
    });
  });
});

describe("text", () => {
  const text = careText(report());
  const lines = text.split("\n");
  it("prints a header per plan", () => {
    expect(lines[0]).toBe("290000017  CH Alpha  (sanitaire)  plan 2.1 du 2026-03-01  couverture 80,0\u00a0%");
  });
  it("prints one line per item with widths 5 and 14", () => {
    expect(lines[1]).toMatch(/^P1   not-evidenced à prouver\u00a0: PSSI/);
    expect(lines[2]).toBe("P2   ok            " + item(report().plans[0] as never, "P2").title);
    const c = report().plans[2];
    if (!c.valid) throw new Error("valid expected");
    const o1d = item(c, "O1.D");
    expect(text).toContain(itemLine(o1d));
    expect(itemLine(o1d)).toBe(`O1.D missing       ${o1d.checks[0].message}`);
  });
  it("mentions the invalid plan, the roll-up and the summary", () => {
    expect(text).toContain("ght/ch-b  plan invalide");
    expect(lines.some((l) => l.startsWith("GHT GHT Test\u00a0: 2 plans, pondération par les lits"))).toBe(
      true,
    );
    expect(lines.at(-2)).toBe("3 plans, 2 valid, 1 invalid");
  });
  it("says n/a coverage in French", () => {
    const plan = fullPlan();
    for (const s of plan.services) delete s.activityShare;
    expect(careText(buildCareReport([evaluate(plan)]))).toMatch(/couverture non renseignée/);
  });
});

describe("csv", () => {
  const csv = careCsv(report());
  const rows = csv.slice(1).split("\r\n");
  it("starts with a BOM and the exact header, CRLF", () => {
    expect(
      csv.startsWith(
        "\ufeffsource;finess;name;type;category;ght;region;plan_version;plan_date;valid;P1;P2;O1.A;O1.B;O1.C;O1.D;O2.A;O2.B;O3.A;O3.B;O3.C;O3.D;O4;coverage_pct;ok;partial;missing;not_evidenced\r\n",
      ),
    ).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(rows).toHaveLength(5);
  });
  it("writes one row per plan", () => {
    expect(rows[1]).toBe(
      "ght/ch-a;290000017;CH Alpha;sanitaire;CH;GHT Test;Bretagne;2.1;2026-03-01;true;not-evidenced;ok;ok;ok;ok;ok;not-evidenced;ok;not-evidenced;not-evidenced;ok;not-evidenced;ok;80,0;8;0;0;5",
    );
    expect(rows[3].split(";")).toHaveLength(csvHeader.length);
    expect(rows[3]).toContain(";60,0;");
  });
  it("keeps what could be read of an invalid plan and quotes fields with the delimiter", () => {
    expect(rows[2]).toBe(`ght/ch-b;290000025;"CH « Bêta ; Gamma »";;;;;;;false;;;;;;;;;;;;;;;;;;`);
  });
  it("accepts a comma delimiter, quoting decimal commas", () => {
    const comma = careCsv(report(), ",");
    expect(comma.split("\r\n")[1]).toContain(`,"80,0",8,0,0,5`);
  });
});
