import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { graphCommand } from "../../src/cli/commands/graph.js";
import { prioritiesCommand, prioritiesTable } from "../../src/cli/commands/priorities.js";
import { formatCompactDuration, formatCompactGap } from "../../src/text/french.js";
import { fakeIo } from "../helpers/io.js";
import { toolsAvailable } from "../helpers/tools.js";
import type { Diagnostic } from "../../src/diagnostics/types.js";
import { SourceMap } from "../../src/plan/source-map.js";
import type { Plan } from "../../src/plan/types.js";
import type { AnalyzeFn } from "../../src/analyze.js";
import { computeRecovery } from "../../src/recovery/index.js";
import { makePlan, rec } from "./helpers.js";

/** The analysis pipeline reduced to the recovery phase, on an in-memory plan. */
function analyzeOf(plan: Plan, extra: Diagnostic[] = []): AnalyzeFn {
  return async (_path, options) => {
    const map = new SourceMap();
    map.fallbackFile = "plan.yaml";
    const { recovery, diagnostics } = computeRecovery(plan, map, options);
    return {
      plan,
      map,
      recovery,
      findings: recovery?.findings ?? [],
      diagnostics: [...extra, ...diagnostics],
    };
  };
}

const plan = makePlan({
  services: [
    { id: "urgences", name: "Urgences", criticality: "vital", rto: "4h", dependsOn: ["dpi"] },
    { id: "admin", name: 'Admission "centrale"', criticality: "important", rto: "3j", dependsOn: ["gam"] },
  ],
  resources: [
    {
      id: "ad",
      name: "Annuaire Active Directory du centre hospitalier",
      kind: "infrastructure",
      recovery: rec("2h30"),
    },
    { id: "dpi", name: "Dossier patient informatisé", recovery: rec("1j 4h"), dependsOn: ["ad"] },
    { id: "gam", name: "Gestion administrative; malades", recovery: rec("45min"), dependsOn: ["ad"] },
    { id: "edf", name: "Électricité", kind: "utility" },
  ],
});

describe("compact durations", () => {
  it("formats as cli.md shows", () => {
    expect([45, 65, 150, 240, 1440, 1680, 1470, 2790, 0, -90].map(formatCompactDuration)).toEqual([
      "45min",
      "1h05",
      "2h30",
      "4h",
      "1j",
      "1j 4h",
      "1j 30min",
      "1j 22h30",
      "0min",
      "-1h30",
    ]);
    expect([120, -45, 0].map(formatCompactGap)).toEqual(["+2h", "-45min", "0min"]);
  });
});

describe("pcapra priorities", () => {
  it("json: the shape of recovery.md", async () => {
    const t = fakeIo();
    expect(await prioritiesCommand({ plan: "plan.yaml", format: "json" }, t.io, analyzeOf(plan))).toBe(0);
    const doc = JSON.parse(t.out());
    expect(t.out().endsWith("}\n")).toBe(true);
    expect(t.out()).toContain('\n  "establishment": {');
    expect(doc.establishment).toEqual({ name: "CH de test", finess: "290000017", type: "sanitaire" });
    expect(doc.planVersion).toBe("1.0");
    expect(doc.scenario).toBeNull();
    // ad: D = min(240 − 1680, 4320 − 45) = −1440 ; dpi D 240 ; gam D 4320.
    expect(
      doc.resources.map((r: { id: string; rank: number; deadlineMinutes: number }) => [
        r.rank,
        r.id,
        r.deadlineMinutes,
      ]),
    ).toEqual([
      [1, "ad", -1440],
      [2, "dpi", 240],
      [3, "gam", 4320],
    ]);
    expect(Object.keys(doc.resources[0]).slice(0, 11)).toEqual([
      "rank",
      "id",
      "name",
      "kind",
      "tier",
      "deadlineMinutes",
      "durationMinutes",
      "latestStartMinutes",
      "earliestRestoreMinutes",
      "criticality",
      "services",
    ]);
    expect(doc.resources[0].services).toEqual(["admin", "urgences"]);
    expect(doc.services[1]).toEqual({
      id: "admin",
      name: 'Admission "centrale"',
      criticality: "important",
      rtoMinutes: 4320,
      effectiveRtoMinutes: 4320,
      restoredByMinutes: 195,
    });
    expect(Object.keys(doc.findings[0])).toEqual([
      "code",
      "severity",
      "message",
      "subject",
      "file",
      "line",
      "column",
      "path",
    ]);
  });

  it("table: fits 80 columns, compact durations, negative latest start", async () => {
    const t = fakeIo();
    expect(await prioritiesCommand({ plan: "p", format: "table" }, t.io, analyzeOf(plan))).toBe(0);
    const lines = t.out().trimEnd().split("\n");
    for (const l of lines) expect([...l].length).toBeLessThanOrEqual(80);
    expect(lines[0]).toMatch(/^Rang\s+Prio\s+Ressource\s+Nom/);
    // ad: D −1440 = -1j, duration 2h30, LS −1590 = -1j 2h30, E 2h30, gap −1590.
    expect(lines[2]).toMatch(/^\s*1\s+P1\s+ad\s+Annuaire.*…\s+-1j\s+2h30\s+-1j 2h30\s+2h30\s+-1j 2h30$/);
    expect(
      prioritiesTable({
        ...computeRecovery(plan, new SourceMap(), { scenario: null }).recovery!,
        ranked: [],
      }),
    ).toContain("Aucune ressource");
  });

  it("csv: BOM, `;`, quoting, delimiter option", async () => {
    const t = fakeIo();
    await prioritiesCommand({ plan: "p", format: "csv" }, t.io, analyzeOf(plan));
    const text = t.out();
    expect(text.startsWith("\ufeffrank;tier;id;name;")).toBe(true);
    expect(text).toContain('"Gestion administrative; malades"');
    expect(text.split("\r\n")[1]).toBe(
      "1;P1;ad;Annuaire Active Directory du centre hospitalier;infrastructure;vital;-1440;150;-1590;150;-1590;urgences;admin, urgences",
    );
    const t2 = fakeIo();
    await prioritiesCommand({ plan: "p", format: "csv", csvDelimiter: "," }, t2.io, analyzeOf(plan));
    expect(t2.out().split("\r\n")[1]).toContain(',"admin, urgences"');
  });

  it("errors: exit 1, diagnostics on stderr, nothing on stdout", async () => {
    const bad = makePlan({
      services: [{ id: "s", dependsOn: ["a"] }],
      resources: [{ id: "a", dependsOn: ["a"] }],
    });
    const t = fakeIo();
    expect(await prioritiesCommand({ plan: "p", format: "json" }, t.io, analyzeOf(bad))).toBe(1);
    expect(t.out()).toBe("");
    expect(t.err()).toMatch(/^plan\.yaml:1:1: error dependency-cycle: Dépendance circulaire/);
  });

  it("unknown scenario: exit 2", async () => {
    const t = fakeIo();
    expect(
      await prioritiesCommand({ plan: "p", format: "table", scenario: "nope" }, t.io, analyzeOf(plan)),
    ).toBe(2);
    expect(t.out()).toBe("");
    expect(t.err()).toContain("nope");
  });
});

describe("pcapra graph", () => {
  it("dot: boxes, ellipses, tiers, escaped ids and labels", async () => {
    const t = fakeIo();
    expect(await graphCommand({ plan: "p", format: "dot" }, t.io, analyzeOf(plan))).toBe(0);
    const dot = t.out();
    expect(dot).toMatch(/^digraph /);
    expect(dot).toContain('"urgences" [shape=box, label="Urgences\\nP1 · 4\u00a0h"');
    expect(dot).toContain('"admin" [shape=box, label="Admission \\"centrale\\"\\nP3 · 3\u00a0j"');
    expect(dot).toContain('"ad" [shape=ellipse');
    expect(dot).toContain(
      '"edf" [shape=ellipse, label="Électricité\\nSans échéance", fillcolor="#e0e0e0", style="filled,dashed"]',
    );
    expect(dot).toContain('"urgences" -> "dpi";');
  });

  it.runIf(toolsAvailable("dot"))("dot output is accepted by Graphviz (dot -Tsvg)", async () => {
    const t = fakeIo();
    await graphCommand({ plan: "p", format: "dot" }, t.io, analyzeOf(plan));
    const svg = execFileSync("dot", ["-Tsvg"], { input: t.out(), encoding: "utf8" });
    expect(svg).toContain("<svg");
    expect(svg).toContain("Admission &quot;centrale&quot;");
  });

  it("--service restricts to the service's subgraph; unknown service exits 2", async () => {
    const t = fakeIo();
    expect(
      await graphCommand({ plan: "p", format: "mermaid", service: "urgences" }, t.io, analyzeOf(plan)),
    ).toBe(0);
    const mermaid = t.out();
    expect(mermaid.split("\n")[0]).toBe("flowchart LR");
    expect(mermaid).toContain('n0["Urgences<br/>P1 · 4\u00a0h"]');
    expect(mermaid).toContain("n0 --> n2");
    expect(mermaid).not.toContain("Admission");
    expect(mermaid).not.toContain("Gestion");
    expect(mermaid).toMatch(/classDef p1 fill:#f4a6a6/);
    const t2 = fakeIo();
    expect(await graphCommand({ plan: "p", format: "dot", service: "dpi" }, t2.io, analyzeOf(plan))).toBe(2);
    expect(t2.out()).toBe("");
    expect(t2.err()).toContain("urgences, admin");
  });
});
