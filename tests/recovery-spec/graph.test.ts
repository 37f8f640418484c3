/** docs/cli.md `graph`: nodes labelled with tier and deadline, restricted to one service's subgraph. */
import { describe, expect, it } from "vitest";
import { cli } from "../cli/helpers.js";
import { planDir } from "./helpers.js";

describe("graph --service", () => {
  it("keeps what the service depends on transitively, with tier and deadline", async () => {
    const r = await cli(["graph", planDir + "chain.yaml", "--service", "labo", "--format", "dot"]);
    expect(r.code).toBe(0);
    const nodes = [...r.stdout.matchAll(/^\s*"([^"]+)" \[.*label="([^"]*)"/gm)].map((m) => [m[1], m[2]]);
    // labo (ertO 240) → sil (D 360) → sql (300) → ad (120), hosting (∉ L, 120) → net (120).
    // Not urgences, dpi, admin, gef.
    expect(nodes.map((n) => n[0]).sort()).toEqual(["ad", "hosting", "labo", "net", "sil", "sql"]);
    const label = new Map(nodes.map(([id, l]) => [id, l.replace(/\u00a0/g, " ")]));
    expect(label.get("sil")).toMatch(/P2.*6 h/);
    expect(label.get("sql")).toMatch(/P2.*5 h/);
    expect(label.get("ad")).toMatch(/P1.*2 h/);
    expect(label.get("hosting")).toMatch(/P1.*2 h/);
    const edges = [...r.stdout.matchAll(/"([^"]+)" -> "([^"]+)"/g)].map((m) => `${m[1]}>${m[2]}`).sort();
    expect(edges).toEqual(["hosting>net", "labo>sil", "sil>sql", "sql>ad", "sql>hosting"]);
  });

  it("an invalid plan prints nothing", async () => {
    const r = await cli(["graph", planDir + "cycle.yaml", "--format", "mermaid"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
  });
});
