/**
 * Validates many plans on worker threads (the ARS batch: thousands of plans). Parsing YAML is
 * the cost and it is CPU-bound, so one worker per core roughly divides the time by the cores.
 * Results come back in argument order. Falls back to in-process when workers are not available
 * (running from TypeScript sources in tests) or not worth it.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { validateOne, type PlanResult } from "./validate-plan.js";

const workerUrl = new URL("./validate-worker.js", import.meta.url);
/** Below this many plans, starting workers costs more than it saves. */
const MIN_PLANS_FOR_WORKERS = 16;

export async function validateMany(
  sources: string[],
  onResult: (r: PlanResult) => void,
  stdin?: string | Uint8Array,
): Promise<void> {
  const threads = Math.min(availableParallelism(), 8, Math.ceil(sources.length / 4));
  // Standard input (`-`) was read by this thread: such a batch stays here.
  const inProcess = stdin !== undefined || sources.length < MIN_PLANS_FOR_WORKERS || threads < 2;
  if (inProcess || !existsSync(fileURLToPath(workerUrl))) {
    for (const s of sources) onResult(await validateOne(s, stdin));
    return;
  }
  const results: (PlanResult | undefined)[] = new Array(sources.length);
  let next = 0;
  let emitted = 0;
  const flush = () => {
    while (emitted < sources.length && results[emitted]) {
      onResult(results[emitted]!);
      results[emitted++] = undefined;
    }
  };
  await new Promise<void>((resolve, reject) => {
    let running = threads;
    for (let t = 0; t < threads; t++) {
      const worker = new Worker(workerUrl, { resourceLimits: { maxYoungGenerationSizeMb: 64 } });
      const feed = () => {
        if (next < sources.length) worker.postMessage({ index: next, source: sources[next++] });
        else worker.postMessage(null);
      };
      worker.on("message", (msg: { index: number; result?: PlanResult; error?: string }) => {
        if (msg.error !== undefined) {
          void worker.terminate();
          reject(new Error(msg.error));
          return;
        }
        results[msg.index] = msg.result;
        flush();
        feed();
      });
      worker.on("error", reject);
      worker.on("exit", () => {
        if (--running === 0) resolve();
      });
      feed();
    }
  });
  flush();
}
