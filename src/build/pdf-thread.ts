/**
 * PDFs rendered on a second thread (a worker thread running pdf-thread-entry.js), for two
 * reasons measured on the examples and the CHU plan: the PDF renderer's modules and fonts
 * (pdf-lib, fontkit, DejaVu: ≈0.1 s) load while the main thread loads and analyses the plan
 * instead of after it, and in a build of both formats a document's PDF is laid out and painted
 * while the main thread writes its DOCX. Same code, same bytes as rendering in this thread.
 *
 * Where the thread's script is absent — the library run from its TypeScript sources, as the
 * tests do —, on a single processor, or when a thread cannot start, jobs are rendered in this
 * thread.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { failureError, renderPdfJob, type PdfJob, type PdfOutcome } from "./pdf-job.js";
import type { JobReply, JobRequest } from "./pdf-thread-entry.js";

export interface PdfRenderer {
  /** Whether jobs run beside this thread (else each holds it until its PDF is done). */
  threaded: boolean;
  render(job: PdfJob): Promise<PdfOutcome>;
  /** Stops the thread; jobs still running are abandoned. */
  close(): Promise<void>;
}

const inThisThread: PdfRenderer = { threaded: false, render: renderPdfJob, close: async () => {} };

/**
 * The PDF renderer of a build in `formats`: on its own thread when the build writes DOCX too
 * (measured on the CHU plan's default build: 4.0 → 3.1 s, +0.1 s of CPU); in this thread for a
 * PDF-only build, where the thread's start-up and its second heap (+25 MB) outweighed the
 * loading it overlaps (0.49 → 0.48 s, +0.08 s of CPU, on the CH example's PCA).
 */
export function pdfRendererFor(formats: readonly string[]): PdfRenderer | undefined {
  if (!formats.includes("pdf")) return undefined;
  return formats.includes("docx") ? startPdfRenderer() : inThisThread;
}

/** A PDF renderer on its own thread, started now so that it loads while the plan is analysed. */
export function startPdfRenderer(): PdfRenderer {
  const script = new URL("./pdf-thread-entry.js", import.meta.url);
  if (!script.pathname.endsWith(".js") || !existsSync(fileURLToPath(script))) return inThisThread;
  // With one processor the thread would only add its start-up to the build.
  if (availableParallelism() < 2) return inThisThread;
  let worker: Worker;
  try {
    worker = new Worker(script);
  } catch {
    return inThisThread;
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
    threaded: true,
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
