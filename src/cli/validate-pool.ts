/**
 * Validates many plans on worker threads (the ARS batch: thousands of plans). Loading and
 * checking a plan is CPU-bound, so one worker per core roughly divides the time by the cores.
 * Each worker keeps a few plans queued so that it never waits for the main thread, and sends
 * back the plan's printed form; outcomes are handed on in argument order. Falls back to
 * in-process when workers are not available (running from TypeScript sources in tests) or not
 * worth it.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { planOutcome, validateOne, type PlanOutcome, type Rendering } from "./validate-plan.js";

const workerUrl = new URL("./validate-worker.js", import.meta.url);
/** Below this many plans, starting workers costs more than it saves. */
const MIN_PLANS_FOR_WORKERS = 16;
/** Plans sent ahead to each worker: it starts the next one as soon as it posts a result. */
const QUEUED_PER_WORKER = 4;
const decoder = new TextDecoder();

export async function validateMany(
  sources: string[],
  rendering: Rendering,
  onOutcome: (o: PlanOutcome) => void,
  stdin?: string | Uint8Array,
): Promise<void> {
  const threads = Math.min(availableParallelism(), 8, Math.ceil(sources.length / 4));
  // Standard input (`-`) was read by this thread: such a batch stays here.
  const inProcess = stdin !== undefined || sources.length < MIN_PLANS_FOR_WORKERS || threads < 2;
  if (inProcess || !existsSync(fileURLToPath(workerUrl))) {
    for (const s of sources) onOutcome(planOutcome(await validateOne(s, stdin), rendering));
    return;
  }
  const outcomes: (PlanOutcome | undefined)[] = new Array(sources.length);
  let next = 0;
  let emitted = 0;
  const flush = () => {
    while (emitted < sources.length && outcomes[emitted]) {
      onOutcome(outcomes[emitted]!);
      outcomes[emitted++] = undefined;
    }
  };
  await new Promise<void>((resolve, reject) => {
    let running = threads;
    for (let t = 0; t < threads; t++) {
      const worker = new Worker(workerUrl, {
        workerData: rendering,
        resourceLimits: { maxYoungGenerationSizeMb: 64 },
      });
      let pending = 0;
      const feed = () => {
        while (pending < QUEUED_PER_WORKER && next < sources.length) {
          worker.postMessage({ index: next, source: sources[next++] });
          pending++;
        }
        if (pending === 0) worker.postMessage(null);
      };
      type Message = { index: number; flags?: Omit<PlanOutcome, "text">; bytes?: Uint8Array; error?: string };
      worker.on("message", (msg: Message) => {
        if (msg.error !== undefined) {
          void worker.terminate();
          reject(new Error(msg.error));
          return;
        }
        pending--;
        outcomes[msg.index] = { ...msg.flags!, text: decoder.decode(msg.bytes) };
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
