/**
 * Durations of docs/plan-format.md: `15min`, `4 h`, `1h30`, `1,5j`, `2sem`, `PT4H`, `P1DT12H`.
 * The value is whole minutes, the total rounded up.
 */
export type DurationResult = { ok: true; minutes: number } | { ok: false; reason: string };

const unitMinutes: Record<string, number> = {
  min: 1,
  mn: 1,
  h: 60,
  j: 1440,
  d: 1440,
  sem: 10080,
  w: 10080,
};

// One part: a number, optional spaces, a unit. Longer units first so `min` wins over nothing.
const partRe = /^(\d+(?:[.,]\d+)?)\s*(min|mn|sem|h|j|d|w)(?![a-z])/;
// `1h30`: an hour part followed directly by 1–2 digits and nothing else.
const hourMinutesRe = /^(\d+)\s*h\s*(\d{1,2})$/;
const isoRe =
  /^P(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?(?:T(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/;

const hint = "écrivez par exemple 4h, 30min, 1h30, 2j ou PT4H";

function num(text: string): number {
  return Number(text.replace(",", "."));
}

/** Round up to whole minutes, ignoring binary noise (0.1 h is 6 min, not 7). */
function ceilMinutes(value: number): number {
  return Math.ceil(Math.round(value * 1e6) / 1e6);
}

/**
 * Valid durations already read: a plan writes the same few (`4h`, `2j`) thousands of times, and
 * rules, engine and views read each several times. Bounded: a hostile plan cannot grow it.
 */
const known = new Map<string, DurationResult>();

export function parseDuration(input: unknown): DurationResult {
  if (typeof input === "string") {
    const hit = known.get(input);
    if (hit) return hit;
    const result = parseDurationText(input);
    if (result.ok && known.size < 4096) known.set(input, Object.freeze(result));
    return result;
  }
  return parseDurationText(input);
}

function parseDurationText(input: unknown): DurationResult {
  if (typeof input === "number") {
    return { ok: false, reason: "un nombre seul n’est pas une durée : ajoutez une unité (4h, 30min, 2j)" };
  }
  if (typeof input !== "string") return { ok: false, reason: `attendu une durée (${hint})` };
  const text = input.trim();
  if (text === "") return { ok: false, reason: `durée vide : ${hint}` };
  if (/^\d+(?:[.,]\d+)?$/.test(text)) {
    return { ok: false, reason: "un nombre seul n’est pas une durée : ajoutez une unité (4h, 30min, 2j)" };
  }
  if (text.startsWith("P")) return parseIso(text);

  let rest = text;
  let total = 0;
  while (rest.length > 0) {
    const hm = hourMinutesRe.exec(rest);
    if (hm) {
      total += Number(hm[1]) * 60 + Number(hm[2]);
      rest = "";
      break;
    }
    const m = partRe.exec(rest);
    if (!m) return { ok: false, reason: `« ${input} » n’est pas une durée : ${hint}` };
    total += num(m[1]) * unitMinutes[m[2]];
    rest = rest.slice(m[0].length).trimStart();
  }
  return { ok: true, minutes: ceilMinutes(total) };
}

function parseIso(text: string): DurationResult {
  const m = isoRe.exec(text);
  if (!m || text === "P" || text.endsWith("T")) {
    const why = /^P.*[YM]/.test(text.split("T")[0])
      ? "les années et les mois ne sont pas des durées acceptées"
      : `« ${text} » n’est pas une durée ISO 8601 acceptée`;
    return { ok: false, reason: `${why} : ${hint}` };
  }
  const [, w, d, h, min, s] = m;
  const total =
    (w ? num(w) * 10080 : 0) +
    (d ? num(d) * 1440 : 0) +
    (h ? num(h) * 60 : 0) +
    (min ? num(min) : 0) +
    (s ? num(s) / 60 : 0);
  return { ok: true, minutes: ceilMinutes(total) };
}

/** Minutes of a duration already validated; throws on an invalid one (a programming error). */
export function durationMinutes(text: string): number {
  const r = parseDuration(text);
  if (!r.ok) throw new Error(`durée invalide après validation : ${text}`);
  return r.minutes;
}
