// PDF against DOCX, per document: rendering time (first run, with the fonts to parse, and a
// second run; CPU time, the wall clock of a shared machine says little) and peak RSS, each format in its own process so the peaks do not mix. Documents:
// the CH example's PRA and the PRA of the generated 1,500-resource plan (bench/recovery.js).
// Also times the CH example's whole default build. `npm run build && node bench/pdf.js`
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import { stringify } from "yaml";

const here = fileURLToPath(new URL(".", import.meta.url));

async function model(which) {
  const { analyzePlan } = await import("../dist/analyze.js");
  const { composeDocument, viewInput } = await import("../dist/build/index.js");
  let path = join(here, "../examples/ch-kerbrat");
  let dir;
  if (which === "bench") {
    const { generatePlan } = await import("./recovery.js");
    dir = mkdtempSync(join(tmpdir(), "pcapra-bench-"));
    path = join(dir, "plan.yaml");
    writeFileSync(path, stringify(generatePlan(1500, 60, 4).plan));
  }
  const analysis = await analyzePlan(path);
  if (dir) rmSync(dir, { recursive: true, force: true });
  return composeDocument("pra", viewInput(path, analysis, null));
}

async function child(which, format) {
  const { renderDocument } = await import("../dist/build/index.js");
  const doc = await model(which);
  const rssBefore = process.memoryUsage().rss;
  const times = [];
  const cpu = [];
  let size = 0;
  for (let i = 0; i < 2; i++) {
    const t = performance.now();
    const c = process.cpuUsage();
    size = (await renderDocument(doc, format)).length;
    times.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  // maxRSS: kilobytes on Linux.
  const peak = process.resourceUsage().maxRSS * 1024;
  console.log(JSON.stringify({ times, cpu, size, rssBefore, peak }));
}

function measure(which, format) {
  const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), "child", which, format], {
    encoding: "utf8",
    maxBuffer: 1 << 24,
  });
  return JSON.parse(out.trim().split("\n").pop());
}

export async function runPdfBench() {
  const mb = (b) => `${(b / 2 ** 20).toFixed(0)} Mo`;
  for (const which of ["ch", "bench"]) {
    for (const format of ["docx", "pdf"]) {
      const r = measure(which, format);
      console.log(
        `${which === "ch" ? "PRA CH de Kerbrat" : "PRA 1 500 ressources"} ${format.toUpperCase()} : ` +
          `CPU ${r.cpu.map((t) => `${t.toFixed(0)} ms`).join(" puis ")} ` +
          `(horloge ${r.times.map((t) => `${t.toFixed(0)} ms`).join(" puis ")}), ${(r.size / 1024).toFixed(0)} Ko, ` +
          `RSS avant rendu ${mb(r.rssBefore)}, pic ${mb(r.peak)}`,
      );
    }
  }
  const out = mkdtempSync(join(tmpdir(), "pcapra-bench-build-"));
  const t = performance.now();
  execFileSync(
    process.execPath,
    [join(here, "../bin/pcapra.js"), "build", join(here, "../examples/ch-kerbrat"), "--out", out],
    {
      stdio: "ignore",
    },
  );
  const files = execFileSync("ls", [out], { encoding: "utf8" }).trim().split("\n").length;
  console.log(
    `build par défaut du CH (${files} fichiers, processus complet) : ${(performance.now() - t).toFixed(0)} ms`,
  );
  rmSync(out, { recursive: true, force: true });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  if (process.argv[2] === "child") await child(process.argv[3], process.argv[4]);
  else await runPdfBench();
}
