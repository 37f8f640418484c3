/**
 * Line counting for the page estimate, as the word processors break lines: Arial's exact advance
 * widths (arial-metrics.ts) poured into the shared line breaker (../text/line-break.ts, the same
 * rules as the PDF layout).
 */
import type { Inline } from "../../doc/model.js";
import { FIT_SLACK, lineStarts } from "../text/line-break.js";
import { advanceEm } from "./arial-metrics.js";

/** Lines taken by `inlines` at `size` points in `width` points; each line break starts a line. */
export function wrapLines(inlines: Inline[] | string, width: number, size: number, bold = false): number {
  const parts: Inline[] = typeof inlines === "string" ? [{ type: "text", text: inlines }] : inlines;
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
