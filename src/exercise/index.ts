/**
 * The exercise kit's stimulus generator (docs/exercise.md): a pure function of the plan, the
 * recovery result under the scenario, the findings, the scenario, the level, the duration and
 * the start time. No I/O, no clock: the same input gives the same stimuli.
 */
import { dayNumber } from "../plan/date.js";
import type { ExerciseLevel, Plan } from "../plan/types.js";
import { kitContext, type StimulusInput } from "./context.js";
import { crisisCell, detection, end, media, notifications, unreachableHolders } from "./stimuli-crisis.js";
import { backupFailure, lateRestores, recoveryPlan, serviceImpacts } from "./stimuli-recovery.js";
import { formatClock, RETEX_MINUTES, schedule } from "./time.js";
import type { ExerciseKit } from "./types.js";

export type { StimulusInput } from "./context.js";
export * from "./types.js";
export { formatClock, formatGameTime, MIN_DURATION_MINUTES, parseClock, RETEX_MINUTES } from "./time.js";

export interface KitTiming {
  /** Whole exercise, RETEX à chaud included (≥ 60 minutes). */
  durationMinutes: number;
  /** Start of play, minutes since midnight. */
  startMinutes: number;
}

/** Default duration per level: beginner 2 h, intermediate 3 h, confirmed 4 h. */
export const defaultDurationMinutes: Record<ExerciseLevel, number> = {
  beginner: 120,
  intermediate: 180,
  confirmed: 240,
};

/** Default start of play. */
export const DEFAULT_START = 9 * 60;

/**
 * Default level: the `level` of the first exercise of the scenario whose effective status is
 * `planned` (docs/documents.md §1.7), in plan order; else `intermediate`.
 */
export function defaultLevel(plan: Plan, scenarioId: string): ExerciseLevel {
  const today = dayNumber(plan.plan.date);
  const planned = (plan.exercises ?? []).find(
    (e) =>
      e.scenario === scenarioId &&
      (e.status ?? (dayNumber(e.date) <= today ? "done" : "planned")) === "planned",
  );
  return planned?.level ?? "intermediate";
}

export function generateExercise(input: StimulusInput, timing: KitTiming): ExerciseKit {
  const ctx = kitContext(input);
  const drafts = [
    ...detection(ctx),
    ...crisisCell(ctx),
    ...serviceImpacts(ctx),
    ...unreachableHolders(ctx),
    ...notifications(ctx),
    ...recoveryPlan(ctx),
    ...lateRestores(ctx),
    ...backupFailure(ctx),
    ...media(ctx),
    ...end(),
  ];
  const playMinutes = timing.durationMinutes - RETEX_MINUTES;
  return {
    scenario: input.scenario.id,
    level: input.level,
    start: formatClock(timing.startMinutes),
    playMinutes,
    stimuli: schedule(drafts, playMinutes, timing.startMinutes),
  };
}

/** The JSON form of docs/exercise.md, keys in the order it gives (the card title is left out). */
export function exerciseJson(kit: ExerciseKit): string {
  const out = {
    scenario: kit.scenario,
    level: kit.level,
    start: kit.start,
    playMinutes: kit.playMinutes,
    stimuli: kit.stimuli.map((s) => ({
      n: s.n,
      kind: s.kind,
      simulatedMinutes: s.simulatedMinutes,
      gameMinutes: s.gameMinutes,
      clock: s.clock,
      subject: s.subject,
      sender: s.sender,
      recipient: s.recipient,
      channel: s.channel,
      message: s.message,
      expected: s.expected,
      findings: s.findings.map((f) => ({ code: f.code, subject: f.subject })),
    })),
  };
  return JSON.stringify(out, null, 2) + "\n";
}
