// The benchmark scripts run (a tiny plan, one run each: no timing is asserted), and the generator
// makes plans that the real CLI validates and builds.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { toolsAvailable } from "../helpers/tools.js";
import { cli, root } from "../cli/helpers.js";

const dir = mkdtempSync(join(tmpdir(), "pcapra-bench-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const generate = (...args: string[]) =>
  execFileSync(process.execPath, [join(root, "bench/generate.js"), ...args], { encoding: "utf8" });

describe("bench/generate.js", () => {
  it("writes a plan in fragments that validates and builds", async () => {
    const plan = join(dir, "plan");
    generate("--services", "5", "--resources", "16", "--edges", "50", "--seed", "7", "--out", plan);
    expect(readdirSync(plan).sort()).toContain("resources.yaml");
    const validated = await cli(["validate", plan, "--format", "json"]);
    expect(validated.code, validated.stdout).toBe(0);
    const out = join(dir, "out");
    const built = await cli(["build", plan, "--out", out]);
    expect(built.code, built.stderr).toBe(0);
    expect(readdirSync(out).filter((f) => f.endsWith(".docx")).length).toBeGreaterThanOrEqual(3);
  });

  it("is deterministic: same seed, same bytes; another seed, another plan", () => {
    const a = generate("--preset", "ch", "--seed", "3");
    expect(generate("--preset", "ch", "--seed", "3")).toBe(a);
    expect(generate("--preset", "ch", "--seed", "4")).not.toBe(a);
  });
});

describe("bench/generate.js shapes (bench/shapes.js)", () => {
  const small = ["--services", "12", "--resources", "30", "--edges", "120", "--seed", "4"];

  it.for([
    ["--long-names"],
    ["--long-steps"],
    ["--small-tables"],
    ["--long-names", "--long-steps", "--small-tables"],
  ])("%s gives a plan that validates without error, unlike the plain one", async (flags, { expect }) => {
    const plan = join(dir, `shape${flags.join("")}.yaml`);
    generate(...small, ...flags, "--out", plan);
    const validated = await cli(["validate", plan, "--format", "json"]);
    expect(validated.code, validated.stdout).toBe(0);
    expect(readFileSync(plan, "utf8")).not.toBe(generate(...small));
  });

  it("makes the shapes it names", () => {
    const names = generate(...small, "--long-names");
    const serviceNames = [
      ...names.matchAll(/^ {2}- id: (?:svc|fac|sup|stf|net|ad|virt|db|app)-\d+\n {4}name: (.+)$/gm),
    ].map((m) => m[1].replace(/^"|"$/g, ""));
    expect(serviceNames.length).toBeGreaterThan(30);
    for (const n of serviceNames) expect(n.length, n).toBeGreaterThanOrEqual(60);
    // Some names carry a piece of 30 characters or more with no break opportunity.
    expect(serviceNames.some((n) => /[^\s-]{30,}/.test(n))).toBe(true);
    const steps = generate(...small, "--long-steps");
    const degraded = steps.split("\n  - id: degrade-").slice(1);
    expect(degraded.length).toBeGreaterThan(0);
    for (const d of degraded) {
      const block = /\n {4}steps:\n((?: {6}.*\n)+)/.exec(d)?.[1] ?? "";
      const count = block.match(/^ {6}- /gm)?.length ?? 0;
      expect(count).toBeGreaterThanOrEqual(15);
      expect(count).toBeLessThanOrEqual(40);
    }
    const tables = generate(...small, "--small-tables");
    const resources = tables.split("\nresources:\n")[1].split("\nprocedures:")[0];
    expect(resources).not.toMatch(/^ {4}(owner|supplier|site|description):/m);
    expect(resources.match(/^ {4}backup:$/gm)?.length).toBe(30);
    expect(tables).toMatch(/^ {2}- id: panne-001$/m);
  });

  it("leaves every plan without shape options byte for byte as it was", () => {
    // The bench and tests/render/toc-pages-generated.test.ts depend on these plans: the shapes
    // rewrite a plan with a random sequence of their own (sha-256 from before they existed).
    const sha = (text: string): string => createHash("sha256").update(text).digest("hex");
    expect(sha(generate("--preset", "ch", "--seed", "3"))).toBe(
      "696632078b9b4830ab01c45d8ba5fe98f8c8b6d5e4a95966c39580ba9fa60baf",
    );
    expect(sha(generate("--preset", "chu", "--seed", "1"))).toBe(
      "0ec32acbde523883a5188d4a03baf07e293f9ac6b472d6ff7c4fb698b956e11c",
    );
  });
});

describe("bench/run.js --tiny", () => {
  it("measures every section and writes results.json, RESULTS.md and a well-formed scaling.svg", () => {
    const out = join(dir, "results");
    execFileSync(process.execPath, [join(root, "bench/run.js"), "--tiny", "--out", out], {
      encoding: "utf8",
      stdio: "pipe",
    });
    const results = JSON.parse(readFileSync(join(out, "results.json"), "utf8"));
    for (const section of ["startup", "validate", "priorities", "build", "baseline", "scaling"]) {
      expect(results, section).toHaveProperty(section);
    }
    const figure = results.startup[1].wallMs;
    expect(figure.runs).toBe(1);
    expect(figure.min).toBeLessThanOrEqual(figure.median);
    expect(results.validate.each.plans).toBe(3);
    const defaultBuild = results.build.find((b: { doc: string }) => b.doc === "défaut");
    expect(defaultBuild.available).toBe(true);
    expect(results.scaling.map((s: { factor: number }) => s.factor)).toEqual([1, 2]);
    const md = readFileSync(join(out, "RESULTS.md"), "utf8");
    expect(md).toContain("## 6. Croissance avec la taille du plan");
    expect(md).toContain("](scaling.svg)");
    expect(existsSync(join(out, "scaling.svg"))).toBe(true);
    if (toolsAvailable("xmllint")) execFileSync("xmllint", ["--noout", join(out, "scaling.svg")]);
  }, 600_000);
});

describe("bench/phases.js", () => {
  it("prints every phase of a build, per document and format, and a total", () => {
    const out = execFileSync(
      process.execPath,
      [
        join(root, "bench/phases.js"),
        join(root, "examples/ehpad-les-tilleuls.yaml"),
        "psca,fiches",
        "docx,pdf",
      ],
      { encoding: "utf8" },
    );
    const names = out.split("\n").map((l) => l.replace(/\s+\d+ ms.*$/, "").trim());
    expect(names).toEqual([
      "load (YAML + positions)",
      "analysis (schema, rules, recovery)",
      "viewInput (CaRE, scenario orders)",
      ...["psca", "fiches"].flatMap((d) =>
        ["view", "template", "block parse", "docx", "pdf"].map((p) => `${d}: ${p}`),
      ),
      "total",
      "",
    ]);
  });
});
