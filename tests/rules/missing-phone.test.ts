import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/diagnostics/types.js";
import { missingPhone } from "../../src/rules/missing-phone.js";
import { cli, root } from "../cli/helpers.js";
import { brief, diagnosticsOf, loadFixture, loadText } from "./helpers.js";
import { join } from "node:path";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";

describe("missing-phone", () => {
  it("accepts cited contacts with a phone or a mobile, and free-text `who`", () => {
    expect(diagnosticsOf("missing-phone", loadFixture("missing-phone", "ok"))).toEqual([]);
  });

  it("warns once per cited contact without a number, on the contact, naming the first citing place", () => {
    const found = diagnosticsOf("missing-phone", loadFixture("missing-phone", "bad")) as Finding[];
    const file = "missing-phone/bad.yaml";
    const at = (line: number, i: number) => ({
      code: "missing-phone",
      severity: "warning",
      file,
      line,
      column: 5,
      path: `/contacts/${i}`,
    });
    // Sorted by position: dsi, editeur, cadre, archiviste, garde (dir has a phone).
    expect(found.map(brief)).toEqual([at(16, 1), at(20, 2), at(24, 3), at(28, 4), at(31, 5)]);
    expect(found.map((f) => [f.subject, f.data?.citedBy])).toEqual([
      // Cited by the hotlines too, but the procedure comes first (cell, procedures, resources, hotlines).
      ["dsi", { kind: "procedure", id: "bloc-papier" }],
      ["editeur", { kind: "resource", id: "planning" }],
      // An empty string is no number.
      ["cadre", { kind: "procedure", id: "bloc-papier" }],
      ["archiviste", { kind: "cell" }],
      ["garde", { kind: "hotlines" }],
    ]);
    expect(found[0].message).toBe(
      "Le contact «\u00a0dsi\u00a0» n’a ni téléphone ni portable alors que la procédure «\u00a0bloc-papier\u00a0» le cite\u00a0: ajoutez `phone` ou `mobile`.",
    );
  });

  it("ignores contacts nobody cites and survives malformed input", () => {
    const found = missingPhone.check(
      loadText(`
contacts:
  - { id: a, name: A, role: R }
  - nope
crisis:
  cell: [{ role: Crise, contact: zz }, 3]
  hotlines: [{ label: X, contact: a }, nope]
procedures: [{ id: p, steps: [{ action: x, who: 4 }, "texte"] }]
`),
    ) as Finding[];
    expect(found.map((f) => [f.subject, f.path])).toEqual([["a", "/contacts/0"]]);
  });

  it("makes `validate --fail-on warning` exit 1 on a step whose `who` has no number", async () => {
    const dir = mkdtempSync(join(tmpdir(), "missing-phone-"));
    const plan = join(dir, "plan.yaml");
    const ok = await cli([
      "validate",
      join(root, "tests/rules/fixtures/missing-phone/ok.yaml"),
      "--fail-on",
      "warning",
    ]);
    expect(ok.code, ok.stdout).toBe(0);
    // The ok fixture with the number of the contact its step cites removed.
    const text = readFileSync(join(root, "tests/rules/fixtures/missing-phone/ok.yaml"), "utf8");
    writeFileSync(plan, text.replace('    mobile: "06 12 34 56 78"\n', ""));
    const bad = await cli(["validate", plan, "--fail-on", "warning"]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain(`${plan}:16:5: warning missing-phone:`);
    const lenient = await cli(["validate", plan]);
    expect(lenient.code).toBe(0);
  });

  it("is listed by `priorities --format json`, at the contact", async () => {
    const plan = join(root, "tests/rules/fixtures/missing-phone/bad.yaml");
    const r = await cli(["priorities", plan, "--format", "json"]);
    expect(r.code, r.stderr).toBe(0);
    const phones = JSON.parse(r.stdout).findings.filter((f: { code: string }) => f.code === "missing-phone");
    expect(phones.map((f: Finding) => [f.subject, f.severity, f.line, f.column, f.path])).toEqual([
      ["dsi", "warning", 16, 5, "/contacts/1"],
      ["editeur", "warning", 20, 5, "/contacts/2"],
      ["cadre", "warning", 24, 5, "/contacts/3"],
      ["archiviste", "warning", 28, 5, "/contacts/4"],
      ["garde", "warning", 31, 5, "/contacts/5"],
    ]);
  });
});
