/**
 * Block text as lines that know where they come from (docs/templates.md, « Positions »).
 *
 * The template engine (src/templates/positions.ts) tags the text it produces with line markers,
 * `U+FDD0 <file>:<line> U+FDD1`: U+FDD0 and U+FDD1 are Unicode noncharacters, never document text,
 * and a plan value that holds one is escaped like punctuation (escape.ts). A marker names the
 * template file (an index into `BlockText.files`) and line of the text that follows it. This module
 * strips the markers while it splits the text into lines, so that every line, and every block and
 * block-language error built from it, carries the template file and line, as unist nodes carry
 * positions. A marker takes no room in the document: stripped, the text is byte for byte what
 * Handlebars would have printed without them.
 */

/** Opens a line marker. */
export const MARK_OPEN = "\uFDD0";
/** Closes a line marker. */
export const MARK_CLOSE = "\uFDD1";
const CLOSE = 0xfdd1;
const COLON = 58;
const BACKSLASH = 92;

/** The marker for `line` (1-based) of the template file number `file`. */
export function lineMarker(file: number, line: number): string {
  return `${MARK_OPEN}${file}:${line}${MARK_CLOSE}`;
}

/** What the template engine hands to the block parser: the text and the files its markers name. */
export interface BlockText {
  text: string;
  /** Template file paths; a marker's file number is an index into this list. */
  files: readonly string[];
}

/** Where a line or a block comes from: a template file and its 1-based line. */
export interface Position {
  file: string;
  line: number;
}

/** A stripped, trimmed line; `file` is an index into `BlockText.files`, or -1 for unmarked text. */
export interface Line {
  no: number;
  file: number;
  text: string;
}

/** A block-language error: always names a template file (or the text's origin) and a line. */
export class BlockSyntaxError extends Error {
  constructor(
    /** Template file (or, for text without markers, its origin). */
    readonly file: string,
    /** 1-based line in that file. */
    readonly line: number,
    readonly detail: string,
  ) {
    super(`${file}:${line}\u00a0: ${detail}`);
    this.name = "BlockSyntaxError";
  }
}

const isBlank = (c: number): boolean => c === 32 || c === 9;

/** Only ASCII blanks are layout: U+00A0 and U+202F at the edge of a value are content. */
export function trimBlanks(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isBlank(s.charCodeAt(start))) start++;
  while (end > start && isBlank(s.charCodeAt(end - 1))) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

/** `trimBlanks(s.slice(from))` in one slice (the usual line: a marker, then the text). */
function trimmedSlice(s: string, from: number): string {
  let end = s.length;
  while (from < end && isBlank(s.charCodeAt(from))) from++;
  while (end > from && isBlank(s.charCodeAt(end - 1))) end--;
  return from === 0 && end === s.length ? s : s.slice(from, end);
}

function hasText(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isBlank(s.charCodeAt(i))) return true;
  return false;
}

/** A marker escaped by a plan value (`\` + U+FDD0, odd backslashes) is text, not a marker. */
function escaped(s: string, at: number): boolean {
  let n = 0;
  while (at - n - 1 >= 0 && s.charCodeAt(at - n - 1) === BACKSLASH) n++;
  return n % 2 === 1;
}

/**
 * Splits block text into trimmed lines without markers. A line takes the position of the last
 * marker before its first character that is not blank (a partial's indentation comes before its
 * markers); a line with no marker of its own keeps the last position seen (a raw value printed on
 * several lines). Text without any marker is its own origin: line numbers are those of the text.
 */
export function splitLines(text: string): Line[] {
  // A regular expression pass over a CHU PRA's 7 MB costs more than looking for a CR first.
  const raw = (text.indexOf("\r") === -1 ? text : text.replace(/\r\n?/g, "\n")).split("\n");
  const lines: Line[] = new Array(raw.length);
  let file = -1;
  let no = 0;
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i];
    let k = t.indexOf(MARK_OPEN);
    if (k === -1) {
      if (file < 0) no = i + 1;
      lines[i] = { no, file, text: trimBlanks(t) };
      continue;
    }
    let body = "";
    let from = 0;
    let placed = false;
    let lineFile = file;
    let lineNo = no;
    for (; k !== -1; k = t.indexOf(MARK_OPEN, k + 1)) {
      // Read `<digits>:<digits>` and the closing mark; anything else is literal text.
      let j = k + 1;
      let f = 0;
      let l = 0;
      let c = t.charCodeAt(j);
      while (c >= 48 && c <= 57) {
        f = f * 10 + c - 48;
        c = t.charCodeAt(++j);
      }
      if (j === k + 1 || c !== COLON) continue;
      const lineStart = ++j;
      c = t.charCodeAt(j);
      while (c >= 48 && c <= 57) {
        l = l * 10 + c - 48;
        c = t.charCodeAt(++j);
      }
      if (j === lineStart || c !== CLOSE || (k > 0 && escaped(t, k))) continue;
      if (!placed && hasText(t, from, k)) {
        placed = true;
        lineFile = file;
        lineNo = no;
      }
      body += t.slice(from, k);
      file = f;
      no = l;
      from = j + 1;
      k = j;
    }
    if (!placed) {
      lineFile = file;
      lineNo = no;
    }
    if (lineFile < 0) lineNo = i + 1;
    lines[i] = {
      no: lineNo,
      file: lineFile,
      text: body === "" ? trimmedSlice(t, from) : trimBlanks(body + t.slice(from)),
    };
  }
  return lines;
}

/** Text and the files its markers name; a plain string is its own origin. */
export interface Source {
  origin: string;
  files: readonly string[];
}

/** The position of a line: its template file and line, or the origin and the line of the text. */
export function linePosition(source: Source, line: Line): Position {
  return { file: line.file < 0 ? source.origin : (source.files[line.file] ?? source.origin), line: line.no };
}

/** Throws the block-language error of `line`. */
export function fail(source: Source, line: Line, detail: string): never {
  const at = linePosition(source, line);
  throw new BlockSyntaxError(at.file, at.line, detail);
}

/** Template positions of the blocks of the document models (kept beside them: the model stays data). */
const blockPositions = new WeakMap<object, Position>();

/** Where a block of a parsed document comes from, when it was parsed from marked text. */
export function blockPosition(block: object): Position | undefined {
  return blockPositions.get(block);
}

export function setBlockPosition(block: object, position: Position): void {
  blockPositions.set(block, position);
}

/** Block text without its line markers: what Handlebars alone would have printed. */
export function plainText(text: string): string {
  return text.replace(/(\\*)\uFDD0\d+:\d+\uFDD1/g, (marker: string, backslashes: string) =>
    backslashes.length % 2 === 1 ? marker : backslashes,
  );
}
