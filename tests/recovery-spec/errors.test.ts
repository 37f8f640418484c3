/** docs/recovery.md errors: dependency-cycle and rto-exceeds-mtpd make the plan invalid. */
import { describe, expect, it } from "vitest";
import { cli } from "../cli/helpers.js";
import { locate, planDir, planText } from "./helpers.js";

async function invalid(file: string) {
  for (const command of ["priorities", "graph"]) {
    const r = await cli([command, planDir + file]);
    expect(r.code, command).toBe(1);
    expect(r.stdout, command).toBe("");
  }
  const p = await cli(["priorities", "--format", "json", planDir + file]);
  expect(p.code).toBe(1);
  expect(p.stdout).toBe("");
  const v = await cli(["validate", "--format", "json", planDir + file]);
  expect(v.code).toBe(1);
  return { stderr: p.stderr, diagnostics: JSON.parse(v.stdout).plans[0].diagnostics as any[] };
}

const rotations = (ids: string[]) =>
  ids.map((_, i) => [...ids.slice(i), ...ids.slice(0, i), ids[i]].join(" → "));

describe("dependency-cycle", () => {
  it("resources: on the entry of the smallest source id, every edge located", async () => {
    const { stderr, diagnostics } = await invalid("cycle.yaml");
    expect(stderr).toContain("dependency-cycle");
    const text = planText("cycle.yaml");
    const cycles = diagnostics.filter((d) => d.code === "dependency-cycle");
    expect(cycles).toHaveLength(1);
    const d = cycles[0];
    // Edges: dpi → sql, sql → ad, ad → dpi; smallest source id "ad": /resources/3/dependsOn/1.
    expect(d.path).toBe("/resources/3/dependsOn/1");
    expect(d.severity).toBe("error");
    const adDpi = locate(text, "- dpi", "dpi");
    expect({ line: d.line, column: d.column }).toEqual(adDpi);
    expect(rotations(["dpi", "sql", "ad"]).some((c) => d.message.includes(c))).toBe(true);
    // net is not on the cycle.
    expect(d.message).not.toMatch(/net/);
    const dpiSql = locate(text, "dependsOn: [sql]", "sql");
    const sqlAd = locate(text, "dependsOn: [net, ad]", "ad]");
    for (const p of [adDpi, dpiSql, sqlAd]) expect(d.message).toContain(`:${p.line}:${p.column}`);
  });

  it("services: cycle through services", async () => {
    const { diagnostics } = await invalid("cycle-services.yaml");
    const d = diagnostics.find((x) => x.code === "dependency-cycle");
    // svc-x < svc-y: the entry svc-x → svc-y, /services/1/dependsOn/1.
    expect(d.path).toBe("/services/1/dependsOn/1");
    const text = planText("cycle-services.yaml");
    const xy = locate(text, "dependsOn: [res, svc-y]", "svc-y");
    const yx = locate(text, "dependsOn: [svc-x]", "svc-x");
    expect({ line: d.line, column: d.column }).toEqual(xy);
    expect(rotations(["svc-x", "svc-y"]).some((c) => d.message.includes(c))).toBe(true);
    for (const p of [xy, yx]) expect(d.message).toContain(`:${p.line}:${p.column}`);
  });
});

describe("rto-exceeds-mtpd", () => {
  it("is an error on the rto value; rto = mtpd is fine", async () => {
    const { diagnostics } = await invalid("mtpd.yaml");
    const found = diagnostics.filter((d) => d.code === "rto-exceeds-mtpd");
    // egal: 1440 = 1440; trop: 1h30 = 90 = 90 min; depasse: 240 > 120.
    expect(found.map((d) => d.path)).toEqual(["/services/2/rto"]);
    expect(found[0].severity).toBe("error");
    const text = planText("mtpd.yaml");
    const at = locate(text, "rto: 4h", "4h");
    expect({ line: found[0].line, column: found[0].column }).toEqual(at);
  });
});
