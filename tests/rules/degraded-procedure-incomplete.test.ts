import { describe, expect, it } from "vitest";
import { degradedProcedureIncomplete } from "../../src/rules/degraded-procedure-incomplete.js";
import { brief, diagnosticsOf, loadFixture, loadText } from "./helpers.js";

describe("degraded-procedure-incomplete", () => {
  it("accepts complete degraded procedures and other kinds without those keys", () => {
    const found = diagnosticsOf(
      "degraded-procedure-incomplete",
      loadFixture("degraded-procedure-incomplete", "ok"),
    );
    expect(found).toEqual([]);
  });

  it("reports one error per procedure, on its mapping, listing every missing key", () => {
    const found = diagnosticsOf(
      "degraded-procedure-incomplete",
      loadFixture("degraded-procedure-incomplete", "bad"),
    );
    const file = "degraded-procedure-incomplete/bad.yaml";
    const code = "degraded-procedure-incomplete";
    expect(found.map(brief)).toEqual([
      { code, severity: "error", file, line: 65, column: 5, path: "/procedures/1" },
      { code, severity: "error", file, line: 71, column: 5, path: "/procedures/2" },
    ]);
    // An empty `covers` counts as missing.
    expect(found[0].message).toContain("`service`");
    expect(found[0].message).toContain("`covers`");
    expect(found[0].message).toContain("`maxDuration`");
    expect(found[1].message).not.toContain("`service`");
    expect(found[1].message).not.toContain("`covers`");
    expect(found[1].message).toContain("`maxDuration`");
  });

  it("leaves a wrongly typed covers to the schema", () => {
    const text = `
procedures:
  - id: p
    kind: degraded
    service: s
    covers: dpi
    maxDuration: 1j
`;
    expect(degradedProcedureIncomplete.check(loadText(text))).toEqual([]);
  });
});
