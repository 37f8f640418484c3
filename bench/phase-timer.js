// Timing of the phases of one process, for bench/phases.js and bench/priorities-phases.js: each
// phase's wall and CPU milliseconds, the RSS after it, and the garbage-collection pauses inside it
// (main thread, wall ms: V8's "gc" performance entries). It measures only.
import { PerformanceObserver, performance } from "node:perf_hooks";

export function phaseTimer() {
  const rows = [];
  const pauses = [];
  const observer = new PerformanceObserver((list) => pauses.push(...list.getEntries()));
  observer.observe({ entryTypes: ["gc"] });
  return {
    /** Runs `fn` as the phase `name`; its value. */
    async phase(name, fn) {
      const cpu = process.cpuUsage();
      const t = performance.now();
      const value = await fn();
      const end = performance.now();
      const used = process.cpuUsage(cpu);
      rows.push({
        name,
        t,
        end,
        wall: end - t,
        cpu: (used.user + used.system) / 1000,
        rss: process.memoryUsage().rss / 2 ** 20,
      });
      return value;
    },
    /** The phases, each with its GC pauses (`gc`, ms); call once every phase is over. */
    async rows() {
      // GC entries are delivered after the fact: let them arrive, then give each pause to its phase.
      await new Promise((resolve) => setTimeout(resolve, 100));
      observer.disconnect();
      for (const r of rows)
        r.gc = pauses
          .filter((p) => p.startTime >= r.t && p.startTime < r.end)
          .reduce((n, p) => n + p.duration, 0);
      return rows;
    },
  };
}
