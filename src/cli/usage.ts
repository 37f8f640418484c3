/**
 * Usage checks that yargs cannot express (docs/cli.md « Erreurs d’usage »): they run while the
 * arguments are parsed, so a bad value stops the command before it reads or writes anything.
 * Each throws an Error whose message is the French usage message.
 */
import { readdirSync, statSync } from "node:fs";
import { ioReason } from "../plan/read-input.js";
import { visible as visibleArg } from "../text/visible.js";

const q = (s: string) => `«\u00a0${s}\u00a0»`;

/** `--csv-delimiter`: one character, neither a quote, a line break, a letter nor a digit. */
export function checkCsvDelimiter(value: unknown): void {
  const d = String(value ?? ";");
  const chars = [...d];
  if (chars.length !== 1 || /["\r\n\p{L}\p{N}]/u.test(d)) {
    throw new Error(
      `séparateur CSV invalide ${q(visibleArg(d))}\u00a0: donnez un seul caractère, ni guillemet, ni ` +
        `saut de ligne, ni lettre, ni chiffre (par exemple ; , | ou une tabulation)`,
    );
  }
}

/** Splits `a,b` lists (repeated flags allowed); throws on a value not in `allowed`. */
export function checkList(name: string, value: unknown, allowed: readonly string[]): void {
  if (value === undefined) return;
  const items = (Array.isArray(value) ? value : [value])
    .flatMap((v) => String(v).split(","))
    .map((v) => v.trim())
    .filter((v) => v !== "");
  const bad = items.find((v) => !allowed.includes(v));
  if (bad !== undefined)
    throw new Error(`${name} inconnu ${q(visibleArg(bad))} (attendu\u00a0: ${allowed.join(", ")})`);
  if (items.length === 0) throw new Error(`${name}\u00a0: liste vide (attendu\u00a0: ${allowed.join(", ")})`);
}

/** `--templates dir`: an existing, readable folder; anything else names the path. */
export function checkTemplatesDir(value: unknown): void {
  if (value === undefined) return;
  const dir = String(value);
  const prefix = `dossier de modèles (--templates) inutilisable`;
  try {
    if (!statSync(dir).isDirectory()) throw Object.assign(new Error(), { code: "ENOTDIR" });
    readdirSync(dir);
  } catch (e) {
    const code = (e as { code?: string }).code;
    const reason =
      code === "ENOTDIR" && statSafe(dir) ? `ce n’est pas un dossier\u00a0: ${dir}` : ioReason(e, dir);
    throw new Error(`${prefix}\u00a0: ${visibleArg(reason)}`);
  }
}

function statSafe(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Paths of `validate`: `-` (standard input) at most once. */
export function checkStdinOnce(paths: unknown): void {
  const list = Array.isArray(paths) ? paths : [];
  if (list.filter((p) => p === "-").length > 1)
    throw new Error("«\u00a0-\u00a0» (entrée standard) ne peut être donné qu’une fois");
}

/**
 * yargs' `fr` locale writes English punctuation (`'`, `"x"`, ` :`): French typography for the
 * user (style rules of README.md), the words unchanged.
 */
export function frenchUsage(message: string): string {
  return message
    .replace(/'/g, "\u2019")
    .replace(/"([^"\n]*)"/g, "«\u00a0$1\u00a0»")
    .replace(/[ \u00a0]?:(?=\s|$)/g, "\u00a0:");
}
