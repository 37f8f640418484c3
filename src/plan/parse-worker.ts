/**
 * Worker thread of parallel-parse.ts: parses the fragments it is sent, as the main thread would
 * (parseYamlFile, same roads, same diagnostics), and sends back each one's diagnostics, line
 * starts and tree as a tape (tree-tape.ts), the typed arrays handed over rather than copied.
 */
import { parentPort } from "node:worker_threads";
import type { LineCounter } from "yaml";
import { SourceMap } from "./source-map.js";
import { encodeTree } from "./tree-tape.js";
import { parseYamlFile } from "./yaml-tree.js";

parentPort?.on("message", (msg: { index: number; file: string; text: string } | null) => {
  if (msg === null) return parentPort?.close();
  try {
    const map = new SourceMap();
    const parsed = parseYamlFile(msg.text, msg.file, map);
    const lineStarts = Int32Array.from((map.lines(0) as LineCounter).lineStarts);
    const tape = parsed.tree ? encodeTree(parsed.tree) : null;
    const buffers = tape ? [lineStarts.buffer, tape.ops.buffer, tape.numbers.buffer] : [lineStarts.buffer];
    const transfer = buffers as ArrayBuffer[];
    parentPort?.postMessage(
      { index: msg.index, diagnostics: parsed.diagnostics, lineStarts, tape },
      transfer,
    );
  } catch (error) {
    // The main thread parses this fragment itself.
    parentPort?.postMessage({ index: msg.index, error: String(error) });
  }
});
