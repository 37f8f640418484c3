import { cpSync, mkdtempSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bin, cli, root } from "./helpers.js";

const fixtures = join(root, "tests/fixtures");

describe("pcapra validate", () => {
  it("accepts a minimal valid plan", async () => {
    const r = await cli(["validate", join(fixtures, "minimal/plan.yaml")]);
    expect(r.stdout).toMatch(/^1 plan\u00a0: 1 valide, 0 invalide\n$/m);
    expect(r.code).toBe(0);
  });

  it("gives one diagnostic per problem, with positions, exit 1", async () => {
    const dir = join(fixtures, "bad-plan");
    const r = await cli(["validate", dir]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split("\n");
    expect(lines.at(-1)).toBe("1 plan\u00a0: 0 valide, 1 invalide");
    const found = lines
      .slice(0, -1)
      .map((l) => /^(.*?:\d+:\d+: \w+ [\w-]+):/.exec(l.replace(dir + "/", ""))?.[1]);
    expect(found).toEqual([
      "2-services.yaml:2:5: error required",
      "2-services.yaml:6:22: error unknown-reference",
      "2-services.yaml:11:10: error invalid-duration",
      "2-services.yaml:16:9: error duplicate-id",
      expect.stringMatching(/^3-exercises\.yaml:\d+:\d+: error yaml-syntax$/),
    ]);
    expect(r.stdout).toContain("`rto`");
    expect(r.stdout).toMatch(/dpii.*dpi/);
  });

  it("prints the JSON shape of cli.md", async () => {
    const r = await cli([
      "validate",
      "--format",
      "json",
      join(fixtures, "bad-plan"),
      join(fixtures, "minimal/plan.yaml"),
    ]);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(["plans", "summary"]);
    expect(out.summary).toEqual({ plans: 2, valid: 1, invalid: 1 });
    expect(Object.keys(out.plans[1])).toEqual(["source", "valid", "establishment", "finess", "diagnostics"]);
    expect(out.plans[1]).toMatchObject({
      source: join(fixtures, "minimal/plan.yaml"),
      valid: true,
      establishment: "Centre hospitalier de Test",
      finess: "290000017",
    });
    // Warnings only: the DPI has no backup and no degraded procedure covers it.
    expect(out.plans[1].diagnostics.map((d: { code: string }) => d.code)).toEqual([
      "no-degraded-procedure",
      "no-backup",
    ]);
    const d = out.plans[0].diagnostics[1];
    expect(Object.keys(d)).toEqual(["file", "line", "column", "severity", "code", "message", "path"]);
    expect(d).toMatchObject({
      code: "unknown-reference",
      path: "/services/0/dependsOn/1",
      line: 6,
      column: 22,
    });
  });

  it("--each treats every file and subdirectory as a plan", async () => {
    const d = mkdtempSync(join(tmpdir(), "pcapra-each-"));
    cpSync(join(fixtures, "minimal/plan.yaml"), join(d, "a.yaml"));
    cpSync(join(fixtures, "bad-plan"), join(d, "b"), { recursive: true });
    mkdirSync(join(d, "c"));
    cpSync(join(fixtures, "minimal/plan.yaml"), join(d, "c/plan.yml"));
    const r = await cli(["validate", "--each", "--format", "json", d]);
    const out = JSON.parse(r.stdout);
    expect(out.plans.map((p: { source: string }) => p.source)).toEqual([
      join(d, "a.yaml"),
      join(d, "b"),
      join(d, "c"),
    ]);
    expect(out.summary).toEqual({ plans: 3, valid: 2, invalid: 1 });
    expect(r.code).toBe(1);
  });

  it("--each on worker threads (the installed binary, 20 plans) prints what one thread prints", async () => {
    // From TypeScript sources the batch runs in-process; the built binary uses the worker pool.
    const d = mkdtempSync(join(tmpdir(), "pcapra-each-pool-"));
    for (let i = 0; i < 20; i++) {
      const name = `p${String(i).padStart(2, "0")}`;
      if (i % 7 === 3) cpSync(join(fixtures, "bad-plan"), join(d, name), { recursive: true });
      else cpSync(join(fixtures, "minimal/plan.yaml"), join(d, `${name}.yaml`));
    }
    for (const args of [["--format", "json"], [], ["--fail-on", "warning"]]) {
      const inProcess = await cli(["validate", "--each", ...args, d]);
      const pooled = bin(["validate", "--each", ...args, d]);
      expect(pooled.stdout).toBe(inProcess.stdout);
      expect(pooled.code).toBe(inProcess.code);
    }
    const missing = join(d, "missing.yaml");
    const both = [await cli(["validate", "--each", d, missing]), bin(["validate", "--each", d, missing])];
    expect(both[1].stdout).toBe(both[0].stdout);
    expect(both.map((r) => r.code)).toEqual([2, 2]);
    expect(JSON.parse((await cli(["validate", "--each", "--format", "json", d])).stdout).summary).toEqual({
      plans: 20,
      valid: 17,
      invalid: 3,
    });
  });

  it("exits 2 on an unreadable path and on a usage error", async () => {
    expect((await cli(["validate", "/nonexistent/plan.yaml"])).code).toBe(2);
    const r = await cli(["validate", "--format", "xml", join(fixtures, "minimal/plan.yaml")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/xml/);
  });

  it("--fail-on warning turns warnings into exit 1", async () => {
    // The minimal plan's DPI has no backup while a vital service depends on it: warnings.
    const file = join(fixtures, "minimal/plan.yaml");
    expect((await cli(["validate", file])).code).toBe(0);
    expect((await cli(["validate", "--fail-on", "warning", file])).code).toBe(1);
  });

  it("runs as the installed binary", () => {
    const r = bin(["validate", join(fixtures, "minimal/plan.yaml")]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(bin(["--version"]).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
