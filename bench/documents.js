// Benchmark of the whole chain on a large generated plan written as YAML: load (parse once),
// analysis, PRA document model, DOCX rendering. `node bench/documents.js [resources] [services] [out.docx]`
// (the optional third argument writes the PRA's DOCX bytes there).
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { stringify } from "yaml";
import { analyzeLoaded } from "../dist/analyze.js";
import { composeDocument, viewInput } from "../dist/build/index.js";
import { loadPlan } from "../dist/plan/load.js";
import { renderDocx } from "../dist/render/docx/index.js";
import { generatePlan } from "./recovery.js";

export async function runDocumentsBench(resourceCount = 1500, serviceCount = 60, outFile = undefined) {
  const { plan } = generatePlan(resourceCount, serviceCount, 4);
  const dir = mkdtempSync(join(tmpdir(), "pcapra-bench-"));
  const file = join(dir, "plan.yaml");
  writeFileSync(file, stringify(plan));
  const kb = statSync(file).size / 1024;
  const step = async (fn) => {
    const t = performance.now();
    const value = await fn();
    return [value, performance.now() - t];
  };
  const [loaded, loadMs] = await step(() => loadPlan(file));
  const [analysis, analyzeMs] = await step(() => analyzeLoaded(loaded));
  if (!analysis.recovery)
    throw new Error(
      analysis.diagnostics
        .slice(0, 3)
        .map((d) => d.message)
        .join("; "),
    );
  const input = viewInput(file, analysis, null);
  const [model, modelMs] = await step(() => composeDocument("pra", input));
  const [bytes, docxMs] = await step(() => renderDocx(model));
  rmSync(dir, { recursive: true, force: true });
  // The DOCX bytes, to compare renderer versions byte for byte.
  if (outFile) writeFileSync(outFile, bytes);
  console.log(`documents: ${resourceCount} ressources, ${serviceCount} activités, YAML ${kb.toFixed(0)} Ko`);
  console.log(`  chargement YAML (une fois)  ${loadMs.toFixed(0)} ms`);
  console.log(`  schéma + règles + reprise   ${analyzeMs.toFixed(0)} ms`);
  console.log(`  modèle du PRA (${model.body.length} blocs)  ${modelMs.toFixed(0)} ms`);
  console.log(`  DOCX du PRA (${(bytes.length / 1024).toFixed(0)} Ko)  ${docxMs.toFixed(0)} ms`);
  console.log(`  RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} Mo`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  // `node bench/documents.js [resources] [services] [out.docx]`
  await runDocumentsBench(Number(process.argv[2] ?? 1500), Number(process.argv[3] ?? 60), process.argv[4]);
}

/** YAML loading alone, on the recovery benchmark's plan written as YAML (parse once per run). */
export async function runYamlLoadBench(resourceCount = 100_000, serviceCount = 1_000) {
  const { plan } = generatePlan(resourceCount, serviceCount);
  const dir = mkdtempSync(join(tmpdir(), "pcapra-bench-"));
  const file = join(dir, "plan.yaml");
  writeFileSync(file, stringify(plan));
  const mo = statSync(file).size / 2 ** 20;
  const t = performance.now();
  const loaded = await loadPlan(file);
  const ms = performance.now() - t;
  rmSync(dir, { recursive: true, force: true });
  if (!loaded.plan) throw new Error("plan non chargé");
  console.log(
    `chargement YAML : ${resourceCount} ressources, ${mo.toFixed(1)} Mo de YAML en ${ms.toFixed(0)} ms`,
  );
}
