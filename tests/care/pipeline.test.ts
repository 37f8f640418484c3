import { describe, expect, it } from "vitest";
import { analyzeLoaded } from "../../src/analyze.js";
import { evaluateCare } from "../../src/care/evaluate.js";
import { loadPlanText } from "../../src/plan/load.js";

const yaml = `version: 1
establishment:
  name: CH Kerbrat
  finess: "290000017"
  type: sanitaire
plan:
  version: "1.0"
  date: 2026-03-15
  owner: rssi
contacts:
  - id: rssi
    name: Anne
    role: RSSI
crisis:
  cell:
    - role: Directeur de crise
      contact: rssi
services:
  - id: urgences
    name: Urgences
    kind: care
    criticality: vital
    rto: 4h
    mtpd: 8h
    rpo: 1h
    activityShare: 0.7
    dependsOn: [dpi]
resources:
  - id: dpi
    name: DPI
    kind: application
    recovery:
      duration: 2h
    backup:
      frequency: 1j
      offline: true
      immutable: false
procedures:
  - id: pd
    title: Papier
    kind: degraded
    service: urgences
    covers: [dpi]
    maxDuration: 2j
    steps: [Sortir les formulaires]
exercises:
  - date: 2026-02-01
    kind: field-test
    title: Terrain
`;

describe("care through the real pipeline", () => {
  it("evaluates a loaded plan with YAML positions and engine findings", () => {
    const analysis = analyzeLoaded(loadPlanText(yaml, "kerbrat.yaml"));
    expect(analysis.plan).toBeDefined();
    expect(analysis.recovery).toBeDefined();
    const r = evaluateCare({
      source: "kerbrat.yaml",
      plan: analysis.plan!,
      map: analysis.map!,
      recovery: analysis.recovery!,
      findings: analysis.findings,
    });
    expect(r.covered).toEqual(["urgences"]);
    expect(r.coverage).toBe(0.7);
    const check = (id: string) => r.items.flatMap((i) => i.checks).find((c) => c.id === id)!;
    // One role without deputy: located on that role (line 16).
    expect(check("O1.A-cell")).toMatchObject({
      status: "missing",
      locations: [{ file: "kerbrat.yaml", line: 16, path: "/crisis/cell/0" }],
    });
    // Daily backup for a 1 h rpo: the engine's rpo-unmet finding fails O2.B.
    expect(analysis.findings.some((f) => f.code === "rpo-unmet" && f.subject === "dpi")).toBe(true);
    expect(check("O2.B-backup-plans")).toMatchObject({
      status: "missing",
      locations: [{ line: 29, path: "/resources/0" }],
    });
    expect(check("O1.D-field-test")).toMatchObject({
      status: "partial",
      locations: [{ line: 47, path: "/exercises/0" }],
    });
    expect(check("O1.C-perimeter").status).toBe("ok");
  });
});
