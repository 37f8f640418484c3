/**
 * The shipped example plans must stay valid, and show exactly the realistic gaps they were
 * written with (documented in their YAML comments): a regression net for both the examples
 * and the engine that reads them.
 */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { analyzePlan } from "../../src/analyze.js";
import { evaluateCare } from "../../src/care/index.js";

const examples = fileURLToPath(new URL("../../examples/", import.meta.url));
const kerbrat = examples + "ch-kerbrat";
const tilleuls = examples + "ehpad-les-tilleuls.yaml";

function findingKeys(findings: { code: string; subject: string }[]): string[] {
  return findings.map((f) => `${f.code} ${f.subject}`).sort();
}

describe("CH de Kerbrat (plan en fragments)", () => {
  it("is valid: no error diagnostic", async () => {
    const a = await analyzePlan(kerbrat);
    expect(a.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(a.recovery).toBeDefined();
  });

  it("shows only the gaps written on purpose", async () => {
    const a = await analyzePlan(kerbrat);
    expect(findingKeys(a.findings)).toEqual(
      [
        "missing-deputy Communication",
        "no-degraded-procedure ehpad-ker-avel",
        "no-offline-backup logiciel-sterilisation",
        "restore-test-stale gef",
        "rpo-unmet lis",
        "rto-unreachable centrale-surveillance",
      ].sort(),
    );
  });

  it("restores the infrastructure before the applications", async () => {
    const a = await analyzePlan(kerbrat);
    const rank = new Map(a.recovery!.ranked.map((r) => [r.id, r.rank!]));
    const before = (x: string, y: string) => expect(rank.get(x)!).toBeLessThan(rank.get(y)!);
    before("reseau-coeur", "san");
    before("san", "virtualisation");
    before("virtualisation", "ad");
    before("ad", "sql");
    before("sql", "dpi");
    before("eai", "lis");
    // Suppliers, utilities, buildings and staff are not lost in the default scenario.
    expect(rank.has("electricite")).toBe(false);
    expect(rank.has("equipe-informatique")).toBe(false);
  });

  it("loses only the building and the server room in the site-loss scenario", async () => {
    const a = await analyzePlan(kerbrat, { scenario: "perte-batiment-a" });
    expect(a.recovery!.ranked.map((r) => r.id).sort()).toEqual(["batiment-principal", "salle-serveurs"]);
  });

  it("covers at least 66 % of the activity and has a field test in the CaRE phase", async () => {
    const a = await analyzePlan(kerbrat);
    const report = evaluateCare({ source: kerbrat, plan: a.plan!, map: a.map!, recovery: a.recovery!, findings: a.findings });
    expect(report.coverage).toBeGreaterThanOrEqual(0.66);
    const item = (id: string) => report.items.find((i) => i.id === id)!;
    expect(item("O1.C").status).toBe("ok");
    expect(item("O1.D").status).toBe("ok");
    expect(item("O4").status).toBe("ok");
  });
});

describe("EHPAD Les Tilleuls (plan en un fichier)", () => {
  it("is valid, with its one backup gap", async () => {
    const a = await analyzePlan(tilleuls);
    expect(a.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(findingKeys(a.findings)).toEqual(["no-offline-backup logiciel-soins"]);
  });

  it("answers its staff-shortage scenario in time", async () => {
    const a = await analyzePlan(tilleuls, { scenario: "penurie-personnel" });
    const staff = a.recovery!.resources.get("personnel-soignant")!;
    expect(staff.lost).toBe(true);
    expect(staff.earliestRestoreMinutes).toBeLessThanOrEqual(staff.deadlineMinutes!);
  });

  it("is checked by CaRE as médico-social (not applicable)", async () => {
    const a = await analyzePlan(tilleuls);
    const report = evaluateCare({ source: tilleuls, plan: a.plan!, map: a.map!, recovery: a.recovery!, findings: a.findings });
    expect(report.applicable).toBe(false);
    expect(report.coverage).toBeGreaterThanOrEqual(0.66);
  });
});
