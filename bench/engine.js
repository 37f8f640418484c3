// The recovery engine alone on a generated plan (no YAML): one process, one computeRecovery,
// its time printed as JSON. `node bench/engine.js --resources 20000 --services 2000 --edges 200000`
import { performance } from "node:perf_hooks";
import { computeRecovery } from "../dist/recovery/index.js";
import { SourceMap } from "../dist/plan/source-map.js";
import { generatePlan } from "./generate.js";

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const plan = generatePlan({
  resources: arg("resources", 1500),
  services: arg("services", 400),
  edges: arg("edges", 8000),
  seed: arg("seed", 1),
});
const t0 = performance.now();
const { recovery, diagnostics } = computeRecovery(plan, new SourceMap());
const ms = performance.now() - t0;
if (!recovery) throw new Error(diagnostics.map((d) => d.message).join("; "));
process.stdout.write(JSON.stringify({ ms, ranked: recovery.ranked.length }) + "\n");
