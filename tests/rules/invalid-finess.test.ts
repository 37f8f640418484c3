import { describe, expect, it } from "vitest";
import { invalidFiness } from "../../src/rules/invalid-finess.js";
import { normalizeFiness, luhnCheckDigit } from "../../src/plan/finess.js";
import { brief, diagnosticsOf, loadFixture, loadText } from "./helpers.js";

describe("invalid-finess (Luhn check key)", () => {
  it("accepts real FINESS numbers, spaces allowed", () => {
    expect(diagnosticsOf("invalid-finess", loadFixture("invalid-finess", "ok"))).toEqual([]);
    for (const f of ["290000017", "350005179", "29 000 001 7", "350000048"])
      expect(normalizeFiness(f).ok, f).toBe(true);
  });

  it("reports a wrong ninth digit on the value, with the expected digit", () => {
    const found = diagnosticsOf("invalid-finess", loadFixture("invalid-finess", "bad"));
    expect(found.map(brief)).toEqual([
      {
        code: "invalid-finess",
        severity: "error",
        file: "invalid-finess/bad.yaml",
        line: 4,
        column: 11,
        path: "/establishment/finess",
      },
    ]);
    expect(found[0].message).toContain("7 attendu ici et non 8");
  });

  it("checks Corsican numbers for shape only, and leaves other shapes to the schema", () => {
    const plan = (finess: string) => loadText(`establishment:\n  finess: ${finess}\n`);
    expect(invalidFiness.check(plan('"2A0000018"'))).toEqual([]);
    expect(invalidFiness.check(plan('"12345"'))).toEqual([]);
    expect(invalidFiness.check(plan("290000018"))).toEqual([]);
    expect(invalidFiness.check(plan('"290000018"'))).toHaveLength(1);
  });

  it("computes the key of every number: one digit of ten passes", () => {
    for (const base of ["29000001", "35000514", "75000000", "01234567"]) {
      const good = luhnCheckDigit(base);
      for (let d = 0; d <= 9; d++) expect(normalizeFiness(base + d).ok, base + d).toBe(d === good);
    }
  });
});
