/**
 * The time model of docs/exercise.md: play order by simulated time, then evenly paced game
 * minutes (detection at 0, end at P, the others from 10 to P − 20), wall clock from `start`.
 */
import type { Draft } from "./stimuli-crisis.js";
import { stimulusKinds, type Stimulus } from "./types.js";

/** The RETEX à chaud takes the last 30 minutes of the exercise. */
export const RETEX_MINUTES = 30;
/** Shortest exercise: one hour (30 minutes of play, 30 of RETEX). */
export const MIN_DURATION_MINUTES = 60;

/** `HH:MM` or `H:MM` → minutes since midnight; null when not a time of day. */
export function parseClock(text: string): number | null {
  const m = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(text.trim());
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** Minutes since midnight → `HH:MM` (past midnight wraps to the next day's clock). */
export function formatClock(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}

/** Game time as printed on cards and in the chronogram: `T+1:25`. */
export function formatGameTime(minutes: number): string {
  return `T+${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, "0")}`;
}

/** round5((P − 30) × j / d): nearest multiple of 5, halves up, in exact integer arithmetic. */
function round5(numerator: number, denominator: number): number {
  // x / 5 + 1/2 = (2 × numerator + 5 × denominator) / (10 × denominator)
  return 5 * Math.floor((2 * numerator + 5 * denominator) / (10 * denominator));
}

const kindOrder = new Map(stimulusKinds.map((k, i) => [k, i]));

/** Play order: (S, table order, position), `end` last. */
export function playOrder(drafts: Draft[]): Draft[] {
  return [...drafts].sort((a, b) => {
    if ((a.kind === "end") !== (b.kind === "end")) return a.kind === "end" ? 1 : -1;
    return (
      (a.simulatedMinutes ?? 0) - (b.simulatedMinutes ?? 0) ||
      kindOrder.get(a.kind)! - kindOrder.get(b.kind)! ||
      a.position - b.position
    );
  });
}

/**
 * Numbers the stimuli and sets their game minutes: the first (detection) at 0, the last (end)
 * at P, the K between them at 10 + round5((P − 30) × j / max(K − 1, 1)).
 */
export function schedule(drafts: Draft[], playMinutes: number, start: number): Stimulus[] {
  const ordered = playOrder(drafts);
  const k = Math.max(ordered.length - 2, 0);
  return ordered.map((d, i) => {
    const last = i === ordered.length - 1 && d.kind === "end";
    const gameMinutes =
      i === 0 && d.kind !== "end"
        ? 0
        : last
          ? playMinutes
          : 10 + round5((playMinutes - 30) * (i - 1), Math.max(k - 1, 1));
    const { position: _position, ...rest } = d;
    return {
      n: i + 1,
      kind: rest.kind,
      simulatedMinutes: rest.simulatedMinutes,
      gameMinutes,
      clock: formatClock(start + gameMinutes),
      subject: rest.subject,
      sender: rest.sender,
      recipient: rest.recipient,
      channel: rest.channel,
      message: rest.message,
      expected: rest.expected,
      findings: rest.findings,
      title: rest.title,
    };
  });
}
