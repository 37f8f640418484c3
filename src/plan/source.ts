/**
 * A plan argument of the command line: a path, or `-` for standard input (docs/cli.md). One
 * helper for every command that accepts `-` (`diff`, `validate -`), so they read stdin alike.
 */
import { loadPlan, loadPlanText, type LoadResult } from "./load.js";

/** The name diagnostics give to a plan read from standard input: what the user typed. */
export const stdinName = "-";

export async function loadPlanSource(path: string, readStdin: () => Promise<string>): Promise<LoadResult> {
  if (path !== stdinName) return loadPlan(path);
  return loadPlanText(await readStdin(), stdinName);
}
