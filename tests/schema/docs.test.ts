/** The YAML examples of docs/plan-format.md are valid fragments (the documentation cannot drift). */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadPlanText } from "../../src/plan/load.js";
import { validateSchema } from "../../src/schema/index.js";

const doc = readFileSync(new URL("../../docs/plan-format.md", import.meta.url), "utf8");
const topKeys = Object.keys(
  (
    JSON.parse(readFileSync(new URL("../../schemas/plan.schema.json", import.meta.url), "utf8")) as {
      properties: object;
    }
  ).properties,
);
// Blocks made of top-level sections; elided ones (« … ») are skeletons, not examples.
const blocks = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)]
  .map((m) => m[1])
  .filter((b) => !b.includes("…") && topKeys.some((k) => new RegExp(`^${k}:`, "m").test(b)));

describe("docs/plan-format.md", () => {
  it("has YAML examples for every section", () => {
    for (const k of topKeys.filter((k) => k !== "version")) {
      expect(
        blocks.some((b) => b.startsWith(`${k}:`)),
        k,
      ).toBe(true);
    }
  });

  it.each(blocks.map((b, i) => [i, b]))("example %i is a valid fragment", (_i, block) => {
    const loaded = loadPlanText(block, "doc.yaml");
    expect(loaded.diagnostics).toEqual([]);
    expect(validateSchema(loaded.plan!.data, loaded.plan!.map, { fragment: true })).toEqual([]);
  });

  it("documents every diagnostic code of the schema phase", () => {
    for (const code of [
      "not-a-mapping",
      "unsupported-version",
      "required",
      "unknown-key",
      "invalid-type",
      "invalid-enum",
      "invalid-id",
      "invalid-duration",
      "invalid-date",
      "invalid-finess",
    ]) {
      expect(doc).toContain(`| \`${code}\` |`);
    }
  });
});
