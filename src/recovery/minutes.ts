import { parseDuration } from "../plan/duration.js";

/** Minutes of a duration, or `fallback` when absent or invalid (the schema reports those). */
export function minutesOr(text: unknown, fallback: number): number {
  if (text === undefined || text === null) return fallback;
  const r = parseDuration(text);
  return r.ok ? r.minutes : fallback;
}
