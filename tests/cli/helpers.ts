import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { run } from "../../src/cli/run.js";
import { fakeIo } from "../helpers/io.js";

export const root = fileURLToPath(new URL("../../", import.meta.url));

/** Runs the CLI in-process with a captured Io. */
export async function cli(args: string[], env: Record<string, string> = {}) {
  const t = fakeIo({ cwd: root, env });
  const code = await run(args, t.io);
  return { code, stdout: t.out(), stderr: t.err() };
}

/** Runs the real installed binary (bin/pcapra.js over dist/), as a user would. */
export function bin(args: string[], cwd = root) {
  const r = spawnSync(process.execPath, [root + "bin/pcapra.js", ...args], { cwd, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
