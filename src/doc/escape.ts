/**
 * Escaping of plan data for the block language (docs/templates.md): every ASCII punctuation
 * character gets a backslash and every line break becomes `\n`, so a plan value can never open a
 * heading, a list, a table cell or bold text. The block parser undoes exactly this. U+FDD0, which
 * opens the engine's line markers (source.ts), is escaped too: a plan value never forges a position.
 */
const punctuation = /[!-/:-@[-`{-~\uFDD0]/g;

export function escapeBlockText(value: unknown): string {
  const text = value === null || value === undefined ? "" : String(value);
  return text
    .replace(/\r\n?/g, "\n")
    .replace(punctuation, (c) => "\\" + c)
    .replace(/\n/g, "\\n");
}
