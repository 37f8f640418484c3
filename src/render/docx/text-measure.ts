/**
 * Line breaking as the word processors do it, for the page estimate: Arial's exact advance widths
 * (arial-metrics.ts), lines filled word by word. A line breaks after a run of spaces — unless the
 * next character may not start a line (`? ! ; : , . ) ] }`, Unicode line-breaking classes EX, IS,
 * CL, CP: French puts a space before `?` but the pair never parts) — and after a hyphen not
 * followed by a digit; never at a no-break space (U+00A0, U+202F). A word longer than the line is
 * cut between characters.
 */
import type { Inline } from "../../doc/model.js";
import { advanceEm } from "./arial-metrics.js";

/**
 * A line holds what is narrower than its width by a hair: LibreOffice keeps a 1,280.65-twip line
 * in 1,281 twips but breaks one of 1,280.92 (and 1,470.85 in 1,471), within its rounding.
 */
const FIT_SLACK = 0.0125;
const NO_BREAK_BEFORE = new Set(["?", "!", ";", ":", ",", ".", ")", "]", "}"]);
const SPACE = new Set([" ", "\t"]);

/** Lines taken by `inlines` at `size` points in `width` points; each line break starts a line. */
export function wrapLines(inlines: Inline[] | string, width: number, size: number, bold = false): number {
  const parts: Inline[] = typeof inlines === "string" ? [{ type: "text", text: inlines }] : inlines;
  const limit = width - FIT_SLACK;
  // Most table cells hold one short line: measured without building anything.
  if (fitsOnOneLine(parts, limit, size, bold)) return 1;
  const chars: string[] = [];
  const weights: boolean[] = [];
  for (const inline of parts) {
    const text = inline.type === "break" ? "\n" : inline.text;
    const b = bold || (inline.type === "text" && !!inline.bold);
    for (const ch of text) {
      chars.push(ch);
      weights.push(b);
    }
  }
  let lines = 1;
  let line = 0; // width of the current line, spaces after its last word included
  let word = 0; // width of the piece being read (no break inside)
  let pieceStart = 0; // index of its first character
  let spaces = 0; // spaces read after the piece, before knowing whether a break may follow
  const placeWord = (end: number): void => {
    if (word === 0) return;
    // The spaces before the word count; those ending a line hang in the margin.
    if (line > 0 && line + word > limit) {
      lines++;
      line = 0;
    }
    if (word > limit) {
      // Longer than a line: cut between characters, each line filled as far as it goes.
      for (let k = pieceStart; k < end; k++) {
        const w = SPACE.has(chars[k]) ? 0 : advanceEm(chars[k], weights[k]) * size;
        if (line > 0 && line + w > limit) {
          lines++;
          line = 0;
        }
        line += w;
      }
    } else line += word;
    word = 0;
  };
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (ch === "\n") {
      placeWord(i);
      lines++;
      line = 0;
      spaces = 0;
      continue;
    }
    const w = advanceEm(ch, weights[i]) * size;
    if (SPACE.has(ch)) {
      spaces += w;
      continue;
    }
    if (spaces > 0) {
      if (NO_BREAK_BEFORE.has(ch) && word > 0) word += spaces;
      else {
        placeWord(i);
        line += spaces;
      }
      spaces = 0;
    }
    if (word === 0) pieceStart = i;
    word += w;
    if (ch === "-" && !/[0-9]/.test(chars[i + 1] ?? "")) placeWord(i + 1);
  }
  placeWord(chars.length);
  return lines;
}

function fitsOnOneLine(parts: Inline[], limit: number, size: number, bold: boolean): boolean {
  let em = 0;
  const max = limit / size;
  for (const inline of parts) {
    if (inline.type === "break") return false;
    const b = bold || !!inline.bold;
    for (const ch of inline.text) {
      if (ch === "\n") return false;
      em += advanceEm(ch, b);
      if (em > max) return false;
    }
  }
  return true;
}

/** Width in points of a single line of text. */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += advanceEm(ch, bold);
  return em * size;
}
