/**
 * A plan argument of the command line: a path, or `-` for standard input (docs/cli.md). One
 * helper for every command that accepts `-` (`diff`, `validate -`), so they read stdin alike.
 */
import { loadPlan, loadPlanBytes, loadPlanText, type LoadResult } from "./load.js";

/** The name diagnostics give to a plan read from standard input: what the user typed. */
export const stdinName = "-";

export async function loadPlanSource(
  path: string,
  readStdin: () => Promise<string | Uint8Array>,
): Promise<LoadResult> {
  if (path !== stdinName) return loadPlan(path);
  const input = await readStdin();
  // Bytes from the real process: the encoding is checked as for a file.
  return typeof input === "string" ? loadPlanText(input, stdinName) : loadPlanBytes(input, stdinName);
}
