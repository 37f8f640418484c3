/**
 * FINESS numbers: 9 characters, digits or `2A`/`2B` then 7 digits; spaces are removed. The ninth
 * digit is a Luhn check key over the nine digits (docs/plan-format.md); Corsican numbers (`2A`,
 * `2B`) are checked for shape only.
 */
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
  if (/^\d{9}$/.test(compact)) {
    const expected = luhnCheckDigit(compact.slice(0, 8));
    if (String(expected) !== compact[8]) {
      return {
        ok: false,
        reason:
          `«\u00a0${input}\u00a0» n’est pas un FINESS valide\u00a0: le 9e chiffre est une clé de contrôle, ` +
          `${expected} attendu ici et non ${compact[8]} (vérifiez le numéro dans le répertoire FINESS)`,
      };
    }
  }
  return { ok: true, finess: compact };
}

/** The Luhn digit that completes `digits` (the check digit is the rightmost, undoubled). */
export function luhnCheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    // From the right of the full number, every second digit (starting next to the key) doubles.
    const fromRight = digits.length - i;
    let d = Number(digits[i]);
    if (fromRight % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}
