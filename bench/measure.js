// Process-level measurement: each figure is the median (with min and max) of several runs of a
// real process. Wall time is measured here; peak RSS and CPU time come from GNU time
// (`/usr/bin/time -f`), which reads the child's rusage. On a machine shared with other work the
// CPU time (user + sys) moves less than the wall time: both are recorded.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";

const GNU_TIME = "/usr/bin/time";
const hasGnuTime = existsSync(GNU_TIME);

/** Median, min and max of numbers (the median of an even count is the mean of the middle two). */
export function stats(values) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  const median = v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
  return { median, min: v[0], max: v[v.length - 1], runs: v.length };
}

/** One run: `{ ms, rssMb, cpuMs, status, stdout, stderr }`. */
export function runOnce(command, args, options = {}) {
  const dir = mkdtempSync(join(tmpdir(), "pcapra-measure-"));
  const timeFile = join(dir, "time");
  const argv = hasGnuTime ? ["-f", "%M %U %S", "-o", timeFile, command, ...args] : args;
  const t0 = performance.now();
  const r = spawnSync(hasGnuTime ? GNU_TIME : command, argv, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    encoding: "utf8",
    maxBuffer: 1 << 30,
    stdio: ["ignore", options.discardStdout ? "ignore" : "pipe", "pipe"],
  });
  const ms = performance.now() - t0;
  let rssMb = NaN;
  let cpuMs = NaN;
  if (hasGnuTime && existsSync(timeFile)) {
    const last = readFileSync(timeFile, "utf8").trim().split("\n").pop() ?? "";
    const [kb, user, sys] = last.split(" ").map(Number);
    rssMb = kb / 1024;
    cpuMs = (user + sys) * 1000;
  }
  rmSync(dir, { recursive: true, force: true });
  return { ms, rssMb, cpuMs, status: r.status, stdout: r.stdout ?? "", stderr: r.stderr ?? "" };
}

/**
 * `runs` runs of one command; `check(run)` may throw to reject a wrong result (a failed build is
 * no figure). Returns the statistics and the last run (for its output).
 */
export function measure(command, args, options = {}) {
  return measureInterleaved([args], command, options)[0];
}

/**
 * `runs` rounds of several argument lists of one command, one run of each per round, so that a
 * drift of the machine (load, CPU frequency) weighs on each the same: for figures that are
 * compared with each other, such as a document's DOCX and its PDF. One result per list.
 */
export function measureInterleaved(argLists, command, { runs = 5, check, ...options } = {}) {
  const all = argLists.map(() => []);
  const last = [];
  for (let i = 0; i < runs; i++) {
    argLists.forEach((args, k) => {
      last[k] = runOnce(command, args, options);
      if (check) check(last[k]);
      all[k].push(last[k]);
    });
  }
  return all.map((runsOf, k) => ({
    wallMs: stats(runsOf.map((r) => r.ms)),
    cpuMs: stats(runsOf.map((r) => r.cpuMs)),
    rssMb: stats(runsOf.map((r) => r.rssMb)),
    last: last[k],
  }));
}

/** Fails a run that did not exit with one of `codes`. */
export const exitIn =
  (...codes) =>
  (run) => {
    if (!codes.includes(run.status)) {
      throw new Error(
        `code de sortie ${run.status} (attendu ${codes.join(" ou ")}) : ${run.stderr.slice(0, 400)}`,
      );
    }
  };
