/** docs/recovery.md corner cases: tier boundaries + 1, leap year, code-unit order, order through ∉ L. */
import { describe, expect, it } from "vitest";
import { cli } from "../cli/helpers.js";
import { checkOutput, locate, planText, prioritiesJson } from "./helpers.js";

describe("edges.yaml (plan.date 2024-03-01)", () => {
  it("matches the hand computation", async () => {
    const out = await prioritiesJson("edges.yaml");
    // x*: D = max(480, soins-papier 240) = 480, duration 60, LS 420, E 60; ties (420, vital):
    //   ids by code unit: "x-b" (0x2D) < "x.c" (0x2E) < "x0" (0x30) < "x_a" (0x5F).
    // a-app → sup (supplier ∉ L) → z-net: durations 0, D 720 all along, LS 720 both, essential
    //   both; id a-app < z-net, yet a-app can only be restored once z-net is (E(a-app) counts it),
    //   so z-net comes first.
    // b*: recovery 1 min, D = rto = 241, 1441, 4321, 10081 → P2, P3, P4, P5; LS = D − 1.
    // LS null: base2 (null, 5), then old2 (needs base2) and only-covered: "old2" < "only-covered".
    checkOutput("edges.yaml", out, {
      resources: [
        [1, "b241", "P2", 241, 1, 240, 1, "important", ["t241"]],
        [2, "x-b", "P2", 480, 60, 420, 60, "vital", ["soins"]],
        [3, "x.c", "P2", 480, 60, 420, 60, "vital", ["soins"]],
        [4, "x0", "P2", 480, 60, 420, 60, "vital", ["soins", "u-b", "u_a"]],
        [5, "x_a", "P2", 480, 60, 420, 60, "vital", ["soins"]],
        [6, "z-net", "P2", 720, 0, 720, 0, "essential", ["portail"]],
        [7, "a-app", "P2", 720, 0, 720, 0, "essential", ["portail"]],
        [8, "b1441", "P3", 1441, 1, 1440, 1, "important", ["t1441"]],
        [9, "b4321", "P4", 4321, 1, 4320, 1, "important", ["t4321"]],
        [10, "b10081", "P5", 10081, 1, 10080, 1, "important", ["t10081"]],
        [11, "base2", "none", null, 0, null, 0, null, []],
        [12, "old2", "none", null, 60, null, 60, null, []],
        [13, "only-covered", "none", null, 60, null, 60, null, []],
      ],
      services: [
        ["soins", "vital", 480, 480, 60],
        ["portail", "essential", 720, 720, 0],
        ["t241", "important", 241, 241, 1],
        ["t1441", "important", 1441, 1441, 1],
        ["t4321", "important", 4321, 4321, 1],
        ["t10081", "important", 10081, 10081, 1],
        ["u_a", "deferrable", 20160, 20160, 60],
        ["u-b", "deferrable", 20160, 20160, 60],
      ],
      findings: [
        // nurse (staff, ∉ L) is a direct dependency no procedure of soins covers.
        ["no-degraded-procedure", "warning", "soins", "/services/0"],
        // 2023-03-01 → 2024-03-01 crosses 2024-02-29: 366 days, stale; x-b (2023-03-02) is 365.
        ["restore-test-stale", "warning", "x_a", "/resources/0"],
        // offline but not immutable.
        ["no-offline-backup", "warning", "x.c", "/resources/2"],
        ["no-recovery-estimate", "info", "a-app", "/resources/5"],
        ["no-recovery-estimate", "info", "z-net", "/resources/7"],
        ["no-recovery-estimate", "info", "base2", "/resources/13"],
        ["orphan-resource", "info", "old2", "/resources/12"],
        // Listed in `covers` only: nothing depends on it.
        ["orphan-resource", "info", "only-covered", "/resources/14"],
        ["cover-not-direct", "warning", "soins-papier", "/procedures/0"],
      ],
    });
  });
});

describe("selfloop.yaml", () => {
  it("a resource depending on itself is a cycle", async () => {
    const p = await cli(["priorities", "--format", "json", "tests/recovery-spec/plans/selfloop.yaml"]);
    expect(p.code).toBe(1);
    expect(p.stdout).toBe("");
    const v = await cli(["validate", "--format", "json", "tests/recovery-spec/plans/selfloop.yaml"]);
    const d = JSON.parse(v.stdout).plans[0].diagnostics.find((x: any) => x.code === "dependency-cycle");
    expect(d.path).toBe("/resources/0/dependsOn/0");
    expect(d.message).toContain("dpi → dpi");
    const text = planText("selfloop.yaml");
    const at = locate(
      text,
      "dependsOn: [dpi]",
      "dpi]",
      text.split("\n").findIndex((l) => l.includes("- id: dpi")),
    );
    expect({ line: d.line, column: d.column }).toEqual(at);
  });
});

describe("fragments/ (a directory plan)", () => {
  it("positions point into the fragment that defines the subject", async () => {
    const out = await prioritiesJson("../fragments");
    // Fragments in path order: 00-base.yaml, 20-more.yaml, sub/10-resources.yaml ("2" < "s"), so
    // lonely is /resources/0 and dpi /resources/1.
    // L = {dpi, lonely}; D(dpi) = min(urgences 240) = 240 (b.svc does not reach dpi).
    expect(
      out.resources.map((r: any) => [r.rank, r.id, r.deadlineMinutes, r.latestStartMinutes, r.services]),
    ).toEqual([
      [1, "dpi", 240, 180, ["urgences"]],
      [2, "lonely", null, null, []],
    ]);
    // b.svc (essential) has no direct resource: no no-degraded-procedure; restoredBy 0.
    expect(out.services.map((s: any) => [s.id, s.effectiveRtoMinutes, s.restoredByMinutes])).toEqual([
      ["urgences", 240, 60],
      ["b.svc", 240, 0],
    ]);
    const f = out.findings.map((x: any) => [x.code, x.subject, x.file, x.line, x.column, x.path]);
    expect(f.sort()).toEqual(
      [
        // Contacts cited by the crisis cell without a number, at their own definitions.
        ["missing-phone", "dsi", "tests/recovery-spec/fragments/00-base.yaml", 15, 5, "/contacts/1"],
        ["missing-phone", "rssi", "tests/recovery-spec/fragments/00-base.yaml", 11, 5, "/contacts/0"],
        [
          "no-degraded-procedure",
          "urgences",
          "tests/recovery-spec/fragments/00-base.yaml",
          24,
          5,
          "/services/0",
        ],
        // 20-more.yaml: the blank line after `resources:` puts `- id: lonely` on line 10.
        ["orphan-resource", "lonely", "tests/recovery-spec/fragments/20-more.yaml", 10, 5, "/resources/0"],
      ].sort(),
    );
  });
});
