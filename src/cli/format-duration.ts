/**
 * Compact durations for terminals (cli.md): `45min`, `2h30`, `4h`, `1j 4h`, `1j 22h30`, `-1h30`.
 * Documents use the spaced form of documents.md §1.6 instead; this one keeps table columns narrow.
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

/** A signed gap: `+2h`, `-45min`, `0min`. */
export function formatCompactGap(minutes: number): string {
  return minutes > 0 ? "+" + formatCompactDuration(minutes) : formatCompactDuration(minutes);
}
