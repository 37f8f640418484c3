// Phase breakdown of one `priorities --format json` in a single process:
// `node bench/priorities-phases.js plan [scenario]`. Prints wall and CPU milliseconds of loading,
// schema, rules, recovery and JSON output (written to a sink), with the GC pauses of each phase
// (V8 "gc" performance entries) and the RSS after it. It measures only; it writes no file.
import { PerformanceObserver, performance } from "node:perf_hooks";
import { loadPlan } from "../dist/plan/load.js";
import { validateSchema } from "../dist/schema/index.js";
import { runRules } from "../dist/rules/index.js";
import { computeRecovery } from "../dist/recovery/index.js";
import { prioritiesJson } from "../dist/recovery/output/json.js";
import { writeJson } from "../dist/cli/json-stream.js";

const [file, scenario = null] = process.argv.slice(2);
if (!file) {
  console.error("usage: node bench/priorities-phases.js plan [scenario]");
  process.exit(2);
}
const pauses = [];
const observer = new PerformanceObserver((list) => pauses.push(...list.getEntries()));
observer.observe({ entryTypes: ["gc"] });
const rows = [];
async function phase(name, fn) {
  const cpu = process.cpuUsage();
  const t = performance.now();
  const value = await fn();
  const end = performance.now();
  const c = process.cpuUsage(cpu);
  rows.push({
    name,
    t,
    end,
    wall: end - t,
    cpu: (c.user + c.system) / 1000,
    rss: process.memoryUsage().rss / 2 ** 20,
  });
  return value;
}
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
// GC entries are delivered after the fact: let them arrive, then give each pause to its phase.
await new Promise((r) => setTimeout(r, 100));
observer.disconnect();
for (const r of rows)
  r.gc = pauses.filter((p) => p.startTime >= r.t && p.startTime < r.end).reduce((s, p) => s + p.duration, 0);
for (const r of rows)
  console.log(
    `${r.name.padEnd(9)} ${r.wall.toFixed(0).padStart(6)} ms wall ${r.cpu.toFixed(0).padStart(6)} ms cpu ` +
      `${r.gc.toFixed(0).padStart(5)} ms gc  rss ${r.rss.toFixed(0)} MB`,
  );
console.log(`json characters: ${bytes}`);
