/** "Did you mean": the closest existing id, only when it is reasonably close. */

/** The id pattern of docs/plan-format.md. */
const validId = /^[a-z0-9][a-z0-9_.-]{0,63}$/;

/** Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  // Three rolling rows suffice for the transposition look-back.
  let prev2 = new Array<number>(cols).fill(0);
  let prev = Array.from({ length: cols }, (_, j) => j);
  for (let i = 1; i < rows; i++) {
    const cur = new Array<number>(cols).fill(0);
    cur[0] = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, prev2[j - 2] + 1);
      }
      cur[j] = d;
    }
    prev2 = prev;
    prev = cur;
  }
  return prev[cols - 1];
}

/**
 * The candidate closest to `typed` (compared lower-cased, since ids are lower case), when its
 * distance is at most max(2, ⌊length/3⌋) and smaller than the typed length (so `ab` does not
 * suggest `xy`); ties go to the smallest id by code unit. Undefined when nothing is close.
 */
export function closest(typed: string, candidates: Iterable<string>): string | undefined {
  const t = typed.toLowerCase();
  const limit = Math.max(2, Math.floor(t.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    // Never suggest an id that is itself invalid (`Médicaments`): it would be reported next.
    if (!validId.test(c)) continue;
    // Cheap bound: the length difference alone already exceeds the limit.
    if (Math.abs(c.length - t.length) > limit) continue;
    const d = editDistance(t, c);
    if (d > limit || d >= t.length) continue;
    if (d < bestDistance || (d === bestDistance && best !== undefined && c < best)) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}
