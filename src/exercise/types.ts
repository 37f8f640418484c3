/**
 * The exercise kit's stimuli (docs/exercise.md): what `pcapra exercise` generates for one scenario
 * and one level, before any rendering. Times are whole minutes; every string is final French text.
 */
import type { FindingCode } from "../diagnostics/types.js";
import type { ExerciseLevel } from "../plan/types.js";

export const exerciseLevels: readonly ExerciseLevel[] = ["beginner", "intermediate", "confirmed"];

/** Kinds in the order of the stimulus table: this order breaks ties of simulated time. */
export const stimulusKinds = [
  "detection",
  "crisis-cell",
  "service-impact",
  "unreachable-holder",
  "notification",
  "recovery-plan",
  "late-restore",
  "backup-failure",
  "media",
  "end",
] as const;

export type StimulusKind = (typeof stimulusKinds)[number];

export type Channel = "Téléphone" | "Courriel" | "Oral" | "Message écrit";

export interface StimulusFinding {
  code: FindingCode;
  /** The finding's subject: an id, or the role's text for `missing-deputy`. */
  subject: string;
}

export interface Stimulus {
  /** 1…N in play order. */
  n: number;
  kind: StimulusKind;
  /** Simulated time since the incident; null for `end`. */
  simulatedMinutes: number | null;
  /** Minutes since the start of play. */
  gameMinutes: number;
  /** Wall clock of the game minute, `HH:MM`. */
  clock: string;
  /** Service id, role name, notification `who` or resource id depending on the kind; else null. */
  subject: string | null;
  sender: string;
  recipient: string;
  channel: Channel;
  message: string;
  /** One line each, naming the plan element it comes from. */
  expected: string[];
  findings: StimulusFinding[];
  /** Short title of the card (`Stimulus n – <title>`); not part of the JSON form. */
  title: string;
}

export interface ExerciseKit {
  scenario: string;
  level: ExerciseLevel;
  /** `HH:MM`. */
  start: string;
  /** Play length P = duration − 30 min (the last 30 minutes are the RETEX à chaud). */
  playMinutes: number;
  stimuli: Stimulus[];
}
