/**
 * The PDF thread's script (pdf-thread.ts starts it): loads the PDF renderer, pdf-lib, fontkit and
 * the regular and bold fonts while the main thread loads and analyses the plan, then renders the
 * jobs it receives, one after the other, and answers each with its bytes (moved, not copied) or
 * its failure.
 */
import { parentPort } from "node:worker_threads";
import { describeFailure, renderPdfJob, type JobFailure, type PdfJob, type PdfOutcome } from "./pdf-job.js";
import { pdfRenderer } from "./render.js";

export type JobRequest = { id: number; job: PdfJob };
export type JobReply = { id: number; outcome: PdfOutcome } | { id: number; failure: JobFailure };

const port = parentPort;
if (port) {
  // Jobs wait for the warm-up: the thread renders one job at a time, in the order received.
  let queue: Promise<unknown> = warmUp();
  port.on("message", ({ id, job }: JobRequest) => {
    queue = queue.then(async () => {
      let reply: JobReply;
      try {
        reply = { id, outcome: await renderPdfJob(job) };
      } catch (error) {
        reply = { id, failure: await describeFailure(error) };
      }
      port.postMessage(reply, "outcome" in reply ? movable(reply.outcome.bytes) : []);
    });
  });
}

/** What every PDF needs, loaded before the first job arrives (failures surface in that job). */
async function warmUp(): Promise<void> {
  try {
    await pdfRenderer();
    await import("../render/pdf/paint.js");
    const { fontOf } = await import("../render/pdf/fonts.js");
    fontOf("regular");
    fontOf("bold");
  } catch {
    // The job that needs what failed to load reports it.
  }
}

/** The buffer to move with the bytes, when they own all of it (never a pooled Buffer's slab). */
function movable(bytes: Uint8Array): ArrayBuffer[] {
  const buffer = bytes.buffer;
  return buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength
    ? [buffer]
    : [];
}
