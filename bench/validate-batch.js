// Benchmark: `pcapra validate --each` over N copies of the CH example (the ARS batch case).
// Usage: node bench/validate-batch.js [copies=2000]
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { run } from "../dist/cli/run.js";

const copies = Number(process.argv[2] ?? 2000);
const root = fileURLToPath(new URL("../", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "pcapra-batch-"));
for (let i = 0; i < copies; i++) {
  cpSync(join(root, "examples/ch-kerbrat"), join(dir, `ch-${String(i).padStart(4, "0")}`), {
    recursive: true,
  });
}
let out = "";
const io = {
  stdout: (t) => void (out += t),
  stderr: () => {},
  cwd: root,
  env: {},
  isTTY: false,
  readStdin: async () => "",
};
const t0 = performance.now();
const code = await run(["validate", "--each", "--format", "json", dir], io);
const ms = performance.now() - t0;
const summary = JSON.parse(out).summary;
rmSync(dir, { recursive: true, force: true });
console.log(
  `validate --each: ${copies} plans (ch-kerbrat, 8 fragments each) in ${(ms / 1000).toFixed(1)} s ` +
    `(${(ms / copies).toFixed(1)} ms/plan), exit ${code}, ${JSON.stringify(summary)}, ` +
    `rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`,
);
