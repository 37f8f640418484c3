/** What the CLI may touch of the outside world; tests pass their own. */
import { limits } from "../plan/limits.js";

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Standard output is a terminal (colours allowed unless NO_COLOR). */
  isTTY: boolean;
  /**
   * Reads all of standard input (for `-` arguments). May stop after a little more than the
   * per-file limit of docs/plan-format.md: the loader then reports the size.
   */
  readStdin(): Promise<string | Uint8Array>;
}

/**
 * The real process. A closed standard output (`pcapra validate … | head -1`) is not an error:
 * further output is dropped and the command ends with its own exit code, without a stack trace
 * (docs/cli.md). Standard error is treated the same way.
 */
export function processIo(): Io {
  let stdoutOpen = true;
  let stderrOpen = true;
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE" && e.code !== "ERR_STREAM_DESTROYED") throw e;
    stdoutOpen = false;
  });
  process.stderr.on("error", () => {
    stderrOpen = false;
  });
  return {
    stdout: (t) => void (stdoutOpen && process.stdout.write(t)),
    stderr: (t) => void (stderrOpen && process.stderr.write(t)),
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      let total = 0;
      for await (const c of process.stdin) {
        chunks.push(c as Buffer);
        total += (c as Buffer).length;
        // One byte past the limit is enough for the loader to report it; stop reading /dev/zero.
        if (total > limits.fileBytes) break;
      }
      // Bytes, not text: the loader checks the encoding as it does for a file.
      return Buffer.concat(chunks);
    },
  };
}

/** Exit codes of docs/cli.md. */
export const exitCodes = { ok: 0, invalid: 1, usage: 2 } as const;
