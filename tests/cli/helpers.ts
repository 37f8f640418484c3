import { execFileSync, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { run } from "../../src/cli/run.js";
import type { Io } from "../../src/cli/io.js";

export const root = fileURLToPath(new URL("../../", import.meta.url));

/** Runs the CLI in-process with a captured Io. */
export async function cli(args: string[], env: Record<string, string> = {}) {
  let stdout = "";
  let stderr = "";
  const io: Io = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    cwd: root,
    env,
    isTTY: false,
    readStdin: async () => "",
  };
  const code = await run(args, io);
  return { code, stdout, stderr };
}

/** Runs the real installed binary (bin/pcapra.js over dist/), as a user would. */
export function bin(args: string[], cwd = root) {
  const r = spawnSync(process.execPath, [root + "bin/pcapra.js", ...args], { cwd, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** True when a Debian tool is on PATH. */
export function hasTool(name: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${name}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/**
 * Tests driving LibreOffice, Poppler, qpdf or Graphviz: in CI (CI=true) a missing tool is a
 * failure, never a skip; elsewhere the test is skipped with the reason.
 */
export function requireTool(name: string): boolean {
  if (hasTool(name)) return true;
  if (process.env.CI === "true") throw new Error(`outil manquant en CI : ${name} (voir .ci/run)`);
  return false;
}
