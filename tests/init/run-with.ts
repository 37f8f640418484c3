/** The CLI in-process with a chosen working folder and standard input (init, diff). */
import { run } from "../../src/cli/run.js";
import { root } from "../cli/helpers.js";
import { fakeIo } from "../helpers/io.js";

export async function cliWith(args: string[], options: { cwd?: string; stdin?: string } = {}) {
  const t = fakeIo({ cwd: options.cwd ?? root, stdin: options.stdin });
  const code = await run(args, t.io);
  return { code, stdout: t.out(), stderr: t.err(), stdinReads: t.stdinReads() };
}
