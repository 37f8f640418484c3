/** The CLI in-process with a chosen working folder and standard input (init, diff). */
import { run } from "../../src/cli/run.js";
import type { Io } from "../../src/cli/io.js";
import { root } from "../cli/helpers.js";

export async function cliWith(args: string[], options: { cwd?: string; stdin?: string } = {}) {
  let stdout = "";
  let stderr = "";
  let stdinReads = 0;
  const io: Io = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    cwd: options.cwd ?? root,
    env: {},
    isTTY: false,
    readStdin: async () => {
      stdinReads++;
      return options.stdin ?? "";
    },
  };
  const code = await run(args, io);
  return { code, stdout, stderr, stdinReads };
}
