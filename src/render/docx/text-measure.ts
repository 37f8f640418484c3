/**
 * Line counting for the page estimate, as the word processors break lines: Arial's exact advance
 * widths (arial-metrics.ts) poured into the shared line breaker (../text/line-break.ts, the same
 * rules as the PDF layout).
 */
import type { Inline } from "../../doc/model.js";
import { FIT_SLACK, lineStarts } from "../text/line-break.js";
import { advanceEm } from "./arial-metrics.js";

/**
 * Line counts of single-style texts, per width, size and weight: a large plan's tables repeat
 * the same texts in the same columns thousands of times, each is measured once. Bounded, so a
 * long-lived process (the library) does not keep every text it ever measured.
 */
const counted = new Map<string, Map<string, number>>();
const COUNTED_MAX = 100_000;

/** Lines taken by `inlines` at `size` points in `width` points; each line break starts a line. */
export function wrapLines(inlines: Inline[] | string, width: number, size: number, bold = false): number {
  const single =
    typeof inlines === "string"
      ? { text: inlines, bold }
      : inlines.length === 1 && inlines[0].type === "text"
        ? { text: inlines[0].text, bold: bold || !!inlines[0].bold }
        : undefined;
  if (!single) return countLines(inlines as Inline[], width, size, bold);
  const key = `${width} ${size} ${single.bold ? 1 : 0}`;
  let cache = counted.get(key);
  if (!cache) counted.set(key, (cache = new Map()));
  let lines = cache.get(single.text);
  if (lines === undefined) {
    lines = countLines([{ type: "text", text: single.text }], width, size, single.bold);
    if (cache.size >= COUNTED_MAX) cache.clear();
    cache.set(single.text, lines);
  }
  return lines;
}

function countLines(parts: Inline[], width: number, size: number, bold: boolean): number {
  // Most table cells hold one short line: measured without building anything.
  if (fitsOnOneLine(parts, width - FIT_SLACK, size, bold)) return 1;
  const codes: number[] = [];
  const advances: number[] = [];
  for (const inline of parts) {
    const text = inline.type === "break" ? "\n" : inline.text;
    const b = bold || (inline.type === "text" && !!inline.bold);
    for (const ch of text) {
      codes.push(ch.codePointAt(0)!);
      advances.push(ch === "\n" ? 0 : advanceEm(ch, b) * size);
    }
  }
  return lineStarts(codes, advances, width).length;
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
