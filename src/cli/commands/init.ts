/**
 * `pcapra init [dir] [--type sanitaire|medico-social]` (docs/cli.md). Standard output: the
 * written paths, one per line; messages on standard error.
 */
import { initPlan, type StarterType } from "../../init/index.js";
import type { Io } from "../io.js";

export interface InitArgs {
  dir: string;
  type: StarterType;
}

export async function initCommand(args: InitArgs, io: Io): Promise<number> {
  const result = await initPlan({ dir: args.dir, type: args.type, cwd: io.cwd });
  for (const path of result.written) io.stdout(path + "\n");
  for (const m of result.messages) io.stderr(`pcapra init\u00a0: ${m}\n`);
  return result.exitCode;
}
