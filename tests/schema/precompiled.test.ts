// The validator precompiled at build time (dist/schema/*.validator.cjs, ajv standalone) and the one
// ajv compiles at run time give the same diagnostics, on every plan of the conformance corpus and
// on the examples, for the plan and the fragment schema.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadPlan, loadPlanText } from "../../src/plan/load.js";
import { hasPrecompiled, validateSchema } from "../../src/schema/validate.js";
import { root } from "../cli/helpers.js";

const corpus = ["bad", "good"].flatMap((dir) =>
  readdirSync(join(root, "tests/corpus", dir))
    .filter((f) => f.endsWith(".yaml"))
    .map((f) => join(root, "tests/corpus", dir, f)),
);

describe("precompiled schema validator", () => {
  it("is built from the current schemas (npm run build writes it)", () => {
    expect(hasPrecompiled(false)).toBe(true);
    expect(hasPrecompiled(true)).toBe(true);
  });

  it("reports what the run-time validator reports, on the corpus and the examples", async () => {
    let compared = 0;
    let withErrors = 0;
    const files = [
      ...corpus,
      join(root, "examples/ch-kerbrat"),
      join(root, "examples/ehpad-les-tilleuls.yaml"),
    ];
    for (const file of files) {
      const loaded = await loadPlan(file);
      if (!loaded.plan) continue;
      for (const fragment of [false, true]) {
        const fast = validateSchema(loaded.plan.data, loaded.plan.map, { fragment });
        const slow = validateSchema(loaded.plan.data, loaded.plan.map, { fragment, precompiled: false });
        expect(fast, `${file} (fragment: ${fragment})`).toEqual(slow);
        compared++;
        if (slow.length > 0) withErrors++;
      }
    }
    expect(compared).toBeGreaterThan(100);
    expect(withErrors).toBeGreaterThan(40);
  });

  it("checks calendar dates through the plan's date parser", () => {
    const text = readFileSync(join(root, "tests/corpus/bad/date-feb-30.yaml"), "utf8");
    const loaded = loadPlanText(text, "plan.yaml");
    const codes = validateSchema(loaded.plan!.data, loaded.plan!.map).map((d) => d.code);
    expect(codes).toContain("invalid-date");
  });
});
