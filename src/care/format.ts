/** Number and date formats of the care report (French, no JS Date). */
import { NBSP as nbsp } from "../text/french.js";

/** Tenths of a percent of a share, rounded half up from the raw value (float noise removed first). */
export function tenthsOfPercent(share: number): number {
  const micro = Math.round(share * 1e6);
  return Math.floor((micro + 500) / 1000);
}

/** `0.7155` → `71,6` (one decimal, comma). */
export function percentNumber(share: number): string {
  const t = tenthsOfPercent(share);
  const sign = t < 0 ? "-" : "";
  const a = Math.abs(t);
  return `${sign}${Math.floor(a / 10)},${a % 10}`;
}

/** `0.7155` → `71,6 %` with a no-break space. */
export function percent(share: number): string {
  return `${percentNumber(share)}${nbsp}%`;
}

/** Rounded to 4 decimals, half up, for JSON. */
export function round4(x: number): number {
  const n = Math.round(x * 1e9);
  return Math.floor((n + 50_000) / 100_000) / 1e4;
}

/** Day number (days since 1970-01-01) back to `YYYY-MM-DD`. */
export function dateOfDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
