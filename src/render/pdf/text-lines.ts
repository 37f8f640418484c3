/**
 * Inlines → lines of styled pieces, with DejaVu's widths and the line breaker shared with the
 * DOCX estimate (../text/line-break.ts). Every character is checked against the font here, so a
 * character DejaVu cannot draw stops the build with its code point and its text (fonts.ts),
 * never printing a blank or a `?`.
 */
import type { Inline } from "../../doc/model.js";
import { atLeast } from "../text/buffers.js";
import { isSpace, lineStarts } from "../text/line-break.js";
import {
  advanceOf,
  advanceTable,
  FONT_IDS,
  fontId,
  MissingGlyphError,
  styleIndex,
  type FontId,
} from "./fonts.js";

export interface Piece {
  text: string;
  font: FontId;
  /** Points. */
  width: number;
}

export interface SetLine {
  pieces: Piece[];
  /** Points, trailing spaces excluded. */
  width: number;
}

export interface TextStyle {
  size: number;
  bold?: boolean;
  italic?: boolean;
}

/** Control characters other than the line break print as nothing useful: a space. */
const asPrinted = (code: number): number => (code < 0x20 && code !== 0x0a ? 0x20 : code);

/** The plain text of inlines (for error messages and tests). */
export function plainText(inlines: Inline[]): string {
  return inlines.map((i) => (i.type === "break" ? "\n" : i.text)).join("");
}

// Reused buffers (../text/buffers.ts): a large document sets hundreds of thousands of lines,
// and per-call arrays made the garbage collector the largest cost of the layout.
let codes = new Uint32Array(1024);
let advances = new Float64Array(1024);
let fontIndex = new Uint8Array(1024);

function ensure(size: number): void {
  codes = atLeast(codes, size);
  advances = atLeast(advances, size);
  fontIndex = atLeast(fontIndex, size);
}

/**
 * Lines already set, per style and width, by text: a large plan's tables and paragraphs repeat
 * the same names, durations and labels thousands of times. The lines are shared, never mutated.
 * Bounded, so a long-lived process (the library) does not keep every text it ever set.
 */
const setCache = new Map<number, Map<number, Map<string, SetLine[]>>>();
let cached = 0;
const CACHE_MAX = 100_000;

/** The cache of one font, size and width (numeric keys: no key string to build at every call). */
function cacheOf(font: number, size: number, width: number): Map<string, SetLine[]> {
  const slot = font + 4 * Math.round(size * 100);
  let byWidth = setCache.get(slot);
  if (byWidth === undefined) setCache.set(slot, (byWidth = new Map()));
  let byText = byWidth.get(width);
  if (byText === undefined) byWidth.set(width, (byText = new Map()));
  return byText;
}

/** Breaks `inlines` into lines no wider than `width` points. An empty text gives one empty line. */
export function setLines(inlines: Inline[] | string, width: number, style: TextStyle): SetLine[] {
  // One run of text in one font (most paragraphs and cells): looked up in the cache.
  let text: string;
  let bold = !!style.bold;
  let italic = !!style.italic;
  if (typeof inlines === "string") text = inlines;
  else if (inlines.length === 1 && inlines[0].type === "text") {
    text = inlines[0].text;
    bold ||= !!inlines[0].bold;
    italic ||= !!inlines[0].italic;
  } else return setLinesOf(inlines, width, style);
  const font = styleIndex(bold, italic);
  let byText = cacheOf(font, style.size, width);
  let lines = byText.get(text);
  if (lines === undefined) {
    lines = setText(text, FONT_IDS[font], style.size, width);
    if (cached >= CACHE_MAX) {
      // Forget everything, then keep this one.
      setCache.clear();
      cached = 0;
      byText = cacheOf(font, style.size, width);
    }
    byText.set(text, lines);
    cached++;
  }
  return lines;
}

/**
 * Text setting is three small loops — read the characters with their advances, break (shared
 * line breaker), cut the lines — rather than one large function: V8 optimises a small hot loop
 * sooner and compiles it for less, and a large plan's first long cell ran for long in the
 * interpreter while the large function was still being compiled.
 */
function setText(text: string, font: FontId, size: number, width: number): SetLine[] {
  ensure(text.length);
  const read = readText(text, font, size, codes, advances, 0);
  // Characters that are the text's one for one: the lines are slices of it.
  if (read >= 0) return cutDirect(text, font, lineStarts(codes, advances, width, read, true), read, advances);
  const n = -1 - read;
  fontIndex.fill(FONT_IDS.indexOf(font), 0, n);
  return cutMixed(lineStarts(codes, advances, width, n, true), n);
}

/** Several inlines (fonts, line breaks): lines of pieces, a piece per run of one font. */
function setLinesOf(parts: Inline[], width: number, style: TextStyle): SetLine[] {
  let n = 0;
  for (const inline of parts) {
    if (inline.type === "break") {
      ensure(n + 1);
      codes[n] = 0x0a;
      fontIndex[n] = 0;
      advances[n++] = 0;
      continue;
    }
    const font = fontId(!!style.bold || !!inline.bold, !!style.italic || !!inline.italic);
    ensure(n + inline.text.length);
    // readText's end index, given as `-1 - end` for a text not read one for one.
    const read = readText(inline.text, font, style.size, codes, advances, n);
    const end = read >= 0 ? read : -1 - read;
    fontIndex.fill(FONT_IDS.indexOf(font), n, end);
    n = end;
  }
  return cutMixed(lineStarts(codes, advances, width, n, true), n);
}

/**
 * Reads `text` into `codes` and `advances` (points) from index `at`; returns the index after
 * it, as `-1 - index` when a character is not the text's code unit one for one (a surrogate pair,
 * a control character printed as a space): then the lines cannot be slices of the text. Throws
 * for a character the font cannot draw.
 */
function readText(
  text: string,
  font: FontId,
  size: number,
  codes: Uint32Array,
  advances: Float64Array,
  at: number,
): number {
  // Printable BMP characters already measured (nearly all) in a loop of their own, the rest
  // from the first other one on by readFrom: replayed on the CHU PRA's 3.9 million set
  // characters, 21 → 11 ms hot and 47 → 22 ms from cold (the small loop is optimised sooner).
  const table = advanceTable(font);
  const length = text.length;
  let i = 0;
  for (; i < length; i++) {
    const code = text.charCodeAt(i);
    const em = table[code];
    if (!(em >= 0 && code >= 0x20 && code < 0xd800)) break;
    codes[at + i] = code;
    advances[at + i] = em * size;
  }
  return i === length ? at + length : readFrom(text, i, font, size, codes, advances, at + i);
}

/** readText from the character `start` of `text` on, written at index `at`. */
function readFrom(
  text: string,
  start: number,
  font: FontId,
  size: number,
  codes: Uint32Array,
  advances: Float64Array,
  at: number,
): number {
  const table = advanceTable(font);
  let n = at;
  let direct = true;
  for (let i = start, length = text.length; i < length; i++) {
    let code = text.charCodeAt(i);
    let em = 0;
    if (code >= 0x20 && code < 0xd800) {
      em = table[code];
      if (!(em >= 0)) em = advanceOf(font, code);
    } else if (code !== 0x0a) {
      direct = false;
      // A surrogate pair is one character.
      if (code >= 0xd800 && code < 0xdc00 && i + 1 < length) code = text.codePointAt(i++)!;
      else code = asPrinted(code);
      em = advanceOf(font, code);
    }
    if (Number.isNaN(em)) throw new MissingGlyphError(String.fromCodePoint(code), text);
    codes[n] = code;
    advances[n++] = em * size;
  }
  return direct ? n : -1 - n;
}

/** The lines of a text read one for one: each line one piece, a slice of the text. */
function cutDirect(
  text: string,
  font: FontId,
  starts: number[],
  n: number,
  advances: Float64Array,
): SetLine[] {
  const lines: SetLine[] = new Array(starts.length);
  for (let l = 0; l < starts.length; l++) {
    const from = starts[l];
    const end = lineEnd(from, l + 1 < starts.length ? starts[l + 1] : n);
    let w = 0;
    for (let i = from; i < end; i++) w += advances[i];
    lines[l] = { pieces: end > from ? [{ text: text.slice(from, end), font, width: w }] : [], width: w };
  }
  return lines;
}

/** The spaces and the line break that end a line are not drawn: where its drawn part ends. */
function lineEnd(from: number, end: number): number {
  while (end > from && (codes[end - 1] === 0x0a || isSpace(codes[end - 1]))) end--;
  return end;
}

/** The lines of several inlines: a piece per run of one font. */
function cutMixed(starts: number[], n: number): SetLine[] {
  const lines: SetLine[] = [];
  for (let l = 0; l < starts.length; l++) {
    const end = lineEnd(starts[l], l + 1 < starts.length ? starts[l + 1] : n);
    const pieces: Piece[] = [];
    let lineWidth = 0;
    let from = starts[l];
    let pieceWidth = 0;
    for (let i = starts[l]; i < end; i++) {
      if (i > from && fontIndex[i] !== fontIndex[from]) {
        pieces.push({ text: textOf(from, i), font: FONT_IDS[fontIndex[from]], width: pieceWidth });
        from = i;
        pieceWidth = 0;
      }
      pieceWidth += advances[i];
      lineWidth += advances[i];
    }
    if (end > from)
      pieces.push({ text: textOf(from, end), font: FONT_IDS[fontIndex[from]], width: pieceWidth });
    lines.push({ pieces, width: lineWidth });
  }
  return lines;
}

/** The characters [from, to) of the buffer as a string. */
function textOf(from: number, to: number): string {
  let bmp = true;
  for (let i = from; i < to && bmp; i++) bmp = codes[i] < 0x10000;
  // One call for the whole piece rather than a string per character.
  if (bmp && to - from < 8192)
    return String.fromCharCode.apply(null, codes.subarray(from, to) as unknown as number[]);
  let s = "";
  for (let i = from; i < to; i++) s += String.fromCodePoint(codes[i]);
  return s;
}
