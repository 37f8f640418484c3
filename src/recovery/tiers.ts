import type { Tier } from "./types.js";

/** Upper bounds of P1..P4 in minutes (4 h, 24 h, 72 h, 7 j); anything above is P5. */
const bounds: [Tier, number][] = [
  ["P1", 240],
  ["P2", 1440],
  ["P3", 4320],
  ["P4", 10080],
];

/** Tier of a deadline in minutes; `none` for null. */
export function tierOf(deadlineMinutes: number | null): Tier {
  if (deadlineMinutes === null) return "none";
  for (const [tier, max] of bounds) if (deadlineMinutes <= max) return tier;
  return "P5";
}
