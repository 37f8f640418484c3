/**
 * `pcapra diff <old> <new> [--format text|json]` (docs/cli.md): exit 0 whether or not the plans
 * differ, 1 when a plan is invalid (its errors on standard error), 2 for usage or unreadable
 * paths. `-` reads one of the two plans from standard input.
 */
import { analyzeLoaded, type Analysis } from "../../analyze.js";
import { formatDiagnosticText } from "../../diagnostics/format.js";
import { diffPlans, diffText } from "../../diff/index.js";
import { loadPlanSource, stdinName } from "../../plan/source.js";
import { exitCodes, type Io } from "../io.js";

export interface DiffArgs {
  old: string;
  new: string;
  format: "text" | "json";
}

export async function diffCommand(args: DiffArgs, io: Io): Promise<number> {
  if (args.old === stdinName && args.new === stdinName) {
    io.stderr(
      "pcapra diff\u00a0: un seul des deux plans peut venir de l’entrée standard («\u00a0-\u00a0»).\n",
    );
    return exitCodes.usage;
  }
  const analyses: Analysis[] = [];
  for (const path of [args.old, args.new]) {
    analyses.push(analyzeLoaded(await loadPlanSource(path, () => io.readStdin())));
  }
  const errors = analyses.flatMap((a) => a.diagnostics.filter((d) => d.severity === "error"));
  if (errors.length > 0) {
    for (const d of errors) io.stderr(formatDiagnosticText(d) + "\n");
    return errors.some((d) => d.code === "unreadable") ? exitCodes.usage : exitCodes.invalid;
  }
  const [before, after] = analyses;
  if (!before.recovery || !after.recovery) {
    io.stderr("pcapra diff\u00a0: erreur interne, l’analyse n’a produit aucun ordre de reprise.\n");
    return exitCodes.usage;
  }
  const diff = diffPlans(before, after);
  io.stdout(
    args.format === "json" ? JSON.stringify(diff, null, 2) + "\n" : diffText(diff, before.plan, after.plan),
  );
  return exitCodes.ok;
}
