/**
 * French formats of docs/documents.md §1.6, shared by every phase that speaks to people (engine
 * messages, documents, CaRE report, terminal tables). NBSP joins numbers to units; NNBSP groups
 * thousands. Pure functions, no dependency: any layer may import them.
 */
export const NBSP = "\u00a0";
export const NNBSP = "\u202f";
export const MINUS = "\u2212";

/** Integer with U+202F grouping from 10 000 (`1500`, `12 000`). */
export function formatInteger(n: number): string {
  const s = String(Math.abs(Math.trunc(n)));
  const grouped = Math.abs(n) >= 10000 ? s.replace(/\B(?=(\d{3})+(?!\d))/g, NNBSP) : s;
  return (n < 0 ? MINUS : "") + grouped;
}

/** Duration in whole minutes (≥ 0): `45 min`, `1 h 05`, `4 h`, `1 j 30 min`, `1 j 22 h 30`. */
export function formatDuration(minutes: number): string {
  const m = Math.abs(Math.round(minutes));
  if (m === 0) return `0${NBSP}min`;
  const d = Math.floor(m / 1440);
  const h = Math.floor((m % 1440) / 60);
  const n = m % 60;
  const parts: string[] = [];
  if (d > 0) parts.push(`${formatInteger(d)}${NBSP}j`);
  if (h > 0) parts.push(n > 0 ? `${h}${NBSP}h${NBSP}${String(n).padStart(2, "0")}` : `${h}${NBSP}h`);
  else if (n > 0) parts.push(`${n}${NBSP}min`);
  return parts.join(NBSP);
}

/** Latest start: negative values get U+2212 (`−1 h 30`). */
export function formatSignedDuration(minutes: number): string {
  return minutes < 0 ? MINUS + formatDuration(-minutes) : formatDuration(minutes);
}

/** Gap: always signed except zero (`+2 h`, `−45 min`, `0 min`). */
export function formatGap(minutes: number): string {
  if (minutes === 0) return formatDuration(0);
  return (minutes > 0 ? "+" : MINUS) + formatDuration(Math.abs(minutes));
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
  const day = d === 1 ? "1er" : String(d);
  return `${day}${NBSP}${months[m - 1]}${NBSP}${y}`;
}

/** Share 0..1 → `18 %`, `< 1 %` for tiny positive values (half up after rounding to 9 decimals). */
export function formatPercent(value: number): string {
  const p = Math.round(value * 100 * 1e9) / 1e9;
  const rounded = Math.floor(p + 0.5);
  if (value > 0 && rounded === 0) return `<${NBSP}1${NBSP}%`;
  return `${formatInteger(rounded)}${NBSP}%`;
}

export function formatBoolean(value: boolean): string {
  return value ? "Oui" : "Non";
}

/**
 * Compact durations for terminals (docs/cli.md): `45min`, `2h30`, `4h`, `1j 4h`, `1j 22h30`, `-1h30`.
 * Documents use the spaced form above; this one keeps table columns narrow.
 */
export function formatCompactDuration(minutes: number): string {
  if (minutes < 0) return "-" + formatCompactDuration(-minutes);
  const m = Math.round(minutes);
  if (m === 0) return "0min";
  const d = Math.floor(m / 1440);
  const h = Math.floor((m % 1440) / 60);
  const n = m % 60;
  const parts: string[] = [];
  if (d > 0) parts.push(`${d}j`);
  if (h > 0) parts.push(n > 0 ? `${h}h${String(n).padStart(2, "0")}` : `${h}h`);
  else if (n > 0) parts.push(`${n}min`);
  return parts.join(" ");
}

/** A signed compact gap: `+2h`, `-45min`, `0min`. */
export function formatCompactGap(minutes: number): string {
  return minutes > 0 ? "+" + formatCompactDuration(minutes) : formatCompactDuration(minutes);
}

/** A plan string between guillemets with U+00A0 inside: `« name »`. */
export function quote(text: string): string {
  return `«${NBSP}${text}${NBSP}»`;
}

/**
 * A backup frequency in a sentence (docs/documents.md §1.6): `chaque heure`, `chaque jour`, `chaque
 * semaine`, else `toutes les <duration>` (never `toutes les 1 j`).
 */
export function formatFrequency(minutes: number): string {
  const m = Math.round(minutes);
  if (m === 60) return "chaque heure";
  if (m === 1440) return "chaque jour";
  if (m === 10080) return "chaque semaine";
  return `toutes les ${formatDuration(m)}`;
}
