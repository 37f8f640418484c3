/** FINESS numbers: 9 characters, digits or `2A`/`2B` then 7 digits; spaces are removed. */
export type FinessResult = { ok: true; finess: string } | { ok: false; reason: string };

const finessRe = /^(?:\d{9}|2[AB]\d{7})$/;

export function normalizeFiness(input: unknown): FinessResult {
  if (typeof input === "number") {
    return {
      ok: false,
      reason:
        'le FINESS doit être écrit entre guillemets (sinon un zéro initial se perd) : finess: "010000024"',
    };
  }
  if (typeof input !== "string")
    return { ok: false, reason: "attendu un FINESS de 9 caractères entre guillemets" };
  const compact = input.replace(/\s+/g, "");
  if (!finessRe.test(compact)) {
    return {
      ok: false,
      reason: `« ${input} » n’est pas un FINESS : 9 chiffres, ou 2A/2B suivi de 7 chiffres pour la Corse`,
    };
  }
  return { ok: true, finess: compact };
}
