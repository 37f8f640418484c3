import { readdirSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/types.js";
import { SourceMap } from "../../src/plan/source-map.js";
import { collectIds, compareDiagnostics, rules, runRules } from "../../src/rules/index.js";
import { validateSchema } from "../../src/schema/index.js";
import { fixturesDir, loadFixture, loadText } from "./helpers.js";

const ruleDirs = readdirSync(fixturesDir).sort();

describe("rules registry", () => {
  it("has one rule per fixture directory, with unique ids and the rule's own code", () => {
    expect(rules.map((r) => r.id).sort()).toEqual(ruleDirs);
    for (const rule of rules) expect(rule.codes).toContain(rule.id);
  });
});

describe("fixtures", () => {
  for (const dir of ruleDirs) {
    it(`${dir}: both fixtures are valid plans for the schema`, () => {
      for (const which of ["ok", "bad"] as const) {
        const { data, map } = loadFixture(dir, which);
        expect(validateSchema(data, map)).toEqual([]);
      }
    });

    it(`${dir}: ok has no rule diagnostic at all, bad only this rule's codes`, () => {
      const ok = loadFixture(dir, "ok");
      expect(runRules(ok.data, ok.map)).toEqual([]);
      const bad = loadFixture(dir, "bad");
      // The other rules' bad fixtures give no phone numbers: missing-phone is expected there too.
      const codes = new Set(
        runRules(bad.data, bad.map)
          .map((d) => d.code)
          .filter((c) => c !== "missing-phone" || dir === "missing-phone"),
      );
      const rule = rules.find((r) => r.id === dir)!;
      expect([...codes].every((c) => rule.codes.includes(c))).toBe(true);
      expect(codes.size).toBeGreaterThan(0);
    });
  }
});

describe("runRules", () => {
  const brokenPlan = `version: 1
establishment: { name: CH, finess: "290000017", type: sanitaire }
plan: { version: "1", date: 2026-01-01, owner: dir }
contacts:
  - { id: dir, name: A, role: B, phone: "02 98 00 00 01" }
crisis:
  cell:
    - { role: Crise, contact: dir }
services:
  - id: urgences
    name: Urgences
    kind: care
    criticality: vital
    dependsOn: [dpii]
resources:
  - { id: dpi, name: DPI, kind: application }
procedures:
  - { id: urgences, title: P, kind: degraded, steps: [x] }
`;

  it("reports alongside schema errors: a missing rto and an unknown id are both found", () => {
    const { data, map } = loadText(brokenPlan);
    const schema = validateSchema(data, map);
    expect(schema.some((d) => d.code === "required" && d.path === "/services/0")).toBe(true);
    const found = runRules(data, map);
    expect(found.map((d) => [d.code, d.line, d.column, d.path])).toEqual([
      ["missing-deputy", 8, 7, "/crisis/cell/0"],
      ["unknown-reference", 14, 17, "/services/0/dependsOn/0"],
      ["degraded-procedure-incomplete", 18, 5, "/procedures/0"],
      ["duplicate-id", 18, 11, "/procedures/0/id"],
    ]);
  });

  it("sorts by file, line, column, then code", () => {
    const { data, map } = loadText(brokenPlan);
    const found = runRules(data, map);
    expect([...found].sort(compareDiagnostics)).toEqual(found);
    const a: Diagnostic = {
      file: "a.yaml",
      line: 2,
      column: 1,
      severity: "error",
      code: "required",
      message: "",
      path: "",
    };
    const sorted: Diagnostic[] = [
      { ...a, file: "b.yaml", line: 1 },
      { ...a, line: 3 },
      { ...a, column: 5 },
      { ...a, code: "unknown-reference" },
      { ...a, code: "duplicate-id" },
    ];
    sorted.sort(compareDiagnostics);
    expect(sorted.map((d) => [d.file, d.line, d.column, d.code])).toEqual([
      ["a.yaml", 2, 1, "duplicate-id"],
      ["a.yaml", 2, 1, "unknown-reference"],
      ["a.yaml", 2, 5, "required"],
      ["a.yaml", 3, 1, "required"],
      ["b.yaml", 1, 1, "required"],
    ]);
  });

  it("never throws, whatever the data", () => {
    const idish = fc.constantFrom("a", "b", "dpi", "x", "urgences");
    const value = fc.oneof(fc.anything(), idish, fc.array(fc.oneof(idish, fc.anything()), { maxLength: 3 }));
    const item = fc.oneof(
      fc.anything(),
      fc.dictionary(
        fc.constantFrom(
          "id",
          "role",
          "contact",
          "deputy",
          "dependsOn",
          "covers",
          "kind",
          "rto",
          "mtpd",
          "service",
          "maxDuration",
          "recovery",
          "site",
          "owner",
          "unavailable",
          "procedures",
          "scenario",
        ),
        fc.oneof(value, fc.constantFrom("degraded", "4h", "1j", { team: "a" })),
      ),
    );
    const list = fc.oneof(fc.anything(), fc.array(item, { maxLength: 4 }));
    const plan = fc.oneof(
      fc.anything(),
      fc.record(
        {
          plan: fc.oneof(fc.anything(), fc.record({ owner: value, approvedBy: value })),
          contacts: list,
          crisis: fc.oneof(fc.anything(), fc.record({ cell: list })),
          services: list,
          resources: list,
          procedures: list,
          scenarios: list,
          exercises: list,
          sites: list,
        },
        { requiredKeys: [] },
      ),
    );
    fc.assert(
      fc.property(plan, (data) => {
        const found = runRules(data, new SourceMap());
        for (const d of found) expect(typeof d.message).toBe("string");
      }),
      { numRuns: 400 },
    );
  });
});

describe("collectIds", () => {
  it("maps each id to the kind and pointer of its first definition in source order", () => {
    const { data, map } = loadFixture("duplicate-id", "bad");
    const ids = collectIds(data, map);
    expect(ids.get("dsi")).toEqual({ kind: "contact", pointer: "/contacts/1" });
    expect(ids.get("dpi")).toEqual({ kind: "resource", pointer: "/resources/0" });
    expect(ids.get("urgences")).toEqual({ kind: "service", pointer: "/services/0" });
    expect(ids.get("dir")).toEqual({ kind: "contact", pointer: "/contacts/0" });
    expect(ids.size).toBe(4);
  });

  it("returns an empty map for anything that is not a plan", () => {
    expect(collectIds(null, new SourceMap()).size).toBe(0);
    expect(collectIds({ contacts: "x", services: [1, null, { id: 3 }] }, new SourceMap()).size).toBe(0);
  });
});
