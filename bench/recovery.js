// Benchmark of the recovery engine on a generated plan: 100 000 resources, ~1 000 000 dependency
// edges (each resource depends on up to 10 resources of lower index: a DAG), 1 000 services.
// Run after `tsc` (it imports the compiled dist/): `node bench/recovery.js [resources] [services]`.
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { computeRecovery } from "../dist/recovery/index.js";
import { SourceMap } from "../dist/plan/source-map.js";

/** Deterministic generator (LCG) so that every run measures the same plan. */
function lcg(seed) {
  let s = seed >>> 0;
  return (n) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
}

export function generatePlan(resourceCount = 100_000, serviceCount = 1_000, maxDeps = 10) {
  const rnd = lcg(20260315);
  const kinds = [
    "application",
    "infrastructure",
    "network",
    "data",
    "application",
    "data",
    "supplier",
    "staff",
  ];
  const crits = ["vital", "essential", "important", "deferrable"];
  const id = (i) => `r${String(i).padStart(6, "0")}`;
  const resources = new Array(resourceCount);
  let edges = 0;
  for (let i = 0; i < resourceCount; i++) {
    const deps = new Set();
    const want = Math.min(i, maxDeps);
    // Mostly near neighbours (deep chains), some far ones (wide fan-in on low indices).
    while (deps.size < want) deps.add(id(rnd(3) === 0 ? rnd(i) : Math.max(0, i - 1 - rnd(50))));
    edges += deps.size;
    resources[i] = {
      id: id(i),
      name: `Ressource ${i}`,
      kind: kinds[rnd(kinds.length)],
      dependsOn: [...deps],
      ...(rnd(10) > 0 ? { recovery: { duration: `${5 + rnd(240)}min` } } : {}),
      ...(rnd(3) === 0
        ? {
            backup: {
              frequency: `${1 + rnd(48)}h`,
              offline: rnd(2) === 0,
              immutable: rnd(2) === 0,
              lastRestoreTest: "2025-06-01",
            },
          }
        : {}),
    };
  }
  const services = [];
  for (let j = 0; j < serviceCount; j++) {
    const deps = new Set();
    for (let k = 0; k < 5; k++) deps.add(id(resourceCount - 1 - rnd(Math.min(resourceCount, 20_000))));
    if (j > 0 && rnd(4) === 0) deps.add(`s${j - 1 - rnd(j)}`);
    services.push({
      id: `s${j}`,
      name: `Activité ${j}`,
      kind: "care",
      criticality: crits[rnd(4)],
      rto: `${1 + rnd(96)}h`,
      rpo: `${1 + rnd(24)}h`,
      dependsOn: [...deps],
    });
    edges += deps.size;
  }
  const procedures = services
    .filter((_, j) => j % 3 === 0)
    .map((s, k) => ({
      id: `p${k}`,
      title: `Mode dégradé ${k}`,
      kind: "degraded",
      service: s.id,
      covers: s.dependsOn.slice(0, 2),
      maxDuration: "8h",
      steps: ["Papier"],
    }));
  const plan = {
    version: 1,
    establishment: { name: "CHU de banc d’essai", finess: "290000017", type: "sanitaire" },
    plan: { version: "1.0", date: "2026-03-15", owner: "dir" },
    contacts: [{ id: "dir", name: "Direction", role: "Direction" }],
    crisis: { cell: [{ role: "Direction", contact: "dir", deputy: "dir" }] },
    services,
    resources,
    procedures,
  };
  return { plan, edges };
}

function mb(bytes) {
  return `${(bytes / 1024 / 1024).toFixed(1)} Mo`;
}

export function runRecoveryBench(resourceCount = 100_000, serviceCount = 1_000) {
  let t = performance.now();
  const { plan, edges } = generatePlan(resourceCount, serviceCount);
  const generateMs = performance.now() - t;
  globalThis.gc?.();
  const before = process.memoryUsage().heapUsed;
  const times = [];
  let result;
  for (let run = 0; run < 3; run++) {
    t = performance.now();
    result = computeRecovery(plan, new SourceMap());
    times.push(performance.now() - t);
  }
  globalThis.gc?.();
  const after = process.memoryUsage().heapUsed;
  const { recovery, diagnostics } = result;
  if (!recovery) throw new Error(`pas d’ordre de reprise : ${diagnostics.map((d) => d.message).join("; ")}`);

  // The output-sized lists are lazy: time them separately on the first 1 000 ranked resources.
  t = performance.now();
  let listed = 0;
  for (const f of recovery.ranked.slice(0, 1000)) listed += f.services.length + f.criticalPath.length;
  const listsMs = performance.now() - t;

  const sorted = [...times].sort((a, b) => a - b);
  console.log(`recovery: ${resourceCount} ressources, ${serviceCount} activités, ${edges} dépendances`);
  console.log(`  génération du plan        ${generateMs.toFixed(0)} ms`);
  console.log(
    `  computeRecovery (3 essais) ${times.map((x) => x.toFixed(0)).join(" / ")} ms (médiane ${sorted[1].toFixed(0)} ms)`,
  );
  console.log(`  classées ${recovery.ranked.length}, constats ${recovery.findings.length}`);
  console.log(`  listes paresseuses (1 000 premières ressources, ${listed} ids) ${listsMs.toFixed(0)} ms`);
  const retained = globalThis.gc
    ? "retenus par un résultat"
    : "de plus après 3 calculs (lancer avec --expose-gc pour la mesure exacte)";
  console.log(`  tas : ${mb(after - before)} ${retained} ; RSS ${mb(process.memoryUsage().rss)}`);
  return { medianMs: sorted[1], edges };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [r, s] = process.argv.slice(2).map(Number);
  runRecoveryBench(r || 100_000, s || 1_000);
}
