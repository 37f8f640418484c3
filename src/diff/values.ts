/**
 * When two plan values mean the same thing (docs/cli.md, `diff` is semantic): `4h` and `PT4H`,
 * `29 000 001 7` and `290000017`, `dependsOn: [a, b]` and `[b, a]`, mapping keys in any order.
 */
import { parseDuration } from "../plan/duration.js";
import { normalizeFiness } from "../plan/finess.js";

/** Keys holding a duration (docs/plan-format.md). */
const durationKeys = new Set(["rto", "mtpd", "rpo", "duration", "frequency", "retention", "maxDuration"]);
/** Keys holding a list of ids whose order carries no meaning. */
const idSetKeys = new Set(["dependsOn", "covers", "unavailable", "procedures"]);

export function isMapping(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Extension keys (`x-…`) are kept and ignored by pcapra (docs/plan-format.md): not a change either. */
export function meaningfulKeys(v: Record<string, unknown>): string[] {
  return Object.keys(v).filter((k) => !k.startsWith("x-"));
}

export function sameValue(key: string, a: unknown, b: unknown): boolean {
  if (durationKeys.has(key)) {
    const da = parseDuration(a);
    const db = parseDuration(b);
    if (da.ok && db.ok) return da.minutes === db.minutes;
  }
  if (key === "finess") {
    const fa = normalizeFiness(a);
    const fb = normalizeFiness(b);
    if (fa.ok && fb.ok) return fa.finess === fb.finess;
  }
  if (idSetKeys.has(key) && Array.isArray(a) && Array.isArray(b) && a.every((x) => typeof x === "string")) {
    const sa = [...new Set(a as string[])].sort();
    const sb = [...new Set(b as string[])].sort();
    return deepEqual(sa, sb);
  }
  return deepEqual(a, b);
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isMapping(a) && isMapping(b)) {
    const ka = meaningfulKeys(a);
    const kb = meaningfulKeys(b);
    return ka.length === kb.length && ka.every((k) => k in b && deepEqual(a[k], b[k]));
  }
  return false;
}
