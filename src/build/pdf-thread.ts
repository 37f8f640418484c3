/**
 * PDFs rendered on a second thread (a worker thread running pdf-thread-entry.js), for two
 * reasons measured on the examples and the CHU plan: the PDF renderer's modules and fonts
 * (pdf-lib, fontkit, DejaVu: ≈0.1 s) load while the main thread loads and analyses the plan
 * instead of after it, and in a build of both formats a document's PDF is laid out and painted
 * while the main thread writes its DOCX. Same code, same bytes as rendering in this thread.
 *
 * Where the thread's script is absent — the library run from its TypeScript sources, as the
 * tests do —, on a single processor, or when a thread cannot start, `build` renders the PDFs in
 * its own thread, from the model it parses once for both formats.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { Plan } from "../plan/types.js";
import { failureError, type PdfJob, type PdfOutcome } from "./pdf-job.js";
import type { JobReply, JobRequest } from "./pdf-thread-entry.js";

export interface PdfThread {
  render(job: PdfJob): Promise<PdfOutcome>;
  /** Stops the thread; jobs still running are abandoned. */
  close(): Promise<void>;
}

/**
 * The PDF thread of a build in `formats`: started when the build writes DOCX too; none for a
 * PDF-only build, where the thread's start-up and second heap outweighed the loading it overlaps
 * (CH PCA: +0.02 s, +0.09 s of CPU), nor where the thread cannot run (undefined: render here).
 * Measured on a quiet 2-core machine (median of 5): the CHU plan's default build 3.83 → 3.39 s,
 * for +0.7 s of CPU (code shared by both formats — parsing, line breaking, column fitting — is
 * warmed up in both threads) and +150 MB of peak memory (396 → 547 MB: the second heap); the
 * CH example's 1.46 → 1.34 s, +0.14 s of CPU, +28 MB.
 */
export function pdfThreadFor(formats: readonly string[]): PdfThread | undefined {
  return formats.includes("pdf") && formats.includes("docx") ? startPdfThread() : undefined;
}

/**
 * Activities and resources beyond which a build renders its PDFs in its own thread after all:
 * the thread's second heap holds a PDF's layout while the main heap holds the DOCX of the same
 * document, and the peaks add up. Measured on generated plans (default build, peak memory
 * without → with the thread): CHU (1,900 activities and resources) 396 → 547 MB, four times the
 * CHU 1.4 → 1.8 GB, eight times 3.2 → 4.6 GB (72 → 56 s). Up to twice a large CHU the time is
 * worth the memory; a GHT-sized plan keeps to one heap.
 */
export const THREAD_PLAN_LIMIT = 4_000;

export function withinThreadLimit(plan: Plan): boolean {
  return plan.services.length + (plan.resources?.length ?? 0) <= THREAD_PLAN_LIMIT;
}

/** A PDF renderer on its own thread, started now so that it loads while the plan is analysed. */
export function startPdfThread(): PdfThread | undefined {
  const script = new URL("./pdf-thread-entry.js", import.meta.url);
  // Absent beside the TypeScript sources (the tests run them): the script is compiled JavaScript.
  if (!existsSync(fileURLToPath(script))) return undefined;
  // With one processor the thread would only add its start-up to the build.
  if (availableParallelism() < 2) return undefined;
  let worker: Worker;
  try {
    worker = new Worker(script);
  } catch {
    return undefined;
  }
  // The thread keeps the process alive only while a job is waiting for it.
  worker.unref();
  const pending = new Map<number, { resolve: (o: PdfOutcome) => void; reject: (e: Error) => void }>();
  let next = 0;
  let broken: Error | undefined;
  const settle = (id: number) => {
    const job = pending.get(id);
    pending.delete(id);
    if (pending.size === 0) worker.unref();
    return job;
  };
  const failAll = (error: Error) => {
    broken ??= error;
    for (const id of [...pending.keys()]) settle(id)?.reject(error);
  };
  worker.on("message", (reply: JobReply) => {
    const job = settle(reply.id);
    if (!job) return;
    if ("outcome" in reply) job.resolve(reply.outcome);
    else void failureError(reply.failure).then(job.reject);
  });
  worker.on("error", failAll);
  worker.on("exit", (code) => failAll(new Error(`le fil de rendu PDF s’est arrêté (code ${code})`)));
  return {
    render(job) {
      if (broken) return Promise.reject(broken);
      const id = next++;
      return new Promise<PdfOutcome>((resolve, reject) => {
        if (pending.size === 0) worker.ref();
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, job } satisfies JobRequest);
      });
    },
    close: async () => {
      await worker.terminate();
    },
  };
}
