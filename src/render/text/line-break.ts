/**
 * Line breaking shared by both backends: the DOCX page estimate (docx/text-measure.ts, with
 * Arial's widths) and the PDF layout (pdf/text-lines.ts, with DejaVu Sans's). The metrics are a
 * parameter; the break rules are one copy. They are the part of Unicode line breaking (UAX #14)
 * that French documents exercise, tailored as word processors do: a line breaks after a run of
 * spaces (class SP) — unless the next character may not start a line (`? ! ; : , . ) ] }`,
 * classes EX, IS, CL, CP: French puts a space before `?` but the pair never parts) — and after a
 * hyphen (BA) not followed by a digit; never at a no-break space (U+00A0, U+202F: class GL, so a
 * number stays with its unit, docs/documents.md §1.5). A word
 * longer than the line is cut between characters rather than overflowing.
 */

/**
 * Advance widths, in em, of the fonts of one backend, by code point: the measuring loops read
 * `charCodeAt` and never build a one-character string (on a CHU plan, column fitting alone built
 * millions of them).
 */
export interface FontMetrics {
  /** Advance of the character of code point `code`; 0 for a character the font cannot draw. */
  advanceOfCode(code: number, bold: boolean, italic: boolean): number;
  /**
   * The same advances for the BMP, by code unit, for loops over many characters: an entry that
   * is not a number ≥ 0 (not looked up yet, or no glyph) is asked of `advanceOfCode`.
   */
  bmpAdvances(bold: boolean, italic: boolean): Float64Array;
}

/**
 * A line holds what is narrower than its width by a hair: LibreOffice keeps a 1,280.65-twip line
 * in 1,281 twips but breaks one of 1,280.92 (and 1,470.85 in 1,471), within its rounding.
 */
export const FIT_SLACK = 0.0125;
/** `? ! ; : , . ) ] }`: a switch rather than a `Set` (no hashing in the line breaker's loop). */
function noBreakBefore(code: number): boolean {
  switch (code) {
    case 0x3f:
    case 0x21:
    case 0x3b:
    case 0x3a:
    case 0x2c:
    case 0x2e:
    case 0x29:
    case 0x5d:
    case 0x7d:
      return true;
    default:
      return false;
  }
}
const NEWLINE = 0x0a;
/** `@ . / -`: where an address too long for its line is best cut. */
const SOFT = new Set([0x40, 0x2e, 0x2f, 0x2d]);
const HYPHEN = 0x2d;

/** A space or a tab (a line may break after them; never after U+00A0 or U+202F). */
export const isSpace = (code: number): boolean => code === 0x20 || code === 0x09;
const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

/**
 * Where each line starts, as indices into `codes` (code points; the first start is 0), for
 * characters of the given advances (points) in lines of `width` points. A `\n` ends its line; the
 * spaces that end a line stay on it (they hang in the margin) and the `\n` too: the caller trims.
 */
export function lineStarts(
  codes: ArrayLike<number>,
  advances: ArrayLike<number>,
  width: number,
  length: number = codes.length,
  softCuts = false,
): number[] {
  const limit = width - FIT_SLACK;
  const starts = [0];
  // Plain locals and a loop rather than a closure: doubles captured by a closure are boxed at
  // every write, and this runs for every paragraph and cell of a document.
  let line = 0; // width of the current line, spaces after its last word included
  let word = 0; // width of the piece being read (no break inside)
  let pieceStart = 0; // index of its first character
  let spaces = 0; // spaces read after the piece, before knowing whether a break may follow
  // Each step either places the piece read so far (ending at `end`) or reads one character.
  for (let i = 0; i <= length; i++) {
    let end = -1; // where the piece to place ends, -1: nothing to place at this step
    let ch = -1;
    let w = 0;
    if (i === length) end = i;
    else {
      ch = codes[i];
      w = advances[i];
      // Most characters are a letter inside a word, after no space: nothing to decide (every
      // code above the hyphen's is neither a space, a line break nor a hyphen), and the rest of
      // the word is read in a loop of its own. Line breaking of the CHU PRA's 3.9 million set
      // characters: 30 → 17 ms.
      if (ch > HYPHEN && word !== 0 && spaces === 0) {
        word += w;
        while (i + 1 < length && codes[i + 1] > HYPHEN) word += advances[++i];
        continue;
      }
      if (ch === NEWLINE) end = i;
      else if (isSpace(ch)) {
        spaces += w;
        continue;
      } else if (spaces > 0) {
        if (word > 0 && noBreakBefore(ch)) {
          word += spaces;
          spaces = 0;
        } else end = i;
      }
    }
    if (end >= 0 && word !== 0) {
      // The spaces before the word count; those ending a line hang in the margin.
      if (line > 0 && line + word > limit) {
        starts.push(pieceStart);
        line = 0;
      }
      if (word > limit) line = cutLongWord(codes, advances, pieceStart, end, line, limit, softCuts, starts);
      else line += word;
      word = 0;
    }
    if (i === length) break;
    if (ch === NEWLINE) {
      starts.push(i + 1);
      line = 0;
      spaces = 0;
      continue;
    }
    if (spaces > 0) {
      line += spaces;
      spaces = 0;
    }
    if (word === 0) pieceStart = i;
    word += w;
    if (ch === HYPHEN && !(i + 1 < length && isDigit(codes[i + 1]))) {
      // A break may follow the hyphen: the piece is placed now.
      if (line > 0 && line + word > limit) {
        starts.push(pieceStart);
        line = 0;
      }
      if (word > limit) line = cutLongWord(codes, advances, pieceStart, i + 1, line, limit, softCuts, starts);
      else line += word;
      word = 0;
    }
  }
  return starts;
}

/**
 * A piece longer than a line: cut between characters, each line filled as far as it goes — or,
 * with `softCuts`, after the last `@ . / -` of the line when there is one (an e-mail address or a
 * URL, docs/documents.md §1.5). Returns the width of the last line.
 */
function cutLongWord(
  codes: ArrayLike<number>,
  advances: ArrayLike<number>,
  pieceStart: number,
  end: number,
  line: number,
  limit: number,
  softCuts: boolean,
  starts: number[],
): number {
  let from = pieceStart; // first character of the current line
  let soft = -1; // index after the last soft character of the current line
  for (let k = pieceStart; k < end; k++) {
    const w = isSpace(codes[k]) ? 0 : advances[k];
    if (line > 0 && line + w > limit) {
      const cut = softCuts && soft > from ? soft : k;
      starts.push(cut);
      from = cut;
      soft = -1;
      line = 0;
      for (let j = cut; j < k; j++) line += advances[j];
    }
    line += w;
    if (softCuts && SOFT.has(codes[k])) soft = k + 1;
  }
  return line;
}
