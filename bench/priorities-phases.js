// Phase breakdown of one `priorities --format json` in a single process:
// `node bench/priorities-phases.js plan [scenario]`. Prints wall and CPU milliseconds of loading,
// schema, rules, recovery and JSON output (written to a sink), with the GC pauses of each phase
// (V8 "gc" performance entries) and the RSS after it. It measures only; it writes no file.
import { loadPlan } from "../dist/plan/load.js";
import { validateSchema } from "../dist/schema/index.js";
import { runRules } from "../dist/rules/index.js";
import { computeRecovery } from "../dist/recovery/index.js";
import { prioritiesJson } from "../dist/recovery/output/json.js";
import { writeJson } from "../dist/cli/json-stream.js";
import { phaseTimer } from "./phase-timer.js";

const [file, scenario = null] = process.argv.slice(2);
if (!file) {
  console.error("usage: node bench/priorities-phases.js plan [scenario]");
  process.exit(2);
}
const { phase, rows: phaseRows } = phaseTimer();
const loaded = await phase("load", () => loadPlan(file));
const { data, map } = loaded.plan;
await phase("schema", () => validateSchema(data, map));
const rules = await phase("rules", () => runRules(data, map));
const result = await phase("recovery", () =>
  computeRecovery(data, map, { scenario, findings: rules.filter((d) => typeof d.subject === "string") }),
);
let bytes = 0;
await phase("json", () =>
  writeJson(prioritiesJson(data, result.recovery, result.recovery.findings), (t) => (bytes += t.length)),
);
const rows = await phaseRows();
for (const r of rows)
  console.log(
    `${r.name.padEnd(9)} ${r.wall.toFixed(0).padStart(6)} ms wall ${r.cpu.toFixed(0).padStart(6)} ms cpu ` +
      `${r.gc.toFixed(0).padStart(5)} ms gc  rss ${r.rss.toFixed(0)} MB`,
  );
console.log(`json characters: ${bytes}`);
