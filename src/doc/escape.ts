/**
 * Escaping of plan data for the block language (docs/templates.md): every ASCII punctuation
 * character gets a backslash and every line break becomes `\n`, so a plan value can never open a
 * heading, a list, a table cell or bold text. The block parser undoes exactly this. U+FDD0, which
 * opens the engine's line markers (source.ts), is escaped too: a plan value never forges a position.
 *
 * Every `{{value}}` of every template comes through here (some 300,000 values for a CHU PRA): one
 * pass over the characters, plain runs copied as slices, and the value itself returned when it
 * holds nothing to escape (no regular expression: a replace per value cost three times more).
 */
const BACKSLASH = "\\";
const CR = 13;
const LF = 10;
const MARK_OPEN = 0xfdd0;

/** ASCII punctuation: `!` to `/`, `:` to `@`, `[` to `` ` ``, `{` to `~`. */
const punctuation = new Uint8Array(128);
for (let c = 0x21; c <= 0x7e; c++) {
  const letterOrDigit = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (!letterOrDigit) punctuation[c] = 1;
}

export function escapeBlockText(value: unknown): string {
  const text = value === null || value === undefined ? "" : String(value);
  let out = "";
  let from = 0;
  for (let i = 0, length = text.length; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 ? punctuation[c] === 1 : c === MARK_OPEN) {
      out += text.slice(from, i) + BACKSLASH;
      from = i;
    } else if (c === LF || c === CR) {
      out += text.slice(from, i) + "\\n";
      // CR LF is one line break.
      if (c === CR && text.charCodeAt(i + 1) === LF) i++;
      from = i + 1;
    }
  }
  return out === "" ? text : out + text.slice(from);
}
