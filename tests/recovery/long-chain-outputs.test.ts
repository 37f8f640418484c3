/**
 * A long dependency chain in every output that prints critical paths (docs/recovery.md, « Chemin
 * critique abrégé »): the finding message, `priorities --format json`, PRA 4.3 and the findings
 * table of the documents show the same shortened path, so their size grows with the chain, not
 * with its square.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyzePlan } from "../../src/analyze.js";
import { composeDocument, viewInput } from "../../src/build/index.js";
import type { Block, Inline } from "../../src/doc/model.js";
import { prioritiesJson } from "../../src/recovery/output/json.js";
import { chain } from "../hostile/plans.js";

async function chainOf(n: number) {
  const dir = mkdtempSync(join(tmpdir(), "pcapra-chain-"));
  const path = join(dir, "plan.yaml");
  writeFileSync(path, chain(n));
  const analysis = await analyzePlan(path);
  const input = viewInput(
    path,
    { plan: analysis.plan!, map: analysis.map!, recovery: analysis.recovery!, findings: analysis.findings },
    null,
  );
  return { analysis, input };
}

/** Every paragraph and cell text of a document body, one string each. */
function texts(blocks: Block[]): string[] {
  const flat = (inlines: Inline[]) => inlines.map((i) => (i.type === "text" ? i.text : "\n")).join("");
  const out: string[] = [];
  for (const b of blocks) {
    if (b.type === "paragraph") out.push(flat(b.inlines));
    if (b.type === "table") for (const row of b.rows) for (const c of row.cells) out.push(flat(c.inlines));
    if (b.type === "list") for (const item of b.items) out.push(flat(item));
  }
  return out;
}

describe("a 40-resource chain: one bounded critical path everywhere", async () => {
  // urgences → r0 → r1 → … → r39 → dpi: the path from r0 holds 41 resources.
  const { analysis, input } = await chainOf(40);
  const r0 = analysis.findings.find((f) => f.code === "rto-unreachable" && f.subject === "r0")!;
  const gap = "… 31\u00a0autres ressources …";

  it("the message names both ends and the count", () => {
    expect(r0.message).toContain(`r0 → r1 → r2 → r3 → r4 → ${gap} → r36 → r37 → r38 → r39 → dpi.`);
  });

  it("priorities JSON carries the same ends and says what is left out", () => {
    const json = prioritiesJson(analysis.plan!, analysis.recovery!, analysis.findings) as {
      resources: { id: string; criticalPath: string[]; criticalPathOmitted?: unknown }[];
    };
    const entry = json.resources.find((r) => r.id === "r0")!;
    expect(entry.criticalPath).toEqual(["r0", "r1", "r2", "r3", "r4", "r36", "r37", "r38", "r39", "dpi"]);
    expect(entry.criticalPathOmitted).toEqual({ after: 5, count: 31 });
    // Whole paths carry no omission key: the examples' JSON is unchanged.
    expect(Object.keys(json.resources.find((r) => r.id === "r39")!)).not.toContain("criticalPathOmitted");
  });

  it("PRA 4.3 and the findings tables print it with names", () => {
    const named = `Ressource 0 → Ressource 1 → Ressource 2 → Ressource 3 → Ressource 4 → ${gap} → Ressource 36`;
    const pra = texts(composeDocument("pra", input).body);
    expect(pra).toContain(
      `Chemin critique\u00a0: ${named} → Ressource 37 → Ressource 38 → Ressource 39 → Dossier patient informatisé`,
    );
    for (const doc of ["pra", "pca"] as const) {
      const all = texts(composeDocument(doc, input).body);
      const paths = all.filter((t) => t.includes("Chemin critique"));
      expect(paths.length, doc).toBeGreaterThan(0);
      // Never more than 12 names in one path, whatever the chain.
      for (const p of paths) expect(p.split(" → ").length, `${doc}: ${p}`).toBeLessThanOrEqual(12);
    }
  });
});
