/**
 * Golden files of the document model (what every backend renders) for the bundled examples.
 * A change in views, templates or the block parser shows here as a readable JSON diff.
 * Regenerate on purpose with `UPDATE_GOLDEN=1 npx vitest run tests/golden`; a missing file fails.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyzePlan } from "../../src/analyze.js";
import { composeDocument, viewInput } from "../../src/build/index.js";
import type { BuildableDoc } from "../../src/build/views.js";
import { root } from "../cli/helpers.js";
import { expectGolden } from "../helpers/golden.js";

const cases: { example: string; docs: BuildableDoc[] }[] = [
  { example: "ch-kerbrat", docs: ["pca", "pra", "fiches", "binder"] },
  { example: "ehpad-les-tilleuls.yaml", docs: ["psca", "fiches", "binder"] },
];

describe.each(cases)("document model of $example", ({ example, docs }) => {
  it.each(docs)("%s matches its golden file", async (doc) => {
    const path = join(root, "examples", example);
    const analysis = await analyzePlan(path);
    expect(analysis.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const input = viewInput(
      `examples/${example}`,
      { plan: analysis.plan!, map: analysis.map!, recovery: analysis.recovery!, findings: analysis.findings },
      null,
    );
    const model = composeDocument(doc, input);
    const json = JSON.stringify(model, null, 1) + "\n";
    const golden = join(root, "tests/golden", `${example.replace(/\.yaml$/, "")}-${doc}.json`);
    expectGolden(golden, json);
  });
});
