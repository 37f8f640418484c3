// Phase breakdown of one `build` in a single process: `node bench/phases.js plan.yaml [doc,doc] [docx,pdf]`.
// Prints wall and CPU milliseconds of each phase (load, analysis, CaRE + scenario orders, then per
// document: view, template, block parsing, DOCX, PDF), the garbage-collection pauses inside it
// (main thread, wall ms: V8's "gc" performance entries) and the RSS after each, so a profile can
// be read phase by phase. It measures only; it writes no file.
import { performance } from "node:perf_hooks";
import { loadPlan } from "../dist/plan/load.js";
import { analyzeLoaded } from "../dist/analyze.js";
import { viewInput } from "../dist/build/index.js";
import { documentData, templateOf } from "../dist/build/views.js";
import { renderTemplate } from "../dist/templates/engine.js";
import { parseBlockText } from "../dist/doc/parse.js";
import { figuresOf } from "../dist/doc/figure.js";
import { renderDocx } from "../dist/render/docx/index.js";
import { renderPdfWithLayout } from "../dist/render/pdf/index.js";
import { phaseTimer } from "./phase-timer.js";

const [file, docsArg = "pca,pra,fiches,binder", formatsArg = "docx,pdf"] = process.argv.slice(2);
if (!file) {
  console.error("usage: node bench/phases.js plan.yaml [docs] [formats]");
  process.exit(2);
}
const { phase, rows: phaseRows } = phaseTimer();
const t0 = performance.now();
const loaded = await phase("load (YAML + positions)", () => loadPlan(file));
const analysis = await phase("analysis (schema, rules, recovery)", () => analyzeLoaded(loaded));
// CaRE and the scenario orders are computed on first use: touched here to keep them in this phase.
const input = await phase("viewInput (CaRE, scenario orders)", () => {
  const v = viewInput(file, analysis, null);
  (void v.care, v.scenarioOrders);
  return v;
});
for (const doc of docsArg.split(",")) {
  const data = await phase(`${doc}: view`, () => documentData(doc, input));
  const text = await phase(`${doc}: template`, () => renderTemplate(templateOf[doc], data));
  const { cover, body } = await phase(`${doc}: block parse`, () =>
    parseBlockText(text, "bench", figuresOf(data)),
  );
  const model = { meta: data.common.meta, cover, body };
  for (const format of formatsArg.split(",")) {
    if (format === "docx") await phase(`${doc}: docx`, () => renderDocx(model));
    else await phase(`${doc}: pdf`, () => renderPdfWithLayout(model));
  }
}
const total = performance.now() - t0;
let gcTotal = 0;
for (const r of await phaseRows()) {
  gcTotal += r.gc;
  console.log(
    `${r.name.padEnd(40)} ${r.wall.toFixed(0).padStart(6)} ms  cpu ${r.cpu.toFixed(0).padStart(6)} ms  ` +
      `gc ${r.gc.toFixed(0).padStart(5)} ms  rss ${r.rss.toFixed(0)} MB`,
  );
}
console.log(
  `${"total".padEnd(40)} ${total.toFixed(0).padStart(6)} ms${" ".repeat(16)}gc ${gcTotal.toFixed(0).padStart(5)} ms`,
);
