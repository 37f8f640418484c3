/**
 * The fragments of a large plan parsed on two cores (docs/architecture.md, « Chargement en
 * parallèle »). The yaml library's Parser is most of the loading time and runs on one thread; a
 * plan of several large fragments (20,000 resources: 9 MB in 9 files) gives about half of its
 * bytes to one worker thread while the main thread parses the rest. The worker runs the same
 * parseYamlFile and returns the same diagnostics, the line starts of its file and the tree as a
 * tape (tree-tape.ts); the main thread registers each file at its place in the file order, so
 * file indexes, positions, diagnostics and their order are those of a sequential load.
 * If the worker cannot start or fails on a fragment, the main thread parses that fragment.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { isMainThread, Worker } from "node:worker_threads";
import { LineCounter } from "yaml";
import type { Diagnostic } from "../diagnostics/types.js";
import { decodeTree, type Tape } from "./tree-tape.js";
import type { SourceMap } from "./source-map.js";
import type { FileTree } from "./yaml-tree.js";

const workerUrl = new URL("./parse-worker.js", import.meta.url);
/**
 * Below this many bytes in all, the worker (≈ 50 ms of CPU to start, its own heap) costs more
 * than it saves: the CHU plan (0.8 MB) and every plan of a batch are parsed on one thread.
 */
export const PARALLEL_MIN_BYTES = 2 * 1024 * 1024;

type Reply = {
  index: number;
  error?: string;
  diagnostics?: Diagnostic[];
  lineStarts?: Int32Array;
  tape?: Tape | null;
};

export interface FragmentParser {
  /** Whether fragment `i` (in file order) is parsed by the worker. */
  remote(i: number): boolean;
  /** Hands fragment `i` to the worker (its BOM already removed). */
  send(i: number, file: string, text: string): void;
  /** Fragment `i` registered as file `fileIndex` of `map`, or undefined: parse it here. */
  result(i: number, map: SourceMap, fileIndex: number): Promise<FileTree | undefined>;
  /** Ends the worker (once every result is in). */
  close(): void;
}

/**
 * A parser for fragments of these sizes (bytes, in file order), or null when one thread will do:
 * a small plan, a single fragment, one core, or not on the main thread (validate --each workers).
 */
export function fragmentParser(sizes: number[], force = false): FragmentParser | null {
  const total = sizes.reduce((s, n) => s + n, 0);
  if (
    !force &&
    (!isMainThread || sizes.length < 2 || total < PARALLEL_MIN_BYTES || availableParallelism() < 2)
  )
    return null;
  // Running from TypeScript sources (tests) there is no worker script: one thread.
  if (!existsSync(fileURLToPath(workerUrl))) return null;
  const remote = split(sizes);
  if (!remote.some(Boolean)) return null;
  let worker: Worker;
  try {
    worker = new Worker(workerUrl);
  } catch {
    return null;
  }
  const waiting = new Map<number, (r: Reply | undefined) => void>();
  const replies = new Map<number, Reply | undefined>();
  const settle = (index: number, reply: Reply | undefined) => {
    const resolve = waiting.get(index);
    if (resolve) {
      waiting.delete(index);
      resolve(reply);
    } else replies.set(index, reply);
  };
  let failed = false;
  const fail = () => {
    // Every fragment not yet back is parsed on the main thread.
    failed = true;
    for (const [index, resolve] of waiting) (waiting.delete(index), resolve(undefined));
  };
  worker.on("message", (r: Reply) => settle(r.index, r.error === undefined ? r : undefined));
  worker.on("error", fail);
  worker.on("exit", fail);
  const sent = new Set<number>();
  return {
    remote: (i) => remote[i] === true,
    send(i, file, text) {
      sent.add(i);
      worker.postMessage({ index: i, file, text });
    },
    async result(i, map, fileIndex) {
      let reply: Reply | undefined;
      if (replies.has(i)) reply = replies.get(i);
      else if (failed || !sent.has(i)) reply = undefined;
      else reply = await new Promise<Reply | undefined>((resolve) => waiting.set(i, resolve));
      replies.delete(i);
      if (!reply) return undefined;
      const lines = new LineCounter();
      lines.lineStarts = Array.from(reply.lineStarts!);
      map.setLines(fileIndex, lines);
      return { tree: reply.tape ? decodeTree(reply.tape, fileIndex) : null, diagnostics: reply.diagnostics! };
    },
    close() {
      worker.removeAllListeners("exit");
      void worker.terminate();
    },
  };
}

/**
 * Which fragments go to the worker: largest first, each to the thread with less work so far.
 * The worker's share counts a little more: it starts later, and its trees are read back here.
 */
function split(sizes: number[]): boolean[] {
  const order = sizes.map((_, i) => i).sort((a, b) => sizes[b] - sizes[a] || a - b);
  const remote: boolean[] = new Array(sizes.length).fill(false);
  let here = 0;
  let there = 0;
  for (const i of order) {
    if (there * 1.15 < here) {
      remote[i] = true;
      there += sizes[i];
    } else here += sizes[i];
  }
  return remote;
}
