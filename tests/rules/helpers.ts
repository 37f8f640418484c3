/** Loads rule fixtures through the real loader, so positions are the ones users see. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Diagnostic } from "../../src/diagnostics/types.js";
import { loadPlanText } from "../../src/plan/load.js";
import type { SourceMap } from "../../src/plan/source-map.js";
import { runRules } from "../../src/rules/index.js";

export const fixturesDir = fileURLToPath(new URL("./fixtures/", import.meta.url));

export interface Loaded {
  data: unknown;
  map: SourceMap;
}

/** Loads YAML text; fails the test when the loader itself rejects it. */
export function loadText(text: string, file = "plan.yaml"): Loaded {
  const result = loadPlanText(text, file);
  if (!result.plan) {
    throw new Error(`fixture does not load: ${JSON.stringify(result.diagnostics, null, 2)}`);
  }
  return { data: result.plan.data, map: result.plan.map };
}

/** `tests/rules/fixtures/<rule>/<which>.yaml`, with `file` = `<rule>/<which>.yaml`. */
export function loadFixture(rule: string, which: "ok" | "bad"): Loaded {
  const name = `${rule}/${which}.yaml`;
  return loadText(readFileSync(fixturesDir + name, "utf8"), name);
}

/** Every rule's diagnostics of one code for a loaded plan. */
export function diagnosticsOf(code: string, loaded: Loaded): Diagnostic[] {
  return runRules(loaded.data, loaded.map).filter((d) => d.code === code);
}

/** The comparable part of a diagnostic. */
export function brief(d: Diagnostic): {
  code: string;
  severity: string;
  file: string;
  line: number;
  column: number;
  path: string;
} {
  return { code: d.code, severity: d.severity, file: d.file, line: d.line, column: d.column, path: d.path };
}
