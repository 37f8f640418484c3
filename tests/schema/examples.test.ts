/** Every published example validates against the schema (as a whole, and fragment by fragment). */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadPlan, loadPlanText } from "../../src/plan/load.js";
import { validateSchema } from "../../src/schema/index.js";

const root = fileURLToPath(new URL("../../examples/", import.meta.url));
const entries = (() => {
  try {
    return readdirSync(root).filter((n) => /\.ya?ml$/.test(n) || statSync(join(root, n)).isDirectory());
  } catch {
    return [];
  }
})();

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? yamlFiles(join(dir, e.name)) : /\.ya?ml$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

const brief = (ds: { file: string; line: number; code: string; message: string }[]): string =>
  ds.map((d) => `${d.file}:${d.line} ${d.code} ${d.message}`).join("\n");

describe.skipIf(entries.length === 0)("examples/", () => {
  it.each(entries)("%s validates against plan.schema.json", async (name) => {
    const loaded = await loadPlan(join(root, name));
    expect(brief(loaded.diagnostics.filter((d) => d.severity === "error"))).toBe("");
    expect(loaded.plan).toBeDefined();
    const ds = validateSchema(loaded.plan!.data, loaded.plan!.map);
    expect(brief(ds)).toBe("");
  });

  it.each(entries.filter((n) => statSync(join(root, n)).isDirectory()))(
    "%s: each fragment validates against plan-fragment.schema.json",
    (name) => {
      for (const file of yamlFiles(join(root, name))) {
        const text = readFileSync(file, "utf8");
        const loaded = loadPlanText(text, relative(root, file));
        if (!loaded.plan) continue; // empty fragments are ignored by the loader
        expect(brief(validateSchema(loaded.plan.data, loaded.plan.map, { fragment: true }))).toBe("");
      }
    },
  );
});
