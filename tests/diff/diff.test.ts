/**
 * `pcapra diff` (docs/cli.md) on the CH example against a copy with three deliberate edits.
 * The expected results are written by hand from the specs, not taken from the code's output.
 */
import { describe, expect, it } from "vitest";
import { cli } from "../cli/helpers.js";
import { editedCopy, example } from "./edited-copy.js";

/** What the author edited: one entry per change, by entity (crisis, service, resource order). */
const expectedChanges = [
  {
    op: "changed",
    entity: "crisis",
    field: "cell[Logistique et services techniques].deputy",
    before: "resp-achats",
  },
  { op: "changed", entity: "service", id: "restauration", field: "rto", before: "3j", after: "2j" },
  {
    op: "added",
    entity: "resource",
    id: "logiciel-dietetique",
    after: {
      id: "logiciel-dietetique",
      name: "Logiciel de diététique",
      kind: "application",
      owner: "resp-restauration",
      dependsOn: ["sql"],
      recovery: { duration: "2h", team: "ing-applicatif" },
    },
  },
];

/**
 * docs/recovery.md on the CH example: `logiciel-restauration` (2h, needed only by `restauration`)
 * had the deadline 3j, latest start 3j − 2h = 70h, rank 25 (behind the resources of latest
 * start 2j 17h … 2j 22h, ranks 15 to 24). With an RTO of 2j its latest start is 46h, equal to
 * `ris` (46h, rank 14), which goes first on criticality (vital through imagerie, against
 * important): it takes rank 15 and ranks 15 to 24 move down by one; `dect` (LS 2j 23h, rank 26)
 * stays. The new resource has no dependent, so no deadline: it sorts last, rank 31 of 31.
 */
const expectedMoves = [
  { id: "logiciel-restauration", from: 25, to: 15 },
  { id: "pare-feu", from: 15, to: 16 },
  { id: "acces-internet", from: 16, to: 17 },
  { id: "imprimantes", from: 17, to: 18 },
  { id: "messagerie", from: 18, to: 19 },
  { id: "gam", from: 19, to: 20 },
  { id: "ipbx", from: 20, to: 21 },
  { id: "lis", from: 21, to: 22 },
  { id: "pharma-app", from: 22, to: 23 },
  { id: "logiciel-bloc", from: 23, to: 24 },
  { id: "logiciel-sterilisation", from: 24, to: 25 },
  { id: "logiciel-dietetique", from: null, to: 31 },
];

/** docs/recovery.md: a role without deputy, and a resource nothing depends on. */
const expectedAdded = [
  { code: "missing-deputy", severity: "warning", subject: "Logistique et services techniques" },
  { code: "orphan-resource", severity: "info", subject: "logiciel-dietetique" },
];

describe("pcapra diff", () => {
  it("reports exactly the three edits and what follows from them (JSON)", async () => {
    const edited = editedCopy();
    const r = await cli(["diff", example, edited, "--format", "json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(["changes", "derived"]);
    expect(out.changes).toEqual(expectedChanges);
    expect(Object.keys(out.derived)).toEqual(["orderMoves", "findingsAdded", "findingsResolved"]);
    expect(out.derived.orderMoves).toEqual(expectedMoves);
    expect(out.derived.findingsAdded).toMatchObject(expectedAdded);
    expect(out.derived.findingsAdded).toHaveLength(2);
    // Positions come from the new plan: the role in crisis.yaml, the resource in its own fragment.
    expect(out.derived.findingsAdded[0].file).toBe(`${edited}/crisis.yaml`);
    expect(out.derived.findingsAdded[1].file).toBe(`${edited}/resources-dietetique.yaml`);
    expect(out.derived.findingsResolved).toEqual([]);
  });

  it("reads the other way round: removed, resolved, leaving the order", async () => {
    const r = await cli(["diff", editedCopy(), example, "--format", "json"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.changes).toEqual([
      {
        op: "changed",
        entity: "crisis",
        field: "cell[Logistique et services techniques].deputy",
        after: "resp-achats",
      },
      { op: "changed", entity: "service", id: "restauration", field: "rto", before: "2j", after: "3j" },
      { op: "removed", entity: "resource", id: "logiciel-dietetique", before: expectedChanges[2].after },
    ]);
    const back = expectedMoves
      .filter((m) => m.from !== null)
      .map((m) => ({ id: m.id, from: m.to, to: m.from }))
      .sort((a, b) => a.to - b.to);
    expect(out.derived.orderMoves).toEqual([...back, { id: "logiciel-dietetique", from: 31, to: null }]);
    expect(out.derived.findingsAdded).toEqual([]);
    expect(out.derived.findingsResolved).toMatchObject(expectedAdded);
  });

  it("prints French text grouped by entity", async () => {
    const r = await cli(["diff", example, editedCopy()]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines.slice(0, 6)).toEqual([
      "Modifications (3)\u00a0:",
      "  Organisation de crise",
      "    cell[Logistique et services techniques].deputy\u00a0: retiré (était «\u00a0resp-achats\u00a0»)",
      "  Activité restauration (Restauration des patients et des résidents)",
      "    rto\u00a0: «\u00a03j\u00a0» → «\u00a02j\u00a0»",
      "  Ressource logiciel-dietetique (Logiciel de diététique)\u00a0: ajoutée",
    ]);
    expect(r.stdout).toContain("    logiciel-restauration\u00a0: rang 25 → 15\n");
    expect(r.stdout).toContain("    logiciel-dietetique\u00a0: entre au rang 31\n");
    expect(r.stdout).toMatch(
      /Constats apparus \(2\)\u00a0:\n {4}warning missing-deputy\u00a0: .*\n {4}info orphan-resource/,
    );
    expect(r.stdout).not.toContain("Constats résolus");
  });

  it("says so when nothing differs, exit 0", async () => {
    const r = await cli(["diff", example, example]);
    expect(r).toMatchObject({ code: 0, stdout: "Aucune différence entre les deux plans.\n", stderr: "" });
  });
});
