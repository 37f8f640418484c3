/**
 * Line counting for the page estimate, as the word processors break lines: Arial's exact advance
 * widths (arial-metrics.ts) poured into the shared line breaker (../text/line-break.ts, the same
 * rules as the PDF layout).
 */
import type { Inline } from "../../doc/model.js";
import { atLeast } from "../text/buffers.js";
import { FIT_SLACK, lineStarts } from "../text/line-break.js";
import { advanceEm, advanceOfCode } from "./arial-metrics.js";

/**
 * Line counts of single-style texts, per width, size and weight: a large plan's tables repeat
 * the same texts in the same columns thousands of times, each is measured once. Bounded, so a
 * long-lived process (the library) does not keep every text it ever measured.
 */
const counted = [
  new Map<number, Map<number, Map<string, number>>>(),
  new Map<number, Map<number, Map<string, number>>>(),
];
const COUNTED_MAX = 100_000;

/** The cache of texts at one weight, size and width (numbers as keys: no key string per call). */
function countedAt(bold: boolean, size: number, width: number): Map<string, number> {
  const bySize = counted[bold ? 1 : 0];
  let byWidth = bySize.get(size);
  if (!byWidth) bySize.set(size, (byWidth = new Map()));
  let cache = byWidth.get(width);
  if (!cache) byWidth.set(width, (cache = new Map()));
  return cache;
}

/** Lines taken by `inlines` at `size` points in `width` points; each line break starts a line. */
export function wrapLines(inlines: Inline[] | string, width: number, size: number, bold = false): number {
  let text: string;
  let b = bold;
  if (typeof inlines === "string") text = inlines;
  else if (inlines.length === 1 && inlines[0].type === "text") {
    text = inlines[0].text;
    b = bold || !!inlines[0].bold;
  } else return countLines(inlines, width, size, bold);
  const cache = countedAt(b, size, width);
  let lines = cache.get(text);
  if (lines === undefined) {
    lines = countLines([{ type: "text", text }], width, size, b);
    if (cache.size >= COUNTED_MAX) cache.clear();
    cache.set(text, lines);
  }
  return lines;
}

// Reused buffers (../text/buffers.ts): the estimate counts the lines of every table cell.
let codes = new Uint32Array(1024);
let advances = new Float64Array(1024);

function ensure(size: number): void {
  codes = atLeast(codes, size);
  advances = atLeast(advances, size);
}

function countLines(parts: Inline[], width: number, size: number, bold: boolean): number {
  // Most table cells hold one short line: measured without building anything.
  if (fitsOnOneLine(parts, width - FIT_SLACK, size, bold)) return 1;
  let n = 0;
  for (const inline of parts) {
    if (inline.type === "break") {
      ensure(n + 1);
      codes[n] = 0x0a;
      advances[n++] = 0;
      continue;
    }
    n = readText(inline.text, n, size, bold || !!inline.bold);
  }
  return lineStarts(codes, advances, width, n).length;
}

/** Reads `text` into the buffers from index `n` (code points, advances in points); the next index. */
function readText(text: string, n: number, size: number, bold: boolean): number {
  ensure(n + text.length);
  for (let i = 0, length = text.length; i < length; i++) {
    let code = text.charCodeAt(i);
    // A surrogate pair is one character.
    if (code >= 0xd800 && code < 0xdc00 && i + 1 < length) code = text.codePointAt(i++)!;
    codes[n] = code;
    advances[n++] = code === 0x0a ? 0 : advanceOfCode(code, bold) * size;
  }
  return n;
}

function fitsOnOneLine(parts: Inline[], limit: number, size: number, bold: boolean): boolean {
  let em = 0;
  const max = limit / size;
  for (const inline of parts) {
    if (inline.type === "break") return false;
    const b = bold || !!inline.bold;
    const text = inline.text;
    for (let i = 0, length = text.length; i < length; i++) {
      let code = text.charCodeAt(i);
      if (code === 0x0a) return false;
      if (code >= 0xd800 && code < 0xdc00 && i + 1 < length) code = text.codePointAt(i++)!;
      em += advanceOfCode(code, b);
      if (em > max) return false;
    }
  }
  return true;
}

/**
 * Lines of a plain text in `width` points and the width of the last one (its trailing spaces
 * left out): a Sommaire entry's page number goes at the end of that line when it fits there.
 */
export function wrapLastLine(
  text: string,
  width: number,
  size: number,
  bold = false,
): { lines: number; last: number } {
  const n = readText(text, 0, size, bold);
  const starts = lineStarts(codes, advances, width, n);
  let end = n;
  while (end > starts[starts.length - 1] && (codes[end - 1] === 0x20 || codes[end - 1] === 0x0a)) end--;
  let last = 0;
  for (let i = starts[starts.length - 1]; i < end; i++) last += advances[i];
  return { lines: starts.length, last };
}

/** Width in points of a single line of text. */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += advanceEm(ch, bold);
  return em * size;
}
