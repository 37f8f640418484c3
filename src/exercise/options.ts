/**
 * Options of `pcapra exercise` (docs/exercise.md), checked before any work: a bad level,
 * duration, start time or format is a usage error (exit 2) that lists the valid choices.
 */
import { parseDuration } from "../plan/duration.js";
import type { ExerciseLevel } from "../plan/types.js";
import { formatDuration } from "../text/french.js";
import { MIN_DURATION_MINUTES, parseClock } from "./time.js";
import { exerciseLevels } from "./types.js";

export type KitFormat = "docx" | "pdf" | "json";

export interface RawExerciseOptions {
  level?: string;
  duration?: string;
  start?: string;
  /** As typed: `docx,pdf`, `json`, or an array of such (repeated flags). */
  format?: string | string[];
}

export interface ExerciseOptions {
  level: ExerciseLevel | null;
  durationMinutes: number | null;
  startMinutes: number | null;
  /** null = the default (docx and pdf). */
  formats: KitFormat[] | null;
}

const formats: readonly KitFormat[] = ["docx", "pdf", "json"];

export function parseExerciseOptions(
  raw: RawExerciseOptions,
): { options: ExerciseOptions } | { error: string } {
  let level: ExerciseLevel | null = null;
  if (raw.level !== undefined) {
    if (!(exerciseLevels as readonly string[]).includes(raw.level)) {
      return {
        error: `niveau inconnu «\u00a0${raw.level}\u00a0» (attendu\u00a0: ${exerciseLevels.join(", ")}).`,
      };
    }
    level = raw.level as ExerciseLevel;
  }
  let durationMinutes: number | null = null;
  if (raw.duration !== undefined) {
    const d = parseDuration(raw.duration);
    if (!d.ok) return { error: `--duration\u00a0: ${d.reason}.` };
    if (d.minutes < MIN_DURATION_MINUTES) {
      return {
        error:
          `--duration\u00a0: ${formatDuration(d.minutes)} est trop court, un exercice dure au moins 1\u00a0h ` +
          `(dont 30\u00a0min de RETEX à chaud).`,
      };
    }
    durationMinutes = d.minutes;
  }
  let startMinutes: number | null = null;
  if (raw.start !== undefined) {
    startMinutes = parseClock(raw.start);
    if (startMinutes === null) {
      return {
        error: `--start\u00a0: «\u00a0${raw.start}\u00a0» n’est pas une heure (attendu HH:MM, par exemple 09:00).`,
      };
    }
  }
  let chosen: KitFormat[] | null = null;
  if (raw.format !== undefined) {
    const items = (Array.isArray(raw.format) ? raw.format : [raw.format])
      .flatMap((v) => String(v).split(","))
      .map((v) => v.trim())
      .filter((v) => v !== "");
    const bad = items.find((v) => !(formats as readonly string[]).includes(v));
    if (bad !== undefined || items.length === 0) {
      return { error: `format inconnu «\u00a0${bad ?? ""}\u00a0» (attendu\u00a0: docx, pdf, ou json seul).` };
    }
    chosen = [...new Set(items as KitFormat[])];
    if (chosen.includes("json") && chosen.length > 1) {
      return {
        error:
          "--format json imprime les stimuli et n’écrit aucun document\u202f: ne le combinez pas avec docx ou pdf.",
      };
    }
  }
  return { options: { level, durationMinutes, startMinutes, formats: chosen } };
}
