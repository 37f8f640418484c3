/**
 * Worker thread of `validate --each`: validates the plans it is sent, one message per plan, and
 * sends back each plan's printed form (validate-plan.ts, PlanOutcome). Modules and the schema
 * validator are loaded once per worker, not per plan.
 */
import { parentPort, workerData } from "node:worker_threads";
import { planOutcome, validateOne, type Rendering } from "./validate-plan.js";

const rendering = workerData as Rendering;
const encoder = new TextEncoder();

parentPort?.on("message", async (msg: { index: number; source: string } | null) => {
  if (msg === null) return parentPort?.close();
  try {
    const { text, ...flags } = planOutcome(await validateOne(msg.source), rendering);
    // The text goes as UTF-8 bytes whose buffer is handed over, not copied: cloning a 100 KB
    // string per plan was a tenth of a worker's time.
    const bytes = encoder.encode(text);
    parentPort?.postMessage({ index: msg.index, flags, bytes }, [bytes.buffer]);
  } catch (error) {
    parentPort?.postMessage({
      index: msg.index,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
  }
});
