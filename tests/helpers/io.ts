/** The one fake `Io` of the tests: what the CLI writes is recorded, nothing touches the terminal. */
import type { Io } from "../../src/cli/io.js";

export interface FakeIoOptions {
  /** Working folder the commands see (default `/`). */
  cwd?: string;
  env?: Record<string, string | undefined>;
  isTTY?: boolean;
  /** What `readStdin` returns (for `-` arguments): text, or bytes as read from a pipe. */
  stdin?: string | Uint8Array;
}

export interface FakeIo {
  io: Io;
  /** Every write, in order. */
  stdout: string[];
  stderr: string[];
  /** All of standard output / standard error, joined. */
  out(): string;
  err(): string;
  /** How many times the command read standard input. */
  stdinReads(): number;
}

export function fakeIo(options: FakeIoOptions = {}): FakeIo {
  const stdout: string[] = [];
  const stderr: string[] = [];
  let reads = 0;
  const io: Io = {
    stdout: (t) => void stdout.push(t),
    stderr: (t) => void stderr.push(t),
    cwd: options.cwd ?? "/",
    env: options.env ?? {},
    isTTY: options.isTTY ?? false,
    readStdin: async () => {
      reads++;
      return options.stdin ?? "";
    },
  };
  return {
    io,
    stdout,
    stderr,
    out: () => stdout.join(""),
    err: () => stderr.join(""),
    stdinReads: () => reads,
  };
}
