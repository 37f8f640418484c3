/**
 * `pcapra exercise <plan> --scenario id [--level …] [--duration d] [--start HH:MM] [--out dir]
 * [--format docx,pdf|json] [--templates dir]` (docs/exercise.md). Standard output: the JSON
 * form, or the written paths; diagnostics and messages on standard error.
 */
import type { Argv } from "yargs";
import { formatDiagnosticText } from "../../diagnostics/format.js";
import type { AnalyzeFn } from "../../analyze.js";
import type { Io } from "../io.js";

export interface ExerciseArgs {
  plan: string;
  scenario?: string;
  level?: string;
  duration?: string;
  start?: string;
  out?: string;
  format?: string | string[];
  templates?: string;
}

export async function exerciseCommand(args: ExerciseArgs, io: Io, analyze: AnalyzeFn): Promise<number> {
  // Imported on use: `pcapra --help` loads the CLI shell only (issue 10).
  const { runExercise } = await import("../../exercise/kit.js");
  const result = await runExercise(
    {
      path: args.plan,
      scenario: args.scenario,
      level: args.level,
      duration: args.duration,
      start: args.start,
      format: args.format,
      outDir: args.out ?? "out",
      templatesDir: args.templates,
    },
    analyze,
  );
  for (const d of result.diagnostics) io.stderr(formatDiagnosticText(d) + "\n");
  for (const m of result.messages) io.stderr(`pcapra exercise\u00a0: ${m}\n`);
  if (result.stdout !== null) io.stdout(result.stdout);
  for (const path of result.written) io.stdout(path + "\n");
  return result.exitCode;
}

/** The yargs declaration; registered by commands/index.ts in one line. */
export function registerExercise(y: Argv, io: Io, setExit: (code: number) => void, analyze: AnalyzeFn): void {
  y.command(
    "exercise <plan>",
    "Produit un kit d’exercice de crise adapté au plan, pour un scénario.",
    (c) =>
      c
        .positional("plan", { type: "string", demandOption: true, describe: "plan YAML ou dossier" })
        .option("scenario", { type: "string", describe: "identifiant du scénario joué (obligatoire)" })
        .option("level", { type: "string", describe: "niveau : beginner, intermediate ou confirmed" })
        .option("duration", {
          type: "string",
          describe: "durée totale, RETEX à chaud compris (défaut : 2 h, 3 h ou 4 h selon le niveau)",
        })
        .option("start", { type: "string", describe: "heure de début du jeu, HH:MM (défaut : 09:00)" })
        .option("out", { type: "string", default: "./out", describe: "dossier de sortie" })
        .option("format", {
          type: "string",
          describe: "formats : docx,pdf (défaut), ou json pour les stimuli",
        })
        .option("templates", {
          type: "string",
          describe: "dossier de modèles remplaçant ceux fournis, par nom de fichier",
        }),
    async (a) => {
      setExit(
        await exerciseCommand(
          {
            plan: a.plan as string,
            scenario: a.scenario,
            level: a.level,
            duration: a.duration,
            start: a.start,
            out: a.out,
            format: a.format,
            templates: a.templates,
          },
          io,
          analyze,
        ),
      );
    },
  );
}
