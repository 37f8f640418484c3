import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/diagnostics/types.js";
import { missingDeputy } from "../../src/rules/missing-deputy.js";
import { brief, diagnosticsOf, loadFixture, loadText } from "./helpers.js";

describe("missing-deputy", () => {
  it("accepts roles whose deputy differs from the titular", () => {
    expect(diagnosticsOf("missing-deputy", loadFixture("missing-deputy", "ok"))).toEqual([]);
  });

  it("warns once per role without a distinct deputy, on the role's mapping", () => {
    const found = diagnosticsOf("missing-deputy", loadFixture("missing-deputy", "bad")) as Finding[];
    const file = "missing-deputy/bad.yaml";
    expect(found.map(brief)).toEqual([
      { code: "missing-deputy", severity: "warning", file, line: 27, column: 7, path: "/crisis/cell/1" },
      { code: "missing-deputy", severity: "warning", file, line: 29, column: 7, path: "/crisis/cell/2" },
    ]);
    expect(found.map((f) => [f.subject, f.data])).toEqual([
      ["Responsable SI", { contact: "dsi" }],
      ["Coordination des soins", { contact: "cadre" }],
    ]);
    expect(found[0].message).toContain("n’a pas de suppléant");
    expect(found[1].message).toContain("est son titulaire «\u00a0cadre\u00a0»");
  });

  it("treats a null deputy as missing and survives malformed roles", () => {
    const text = `
crisis:
  cell:
    - role: Logistique
      contact: a
      deputy: null
    - nope
    - contact: b
`;
    const found = missingDeputy.check(loadText(text)) as Finding[];
    expect(found.map((f) => [f.path, f.subject])).toEqual([
      ["/crisis/cell/0", "Logistique"],
      // No role text (the schema reports it): the pointer stands in for the subject.
      ["/crisis/cell/2", "/crisis/cell/2"],
    ]);
  });
});
