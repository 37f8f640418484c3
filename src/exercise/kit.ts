/**
 * `pcapra exercise` (docs/exercise.md): options checked first, then one analysis under the
 * scenario, the stimuli, and either their JSON form or the kit's documents written atomically
 * as `<finess>-exercise-<scenario id>-v<version>.<ext>`. Returns values; the CLI prints them.
 */
import { renderKit, type KitDocFormat } from "./render.js";
import { viewInput } from "../build/index.js";
import { fileFiness, renderFailure, writeOutputs } from "../build/outputs.js";
import type { Diagnostic } from "../diagnostics/types.js";
import { hasErrors } from "../diagnostics/format.js";
import { outputFileName } from "../output/index.js";
import type { AnalyzeFn } from "../analyze.js";
import { composeExercise } from "./document.js";
import {
  DEFAULT_START,
  defaultDurationMinutes,
  defaultLevel,
  exerciseJson,
  generateExercise,
} from "./index.js";
import { parseExerciseOptions, type RawExerciseOptions } from "./options.js";

export interface ExerciseRunInput extends RawExerciseOptions {
  path: string;
  scenario?: string;
  outDir: string;
  templatesDir?: string;
}

export interface ExerciseRunResult {
  /** The JSON form (`--format json`), else null. */
  stdout: string | null;
  written: string[];
  diagnostics: Diagnostic[];
  /** French lines for standard error (usage errors, notes). */
  messages: string[];
  exitCode: 0 | 1 | 2;
}

function usage(message: string, diagnostics: Diagnostic[] = []): ExerciseRunResult {
  return { stdout: null, written: [], diagnostics, messages: [message], exitCode: 2 };
}

export async function runExercise(input: ExerciseRunInput, analyze: AnalyzeFn): Promise<ExerciseRunResult> {
  const parsed = parseExerciseOptions(input);
  if ("error" in parsed) return usage(parsed.error);
  const options = parsed.options;
  const asked = options.formats ?? ["docx", "pdf"];

  const analysis = await analyze(input.path, { scenario: input.scenario ?? null });
  const plan = analysis.plan;
  if (!plan) {
    // docs/cli.md: an unreadable path is exit 2, an invalid plan exit 1.
    const unreadable = analysis.diagnostics.some((d) => d.code === "unreadable");
    return {
      stdout: null,
      written: [],
      diagnostics: analysis.diagnostics,
      messages: [],
      exitCode: unreadable ? 2 : 1,
    };
  }
  const ids = (plan.scenarios ?? []).map((s) => s.id);
  if (ids.length === 0) {
    return usage(
      "le plan ne décrit aucun scénario\u202f: ajoutez un scénario (clé scenarios) pour préparer un exercice.",
    );
  }
  const scenario = (plan.scenarios ?? []).find((s) => s.id === input.scenario);
  if (input.scenario === undefined || input.scenario === "") {
    return usage(
      `indiquez le scénario à jouer avec --scenario (scénarios du plan\u00a0: ${ids.join(", ")}).`,
    );
  }
  if (!scenario) {
    return usage(
      `le scénario «\u00a0${input.scenario}\u00a0» n’existe pas dans le plan (scénarios du plan\u00a0: ${ids.join(", ")}).`,
    );
  }
  const diagnostics = analysis.diagnostics;
  if (hasErrors(diagnostics) || !analysis.recovery || !analysis.map) {
    return { stdout: null, written: [], diagnostics, messages: [], exitCode: 1 };
  }

  const level = options.level ?? defaultLevel(plan, scenario.id);
  const startMinutes = options.startMinutes ?? DEFAULT_START;
  const kit = generateExercise(
    { plan, recovery: analysis.recovery, findings: analysis.findings, scenario, level },
    { durationMinutes: options.durationMinutes ?? defaultDurationMinutes[level], startMinutes },
  );
  if (asked.includes("json"))
    return { stdout: exerciseJson(kit), written: [], diagnostics, messages: [], exitCode: 0 };

  const view = viewInput(
    input.path,
    { ...analysis, plan, recovery: analysis.recovery, map: analysis.map },
    scenario,
  );
  const formats = asked.filter((f): f is KitDocFormat => f !== "json");
  const messages: string[] = [];
  const rendered: { format: KitDocFormat; bytes: Uint8Array }[] = [];
  try {
    const doc = composeExercise(view, scenario, kit, startMinutes, input.templatesDir);
    for (const format of formats) rendered.push({ format, bytes: await renderKit(doc, format, messages) });
  } catch (error) {
    const failure = renderFailure(error, plan, analysis.map);
    if (failure === null) throw error;
    return failure.exitCode === 2
      ? usage(failure.message, diagnostics)
      : { stdout: null, written: [], diagnostics, messages: [failure.message], exitCode: 1 };
  }

  const finess = fileFiness(plan);
  const { written, error } = await writeOutputs(
    input.outDir,
    rendered.map(({ format, bytes }) => ({
      name: outputFileName(finess, `exercise-${scenario.id}`, plan.plan.version, format),
      bytes,
    })),
  );
  if (error !== null) return { ...usage(error, diagnostics), written };
  return { stdout: null, written, diagnostics, messages, exitCode: 0 };
}
