/** Worker thread of `validate --each`: validates the plans it is sent, one message per plan. */
import { parentPort } from "node:worker_threads";
import { validateOne } from "./validate-plan.js";

parentPort?.on("message", async (msg: { index: number; source: string } | null) => {
  if (msg === null) return parentPort?.close();
  try {
    parentPort?.postMessage({ index: msg.index, result: await validateOne(msg.source) });
  } catch (error) {
    parentPort?.postMessage({
      index: msg.index,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
  }
});
