// `npm run bench`: the whole benchmark, process by process, on this machine; writes results.json,
// RESULTS.md and scaling.svg (bench/README.md says how to read them).
//   node bench/run.js                 full run (≈ 30 min on 2 cores), results in bench/
//   node bench/run.js --quick         smaller plans, 3 runs (a few minutes), results in a temp folder
//   node bench/run.js --tiny --out d  a tiny plan, 1 run: checks that the scripts work (tests/bench)
// Options: --runs N, --lo-runs N (LibreOffice conversions, heavy), --out dir, --only a,b (sections:
// startup, validate, priorities, build, baseline, scaling), --merge (keep the sections of the
// existing results.json that this run does not measure; each section records its own run).
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PRESETS, generatePlan, toYaml, writePlan } from "./generate.js";
import { exitIn, measure, measureInterleaved, stats } from "./measure.js";
import { writeReport } from "./report.js";
import { limits } from "../dist/plan/limits.js";

const root = fileURLToPath(new URL("../", import.meta.url));
const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const mode = flag("tiny") ? "tiny" : flag("quick") || process.env.BENCH_QUICK === "1" ? "quick" : "full";
const scale = (p, f) => ({ services: p.services * f, resources: p.resources * f, edges: p.edges * f });
const CONFIG = {
  full: {
    runs: 5,
    loRuns: 3,
    chu: PRESETS.chu,
    ch: PRESETS.ch,
    batch: 2000,
    priorities: [
      { services: 400, resources: 1500, edges: 8000 },
      { services: 2000, resources: 20000, edges: 200000 },
      { services: 5000, resources: 100000, edges: 1000000 },
    ],
    factors: [1, 2, 4, 8],
  },
  quick: {
    runs: 3,
    loRuns: 1,
    chu: scale(PRESETS.chu, 0.25),
    ch: PRESETS.ch,
    batch: 200,
    priorities: [
      { services: 400, resources: 1500, edges: 8000 },
      { services: 500, resources: 5000, edges: 50000 },
    ],
    factors: [1, 2, 4],
  },
  tiny: {
    runs: 1,
    loRuns: 0,
    chu: { services: 6, resources: 20, edges: 60 },
    ch: { services: 4, resources: 12, edges: 30 },
    batch: 3,
    priorities: [{ services: 6, resources: 20, edges: 60 }],
    factors: [1, 2],
  },
}[mode];
// Overrides for a shared machine (bench/README.md): fewer runs, fewer sizes.
if (option("batch")) CONFIG.batch = Number(option("batch"));
if (option("factors")) CONFIG.factors = option("factors").split(",").map(Number);
if (option("priorities")) {
  const wanted = option("priorities").split(",").map(Number);
  CONFIG.priorities = CONFIG.priorities.filter((p) => wanted.includes(p.resources));
}
const runs = Number(option("runs") ?? CONFIG.runs);
const loRuns = Number(option("lo-runs") ?? CONFIG.loRuns);
const only = option("only")?.split(",");
const outDir =
  option("out") ?? (mode === "full" ? join(root, "bench") : mkdtempSync(join(tmpdir(), "pcapra-bench-")));
const work = mkdtempSync(join(tmpdir(), "pcapra-bench-work-"));
const node = process.execPath;
const cli = join(root, "bin/pcapra.js");
const log = (...a) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...a);
const has = (tool) => spawnSync("sh", ["-c", `command -v ${tool}`]).status === 0;
const fileMb = (path) => {
  const st = statSync(path);
  if (!st.isDirectory()) return st.size / 2 ** 20;
  return spawnSync("du", ["-sb", path], { encoding: "utf8" }).stdout.split("\t").map(Number)[0] / 2 ** 20;
};
/** A generated plan written once per size. */
const planFile = (size, name) => {
  // One file while it fits the 4 MiB per-file limit of the loader, fragments beyond (docs/plan-format.md).
  const plan = generatePlan({ ...size, seed: 1 });
  const file = join(work, toYaml(plan).length < 3.5 * 2 ** 20 ? `${name}.yaml` : name);
  writePlan(plan, file);
  return file;
};
const pick = (m) => ({ wallMs: m.wallMs, cpuMs: m.cpuMs, rssMb: m.rssMb });

const results = {
  meta: {
    mode,
    runs,
    loRuns,
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? "",
    loadBefore: loadavg().map((x) => Math.round(x * 100) / 100),
    started: new Date().toISOString(),
    commit: spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root, encoding: "utf8" }).stdout.trim(),
    sizes: { chu: CONFIG.chu, ch: CONFIG.ch },
  },
};
const want = (section) => !only || only.includes(section);
mkdirSync(outDir, { recursive: true });
const SECTIONS = ["startup", "validate", "priorities", "build", "baseline", "scaling"];
// --merge: a quiet machine for one section at a time; the report says which run measured what.
if (flag("merge")) {
  let previous;
  try {
    previous = JSON.parse(readFileSync(join(outDir, "results.json"), "utf8"));
  } catch {
    previous = undefined;
  }
  if (previous) {
    for (const name of SECTIONS) if (!want(name) && previous[name]) results[name] = previous[name];
    results.meta.sections = { ...(previous.meta?.sections ?? sectionsOf(previous)) };
    if (previous.meta?.chuYamlMb) results.meta.chuYamlMb = previous.meta.chuYamlMb;
  }
}
/** Provenance of sections measured before --merge existed: the previous run's own header. */
function sectionsOf(previous) {
  const m = previous.meta ?? {};
  const rec = {
    commit: m.commit,
    runs: m.runs,
    loRuns: m.loRuns,
    started: m.started,
    loadBefore: m.loadBefore,
  };
  return Object.fromEntries(SECTIONS.filter((n) => previous[n]).map((n) => [n, rec]));
}
/** Records, for --merge, which run measured a section. */
const measured = (name) => {
  results.meta.sections ??= {};
  results.meta.sections[name] = {
    commit: results.meta.commit,
    runs,
    loRuns,
    started: results.meta.started,
    loadBefore: results.meta.loadBefore,
    loadAfter: loadavg().map((x) => Math.round(x * 100) / 100),
  };
};
/** Writes what is measured so far: a long run interrupted still leaves its finished sections. */
const save = () => {
  const { buildOut, ...kept } = results;
  kept.meta = {
    ...kept.meta,
    finished: new Date().toISOString(),
    loadAfter: loadavg().map((x) => Math.round(x * 100) / 100),
  };
  writeFileSync(join(outDir, "results.json"), JSON.stringify(kept, null, 2) + "\n");
  writeReport(kept, outDir);
};

// 1. Startup, beside a bare node.
if (want("startup")) {
  log("démarrage");
  const base = measure(node, ["-e", "0"], { runs });
  const row = (name, a, codes = [0]) => {
    const m = measure(node, [cli, ...a], { runs, check: exitIn(...codes), discardStdout: true });
    return { name, ...pick(m), ratio: m.wallMs.median / base.wallMs.median };
  };
  results.startup = [
    { name: "node -e 0", ...pick(base), ratio: 1 },
    row("pcapra --version", ["--version"]),
    row("pcapra --help", ["--help"]),
    row("pcapra validate EHPAD", ["validate", join(root, "examples/ehpad-les-tilleuls.yaml")], [0, 1]),
  ];
}

const chu = planFile(CONFIG.chu, "chu");
results.meta.chuYamlMb = fileMb(chu);

if (want("startup")) measured("startup");
save();

// 2. Validate: one CHU plan; --each over many CH plans.
if (want("validate")) {
  log("validate");
  const one = measure(node, [cli, "validate", chu], { runs, check: exitIn(0), discardStdout: true });
  const batchDir = join(work, "batch");
  mkdirSync(batchDir);
  for (let k = 0; k < CONFIG.batch; k++)
    writePlan(
      generatePlan({ ...CONFIG.ch, seed: 1 + k }),
      join(batchDir, `plan-${String(k).padStart(4, "0")}.yaml`),
    );
  const each = measure(node, [cli, "validate", "--each", "--format", "json", batchDir], {
    runs,
    check: (r) => {
      exitIn(0)(r);
      const s = JSON.parse(r.stdout).summary;
      if (s.plans !== CONFIG.batch || s.invalid !== 0)
        throw new Error(`résumé inattendu ${JSON.stringify(s)}`);
    },
  });
  results.validate = {
    chu: { yamlMb: results.meta.chuYamlMb, ...pick(one) },
    each: {
      plans: CONFIG.batch,
      yamlMb: fileMb(batchDir),
      ...pick(each),
      plansPerSecond: CONFIG.batch / (each.wallMs.median / 1000),
    },
  };
  rmSync(batchDir, { recursive: true, force: true });
}

if (want("validate")) measured("validate");
save();

// 3. Priorities end to end (YAML → table) and the engine alone (generated data, no YAML).
if (want("priorities")) {
  results.priorities = [];
  for (const size of CONFIG.priorities) {
    log("priorities", size.resources);
    const file = planFile(size, `prio-${size.resources}`);
    // A plan over the per-plan limit is refused by design (docs/plan-format.md « Limites »): the
    // row says so instead of timing a refusal; the engine alone is still measured.
    const overLimit = fileMb(file) * 2 ** 20 > limits.planBytes;
    const e2e = overLimit
      ? undefined
      : measure(node, [cli, "priorities", file, "--format", "json"], {
          runs,
          check: exitIn(0),
          discardStdout: true,
        });
    const engineRuns = [];
    const engine = measure(
      node,
      [
        join(root, "bench/engine.js"),
        "--resources",
        size.resources,
        "--services",
        size.services,
        "--edges",
        size.edges,
      ].map(String),
      {
        runs,
        check: (r) => {
          exitIn(0)(r);
          engineRuns.push(JSON.parse(r.stdout).ms);
        },
      },
    );
    results.priorities.push({
      ...size,
      yamlMb: fileMb(file),
      endToEnd: e2e ? pick(e2e) : null,
      ...(overLimit ? { refused: `au-delà de la limite de ${limits.planBytes / 2 ** 20} Mio par plan` } : {}),
      engineMs: stats(engineRuns),
      engineProcess: pick(engine),
    });
    rmSync(file, { recursive: true });
  }
}

/** Estimated pages of one of our documents (page-estimate.ts), and its Markdown for the baseline. */
const markdownOf = (plan, doc, out) => {
  const r = spawnSync(node, [join(root, "bench/markdown.js"), plan, doc, out], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout).pages;
};
const pdfPages = (file) =>
  Number(/Pages:\s+(\d+)/.exec(spawnSync("pdfinfo", [file], { encoding: "utf8" }).stdout)?.[1] ?? NaN);

if (want("priorities")) measured("priorities");
save();

// 4. Build of the CHU plan: each document and format, then the whole default build.
if (want("build")) {
  log("build");
  results.build = [];
  const buildOut = join(work, "build");
  // A document's DOCX and PDF are run alternately (measureInterleaved): their figures are
  // compared with each other (the PDF must cost less than its DOCX).
  for (const doc of ["pca", "pra", "fiches", "binder"]) {
    const formats = ["docx", "pdf"];
    const argsOf = (format) => [cli, "build", chu, "--doc", doc, "--format", format, "--out", buildOut];
    const entry = {};
    const ready = formats.filter((format) => {
      const first = spawnSync(node, argsOf(format), { encoding: "utf8" });
      if (first.status === 0) return true;
      entry[format] = { doc, format, available: false, note: first.stderr.trim().split("\n").pop() };
      return false;
    });
    const measured = measureInterleaved(ready.map(argsOf), node, { runs, check: exitIn(0) });
    ready.forEach((format, k) => {
      const m = measured[k];
      const file = m.last.stdout.trim().split("\n").pop();
      let pages = null;
      try {
        pages = format === "pdf" ? pdfPages(file) : markdownOf(chu, doc, "/dev/null");
      } catch {
        // A document the model script cannot compose (binder before its view exists): no estimate.
      }
      entry[format] = { doc, format, available: true, ...pick(m), pages, fileMb: fileMb(file) };
    });
    for (const format of formats) results.build.push(entry[format]);
  }
  const all = measure(node, [cli, "build", chu, "--out", buildOut], { runs, check: exitIn(0) });
  results.build.push({
    doc: "défaut",
    format: "défaut",
    available: true,
    ...pick(all),
    files: all.last.stdout.trim().split("\n").length,
  });
  results.buildOut = buildOut;
}

if (want("build")) measured("build");
save();

// 5. Baseline: the PRA as Markdown → pandoc → DOCX; LibreOffice converting our DOCX and pandoc's.
if (want("baseline")) {
  log("baseline");
  const b = (results.baseline = { tools: {} });
  const md = join(work, "pra.md");
  b.ourPages = markdownOf(chu, "pra", md);
  b.markdownMb = fileMb(md);
  const ours = join(work, "ours-pra.docx");
  spawnSync(node, [cli, "build", chu, "--doc", "pra", "--out", join(work, "pra")], { encoding: "utf8" });
  const built = spawnSync("sh", ["-c", `ls ${join(work, "pra")}/*.docx`], { encoding: "utf8" }).stdout.trim();
  writeFileSync(ours, readFileSync(built));
  // Our timings come from the build section (absent when it was not run: no ratio then).
  const oursDocx = results.build?.find((x) => x.doc === "pra" && x.format === "docx");
  const oursPdf = results.build?.find((x) => x.doc === "pra" && x.format === "pdf" && x.available);
  if (has("pandoc")) {
    const theirs = join(work, "pandoc-pra.docx");
    const p = measure("pandoc", [md, "-o", theirs], { runs, check: exitIn(0) });
    b.pandocDocx = pick(p);
    if (oursDocx) b.ratioDocx = oursDocx.wallMs.median / p.wallMs.median;
    if (oursDocx) b.ratioDocxCpu = oursDocx.cpuMs.median / p.cpuMs.median;
    b.tools.pandoc = spawnSync("pandoc", ["--version"], { encoding: "utf8" }).stdout.split("\n")[0];
    if (loRuns > 0 && has("soffice")) {
      b.tools.soffice = spawnSync("soffice", ["--version"], { encoding: "utf8" }).stdout.trim();
      // A private LibreOffice profile, created by a first conversion that is not counted.
      const profile = `-env:UserInstallation=file://${join(work, "lo-profile")}`;
      const convert = (file, runsLo) =>
        measure(
          "soffice",
          [profile, "--headless", "--convert-to", "pdf", "--outdir", join(work, "lo"), file],
          { runs: runsLo, check: exitIn(0) },
        );
      const warm = join(work, "warm.md");
      writeFileSync(warm, "# Essai\n");
      spawnSync("pandoc", [warm, "-o", join(work, "warm.docx")]);
      convert(join(work, "warm.docx"), 1);
      const lo1 = convert(ours, loRuns);
      b.sofficeOurs = { ...pick(lo1), pages: pdfPages(join(work, "lo", "ours-pra.pdf")) };
      const lo2 = convert(theirs, loRuns);
      b.sofficePandoc = { ...pick(lo2), pages: pdfPages(join(work, "lo", "pandoc-pra.pdf")) };
      b.ratioLibreOffice = lo1.wallMs.median / lo2.wallMs.median;
      if (oursPdf) b.ratioPdf = oursPdf.wallMs.median / lo1.wallMs.median;
    }
  }
}

if (want("baseline")) measured("baseline");
save();

// 6. Scaling: the default build and priorities at 1×, 2×, 4×, 8× the CHU size.
if (want("scaling")) {
  results.scaling = [];
  for (const f of CONFIG.factors) {
    log("scaling", f);
    const file = planFile(scale(CONFIG.chu, f), `scale-${f}`);
    // Sized before the build: a plan written as fragments is a folder, and the outputs go elsewhere.
    const yamlMb = fileMb(file);
    const build = measure(node, [cli, "build", file, "--out", join(work, `scale-${f}-out`)], {
      runs,
      check: exitIn(0),
      discardStdout: true,
    });
    const prio = measure(node, [cli, "priorities", file, "--format", "json"], {
      runs,
      check: exitIn(0),
      discardStdout: true,
    });
    results.scaling.push({
      factor: f,
      ...scale(CONFIG.chu, f),
      yamlMb,
      build: pick(build),
      priorities: pick(prio),
    });
    save();
    rmSync(file, { recursive: true });
  }
}

if (want("scaling")) measured("scaling");
save();
rmSync(work, { recursive: true, force: true });
log(`résultats : ${outDir}/results.json, RESULTS.md, scaling.svg`);
