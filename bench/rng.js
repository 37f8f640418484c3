// Deterministic generator of bench plans: a linear congruential sequence, the same seed giving the
// same numbers on every machine. Shared by generate.js and shapes.js, each with its own `mix` of the
// seed, so a shape option draws from a sequence of its own and never shifts the plan's.

/** The sequence of `seed` (its first state: seed × mix + offset, on 32 bits). */
export function rng(seed, mix = 2654435761, offset = 0) {
  let s = (seed * mix + offset) >>> 0 || 1;
  const next = (n) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return Math.floor((s / 2 ** 32) * n);
  };
  return {
    int: next,
    pick: (list) => list[next(list.length)],
    chance: (p) => next(1_000_000) < p * 1_000_000,
  };
}
