/**
 * French wording of the engine's messages (documents.md §1.5–1.6): the recovery phase must not
 * depend on the view layer, so it carries the few formats its messages need.
 */
export const NBSP = "\u00a0";
export const NNBSP = "\u202f";
export const MINUS = "\u2212";

/** A plan string between guillemets. */
export function q(text: string): string {
  return `«${NBSP}${text}${NBSP}»`;
}

/** Whole minutes as documents.md §1.6: `45 min`, `1 h 05`, `4 h`, `1 j 22 h 30`, `−1 h 30`. */
export function formatMinutes(minutes: number): string {
  if (minutes < 0) return MINUS + formatMinutes(-minutes);
  const m = Math.round(minutes);
  if (m === 0) return `0${NBSP}min`;
  const d = Math.floor(m / 1440);
  const h = Math.floor((m % 1440) / 60);
  const n = m % 60;
  const parts: string[] = [];
  if (d > 0) parts.push(`${d >= 10000 ? String(d).replace(/\B(?=(\d{3})+(?!\d))/g, NNBSP) : d}${NBSP}j`);
  if (h > 0) parts.push(n > 0 ? `${h}${NBSP}h${NBSP}${String(n).padStart(2, "0")}` : `${h}${NBSP}h`);
  else if (n > 0) parts.push(`${n}${NBSP}min`);
  return parts.join(NBSP);
}

const months = [
  "janvier",
  "février",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "août",
  "septembre",
  "octobre",
  "novembre",
  "décembre",
];

/** `2026-03-15` → `15 mars 2026`; day 1 → `1er mars 2026`. */
export function formatDate(date: string): string {
  const [y, m, d] = date.split("-").map(Number);
  return `${d === 1 ? "1er" : d}${NBSP}${months[m - 1]}${NBSP}${y}`;
}
