import { describe, expect, it } from "vitest";
import { SourceMap } from "../../src/plan/source-map.js";
import { validateSchema } from "../../src/schema/index.js";
import { minimalPlan, validateText } from "./helpers.js";

/** The minimal plan with `from` replaced by `to` (the replaced text must exist). */
function edit(from: string, to: string, base = minimalPlan): string {
  expect(base).toContain(from);
  return base.replace(from, to);
}

function only(text: string, options: { fragment?: boolean } = {}) {
  const diagnostics = validateText(text, options);
  expect(diagnostics, JSON.stringify(diagnostics, null, 1)).toHaveLength(1);
  return diagnostics[0];
}

const lineOf = (text: string, needle: string): number =>
  text.split("\n").findIndex((l) => l.includes(needle)) + 1;

describe("validateSchema", () => {
  it("accepts a minimal valid plan, and x- keys anywhere", () => {
    expect(validateText(minimalPlan)).toEqual([]);
    const extended =
      edit("    rto: 4h\n", "    rto: 4h\n    x-note: libre\n    x-data: { a: [1, 2] }\n") + "x-meta: 1\n";
    expect(validateText(extended)).toEqual([]);
  });

  it("accepts the optional sections when well formed", () => {
    const full =
      minimalPlan +
      `resources:
  - id: dpi
    name: DPI
    kind: application
    dependsOn: [serveurs]
    recovery: { duration: 1h30, team: directeur, steps: [Restaurer] }
    backup: { frequency: PT24H, offline: true, immutable: false, retention: 30j, lastRestoreTest: 2025-12-01 }
procedures:
  - id: urgences-papier
    title: Urgences en mode papier
    kind: degraded
    service: urgences
    covers: [dpi]
    maxDuration: 3j
    steps:
      - Sortir les dossiers papier
      - action: Prévenir le cadre
        who: directeur
scenarios:
  - id: panne-si
    title: Panne du SI
    kind: it-outage
exercises:
  - date: "2026-06-01"
    kind: tabletop
    title: Exercice sur table
    status: planned
sites:
  - id: site-principal
    name: Site principal
`;
    expect(validateText(full)).toEqual([]);
  });

  it("reports a missing key as `required` on the parent mapping, naming the entity", () => {
    const text = edit("    rto: 4h\n", "");
    const d = only(text);
    expect(d).toMatchObject({ code: "required", path: "/services/0", severity: "error", file: "plan.yaml" });
    expect(d.line).toBe(lineOf(text, "- id: urgences"));
    expect(d.message).toContain("`rto`");
    expect(d.message).toContain("`urgences`");
    expect(d.message).toContain("rto: 4h");
  });

  it("reports an unknown key on the key itself, with the closest known key", () => {
    const text = edit("    rto: 4h\n", "    rto: 4h\n    rtoo: 4h\n");
    const d = only(text);
    expect(d).toMatchObject({
      code: "unknown-key",
      path: "/services/0/rtoo",
      line: lineOf(text, "rtoo"),
      column: 5,
    });
    expect(d.message).toContain("proche\u00a0: `rto`");
    expect(d.message).toContain("criticality");
  });

  it("reports an enum outside its values with the allowed values", () => {
    const text = edit("kind: care", "kind: soins");
    const d = only(text);
    expect(d).toMatchObject({
      code: "invalid-enum",
      path: "/services/0/kind",
      line: lineOf(text, "soins"),
      column: 11,
    });
    expect(d.message).toContain("care, administrative, technical");
  });

  it("reports wrong types, with a hint to quote numbers given for strings", () => {
    expect(only(edit("crisis:\n  cell:", "crisis:\n  cells: []\n  cell:"))).toMatchObject({
      code: "unknown-key",
    });
    const list = only(
      edit("    name: Urgences adultes\n", "    name: Urgences adultes\n    dependsOn: dpi\n"),
    );
    expect(list).toMatchObject({ code: "invalid-type", path: "/services/0/dependsOn" });
    expect(list.message).toContain("une liste");
    const version = only(edit('version: "2.1"', "version: 2.1"));
    expect(version).toMatchObject({ code: "invalid-type", path: "/plan/version" });
    expect(version.message).toContain("entre guillemets");
    const finess = only(edit('finess: "290000017"', "finess: 290000017"));
    expect(finess).toMatchObject({ code: "invalid-type", path: "/establishment/finess" });
    expect(finess.message).toContain("guillemets");
    expect(only(edit("    rto: 4h\n", "    rto: 4h\n    activityShare: 1.5\n"))).toMatchObject({
      code: "invalid-type",
      path: "/services/0/activityShare",
    });
    expect(only(edit("  type: sanitaire\n", "  type: sanitaire\n  beds: 12.5\n"))).toMatchObject({
      code: "invalid-type",
      path: "/establishment/beds",
    });
  });

  it("reports bad ids, durations, dates and FINESS with the parsers' reasons", () => {
    const id = only(edit("- id: urgences", "- id: Urgences"));
    expect(id).toMatchObject({ code: "invalid-id", path: "/services/0/id" });
    expect(id.message).toContain("`urgences`");
    expect(only(edit("owner: directeur", "owner: Le Directeur"))).toMatchObject({
      code: "invalid-id",
      path: "/plan/owner",
    });

    const bare = only(edit("rto: 4h", "rto: 4"));
    expect(bare).toMatchObject({ code: "invalid-duration", path: "/services/0/rto" });
    expect(bare.message).toContain("ajoutez une unité");
    expect(only(edit("rto: 4h", "rto: 4 heures"))).toMatchObject({
      code: "invalid-duration",
      path: "/services/0/rto",
    });
    expect(only(edit("rto: 4h", "rto: P1M"))).toMatchObject({ code: "invalid-duration" });

    const text = edit("date: 2026-03-15", "date: 2026-02-30");
    const impossible = only(text);
    expect(impossible).toMatchObject({
      code: "invalid-date",
      path: "/plan/date",
      line: lineOf(text, "2026-02-30"),
    });
    expect(impossible.message).toContain("calendrier");
    expect(only(edit("date: 2026-03-15", "date: 15/03/2026"))).toMatchObject({ code: "invalid-date" });

    const finess = only(edit('finess: "290000017"', 'finess: "29000001"'));
    expect(finess).toMatchObject({ code: "invalid-finess", path: "/establishment/finess" });
    expect(validateText(edit('finess: "290000017"', 'finess: "29 000 001 7"'))).toEqual([]);
  });

  it('reports a version other than 1 as unsupported-version (the string "1" too)', () => {
    expect(only(edit("version: 1\n", "version: 2\n"))).toMatchObject({
      code: "unsupported-version",
      path: "/version",
      line: 1,
      column: 10,
    });
    const text = only(edit("version: 1\n", 'version: "1"\n'));
    expect(text).toMatchObject({ code: "unsupported-version", path: "/version" });
    expect(text.message).toContain("sans guillemets");
  });

  it("reports empty required lists", () => {
    const text = edit(
      "contacts:\n  - id: directeur\n    name: Anne Le Gall\n    role: Directrice\n",
      "contacts: []\n",
    );
    const d = only(text);
    expect(d).toMatchObject({
      code: "required",
      path: "/contacts",
      line: lineOf(text, "contacts: []"),
      column: 1,
    });
  });

  it("gives one diagnostic per bad procedure step, without union cascades", () => {
    const proc = (step: string) =>
      `${minimalPlan}procedures:\n  - id: p\n    title: T\n    kind: reflex\n    steps:\n      - Une étape\n${step}`;
    expect(validateText(proc("      - action: Agir\n        who: directeur\n"))).toEqual([]);
    expect(only(proc("      - who: directeur\n"))).toMatchObject({
      code: "required",
      path: "/procedures/0/steps/1",
    });
    expect(only(proc("      - action: Agir\n        whom: x\n"))).toMatchObject({
      code: "unknown-key",
      path: "/procedures/0/steps/1/whom",
    });
    const number = only(proc("      - 3\n"));
    expect(number).toMatchObject({ code: "invalid-type", path: "/procedures/0/steps/1" });
    expect(number.message).toContain("la procédure `p`");
    expect(only(proc("      - [a, b]\n"))).toMatchObject({
      code: "invalid-type",
      path: "/procedures/0/steps/1",
    });
  });

  it("reports each of several problems once, in reading order", () => {
    const text = edit("kind: care", "kind: soins", edit("rto: 4h", "rto: 4\n    rpo: 1x\n    foo: 1"));
    const ds = validateText(text);
    expect(ds.map((d) => d.code)).toEqual([
      "invalid-enum",
      "invalid-duration",
      "invalid-duration",
      "unknown-key",
    ]);
    expect(new Set(ds.map((d) => `${d.code} ${d.path}`)).size).toBe(ds.length);
  });

  it("validates fragments without requiring the top-level keys", () => {
    const frag =
      "services:\n  - id: bloc\n    name: Bloc\n    kind: care\n    criticality: vital\n    rto: 2h\n";
    expect(validateText(frag, { fragment: true })).toEqual([]);
    expect(validateText(frag).map((d) => d.code)).toEqual([
      "required",
      "required",
      "required",
      "required",
      "required",
    ]);
    expect(only(frag.replace("rto: 2h", "rto: 2"), { fragment: true })).toMatchObject({
      code: "invalid-duration",
    });
  });

  it("reports a top level that is not a mapping", () => {
    const map = new SourceMap();
    map.fallbackFile = "liste.yaml";
    map.set("", { value: { file: "liste.yaml", line: 2, column: 1 } });
    for (const data of [["a"], "texte", 3, null]) {
      const ds = validateSchema(data, map);
      expect(ds).toEqual([
        expect.objectContaining({ code: "not-a-mapping", path: "", file: "liste.yaml", line: 2, column: 1 }),
      ]);
    }
  });

  it("writes French typography in messages", () => {
    const ds = validateText(edit("kind: care", "kind: soins", edit("rto: 4h", "rto: 4h\n    rtoo: 1h")));
    for (const d of ds) {
      expect(d.message).not.toMatch(/ [:;?!]/);
      expect(d.message).not.toContain("'");
    }
  });
});
