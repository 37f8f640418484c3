/**
 * Characters no document may carry (docs/plan-format.md « Caractères interdits »): XML 1.0 and
 * the DOCX/PDF outputs reject C0 controls other than tab and line feed, U+FFFE/U+FFFF and lone
 * surrogates; Graphviz stops at NUL. They are refused at load, at their position, and replaced by
 * U+FFFD in the loaded data so that no later phase can print them.
 */

/**
 * In the raw file: carriage return is allowed there, since YAML reads it as a line break (CRLF
 * files); the decoded text holds no lone surrogate (the UTF-8 check refused it).
 */
const rawForbidden = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
/** In a value, after YAML escapes (`"\r"`, `"\x00"`, `"\ud800"`) are decoded. */
const valueForbidden =
  /[\u0000-\u0008\u000b-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const valueForbiddenAll = new RegExp(valueForbidden.source, "g");

/** `U+001B`: how a message names a character (never the raw character). */
export function codePointName(ch: string): string {
  return "U+" + ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
}

export function invalidCharacterMessage(ch: string): string {
  return (
    `caractère interdit ${codePointName(ch)} (caractère de contrôle ou non-caractère)\u00a0: ` +
    `aucun document ne peut le contenir, retirez-le`
  );
}

/** Offsets of the forbidden characters of a raw file, at most `max` of them. */
export function rawInvalidCharacters(text: string, max: number): { offset: number; ch: string }[] {
  const out: { offset: number; ch: string }[] = [];
  rawForbidden.lastIndex = 0;
  for (let m = rawForbidden.exec(text); m && out.length < max; m = rawForbidden.exec(text))
    out.push({ offset: m.index, ch: m[0] });
  return out;
}

/** `text` with every forbidden raw character replaced by U+FFFD (same length: offsets survive). */
export function replaceRaw(text: string): string {
  return text.replace(rawForbidden, "\ufffd");
}

/** The first forbidden character of a decoded value, or null. */
export function firstInvalidInValue(value: string): string | null {
  const m = valueForbidden.exec(value);
  return m ? m[0] : null;
}

export function replaceInValue(value: string): string {
  return value.replace(valueForbiddenAll, "\ufffd");
}
