import { describe, expect, it } from "vitest";
import { references } from "../../src/rules/index.js";
import { unknownReference } from "../../src/rules/unknown-reference.js";
import { brief, diagnosticsOf, loadFixture, loadText } from "./helpers.js";

const q = (id: string) => `«\u00a0${id}\u00a0»`;

describe("unknown-reference", () => {
  it("accepts every kind of reference when it resolves, and never checks steps[].who", () => {
    const loaded = loadFixture("unknown-reference", "ok");
    expect(diagnosticsOf("unknown-reference", loaded)).toEqual([]);
    // The fixture exercises every reference place of docs/plan-format.md.
    const paths = references(loaded.data).map((r) => r.ptr.replace(/\/\d+/g, "/n"));
    expect(new Set(paths)).toEqual(
      new Set([
        "/plan/owner",
        "/plan/approvedBy",
        "/contacts/n/deputy",
        "/crisis/cell/n/contact",
        "/crisis/cell/n/deputy",
        "/services/n/manager",
        "/services/n/site",
        "/services/n/dependsOn/n",
        "/resources/n/owner",
        "/resources/n/site",
        "/resources/n/dependsOn/n",
        "/resources/n/recovery/team",
        "/resources/n/supplierContact",
        "/crisis/hotlines/n/contact",
        "/crisis/communication/spokesperson",
        "/procedures/n/supplies/n/owner",
        "/procedures/n/service",
        "/procedures/n/covers/n",
        "/procedures/n/owner",
        "/scenarios/n/unavailable/n",
        "/scenarios/n/procedures/n",
        "/exercises/n/scenario",
      ]),
    );
  });

  it("checks the v2 keys: hotlines, spokesperson, supplierContact, supply owners", () => {
    const found = unknownReference.check(
      loadText(`
contacts: [{ id: dir, name: A, role: B }]
services: [{ id: soins, name: S }]
crisis:
  hotlines: [{ label: Garde, contact: drr }]
  communication: { spokesperson: soins }
resources: [{ id: dpi, name: DPI, supplierContact: editeur }]
procedures:
  - id: p
    supplies: [Classeur, { item: Kit, owner: dirr }]
`),
    );
    expect(found.map((d) => [d.path, d.line, d.column])).toEqual([
      ["/crisis/hotlines/0/contact", 5, 39],
      ["/crisis/communication/spokesperson", 6, 34],
      ["/resources/0/supplierContact", 7, 52],
      ["/procedures/0/supplies/1/owner", 10, 46],
    ]);
    expect(found[0].message).toContain(`(contact du numéro ${q("Garde")})`);
    expect(found[0].message).toContain(`Vouliez-vous dire ${q("dir")}`);
    expect(found[1].message).toContain(`${q("soins")} est une activité, pas un contact`);
  });

  it("reports each unresolved id on its value", () => {
    const found = diagnosticsOf("unknown-reference", loadFixture("unknown-reference", "bad"));
    const file = "unknown-reference/bad.yaml";
    const at = (line: number, column: number, path: string) => ({
      code: "unknown-reference",
      severity: "error",
      file,
      line,
      column,
      path,
    });
    expect(found.map(brief)).toEqual([
      at(9, 10, "/plan/owner"),
      at(23, 15, "/crisis/cell/0/deputy"),
      at(30, 11, "/services/0/site"),
      at(31, 46, "/services/0/dependsOn/2"),
      at(41, 17, "/resources/0/dependsOn/0"),
      at(44, 13, "/resources/0/recovery/team"),
      at(59, 18, "/scenarios/0/procedures/0"),
      at(64, 15, "/exercises/0/scenario"),
    ]);
    const byPath = new Map(found.map((d) => [d.path, d.message]));
    // Close ids are suggested, among the expected kinds only.
    expect(byPath.get("/plan/owner")).toContain(`Vouliez-vous dire ${q("dir")}\u202f?`);
    expect(byPath.get("/plan/owner")).toContain("d’un contact");
    expect(byPath.get("/services/0/dependsOn/2")).toContain("d’une ressource ou d’une activité");
    expect(byPath.get("/services/0/dependsOn/2")).toContain(`Vouliez-vous dire ${q("dossier-soins")}`);
    expect(byPath.get("/scenarios/0/procedures/0")).toContain(q("soins-papier"));
    expect(byPath.get("/exercises/0/scenario")).toContain(q("panne-si"));
    // Nothing close: no suggestion.
    expect(byPath.get("/crisis/cell/0/deputy")).not.toContain("Vouliez-vous");
    // No site at all in the plan.
    expect(byPath.get("/services/0/site")).toContain("le plan ne définit aucun site");
    // Wrong kind: a resource depends on resources only; a team is a contact.
    expect(byPath.get("/resources/0/dependsOn/0")).toContain(
      `${q("soins")} est une activité, pas une ressource`,
    );
    expect(byPath.get("/resources/0/recovery/team")).toContain(
      `${q("soins")} est une activité, pas un contact`,
    );
  });

  it("accepts a service id in a service's dependsOn but not a contact", () => {
    const base = loadFixture("unknown-reference", "ok");
    const plan = base.data as { services: { dependsOn: string[] }[] };
    plan.services[0].dependsOn.push("dir");
    const found = unknownReference.check(base);
    expect(found).toHaveLength(1);
    expect(found[0].path).toBe("/services/0/dependsOn/2");
    expect(found[0].message).toBe(
      `${q("dir")} est un contact, pas une ressource ni une activité (dependsOn de l’activité ${q("soins")}).`,
    );
  });

  it("resolves an id defined under two kinds for either kind (duplicate-id reports the clash)", () => {
    const text = `
contacts:
  - id: x
    name: X
    role: R
resources:
  - id: x
    name: X
    kind: data
services:
  - id: s
    name: S
    kind: care
    criticality: vital
    rto: 4h
    manager: x
    dependsOn: [x]
`;
    expect(unknownReference.check(loadText(text))).toEqual([]);
  });

  it("skips references that are not strings (the schema reports them)", () => {
    const text = `
plan:
  owner: 12
contacts:
  - id: a
    name: A
    role: R
    deputy: [a]
services:
  - id: s
    dependsOn: nope
  - 7
  - dependsOn: [null, 3, {a: 1}, ghost]
`;
    const found = unknownReference.check(loadText(text));
    expect(found.map((d) => d.path)).toEqual(["/services/2/dependsOn/3"]);
    expect(found[0].message).toContain("(dependsOn)");
  });
});
