/** Calendar dates `YYYY-MM-DD`, kept as strings: no JS Date, no time zone. */
export type DateResult =
  { ok: true; year: number; month: number; day: number } | { ok: false; reason: string };

const dateRe = /^(\d{4})-(\d{2})-(\d{2})$/;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function parseDate(input: unknown): DateResult {
  if (typeof input !== "string")
    return { ok: false, reason: "attendu une date AAAA-MM-JJ, par exemple 2026-03-15" };
  const m = dateRe.exec(input);
  if (!m) return { ok: false, reason: `« ${input} » n’est pas une date AAAA-MM-JJ (exemple : 2026-03-15)` };
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, reason: `« ${input} » n’existe pas dans le calendrier` };
  }
  return { ok: true, year, month, day };
}

/** Days since 1970-01-01 of a valid `YYYY-MM-DD` (proleptic Gregorian, no time zone). */
export function dayNumber(date: string): number {
  let days = dayNumbers.get(date);
  if (days === undefined) {
    const [y, m, d] = date.split("-").map(Number);
    days = Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
    // Plans repeat a few dates (review, last test) thousands of times; bounded all the same.
    if (dayNumbers.size < 4096) dayNumbers.set(date, days);
  }
  return days;
}
const dayNumbers = new Map<string, number>();

/** Whole days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}
