/**
 * Inlines → lines of styled pieces, with DejaVu's widths and the line breaker shared with the
 * DOCX estimate (../text/line-break.ts). Every character is checked against the font here, so a
 * character DejaVu cannot draw stops the build with its code point and its text (fonts.ts),
 * never printing a blank or a `?`.
 */
import type { Inline } from "../../doc/model.js";
import { isSpace, lineStarts } from "../text/line-break.js";
import { advance, fontId, MissingGlyphError, type FontId } from "./fonts.js";

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
const asPrinted = (ch: string): string => (ch === "\t" || (ch < " " && ch !== "\n") ? " " : ch);

/** The plain text of inlines (for error messages and tests). */
export function plainText(inlines: Inline[]): string {
  return inlines.map((i) => (i.type === "break" ? "\n" : i.text)).join("");
}

/** Breaks `inlines` into lines no wider than `width` points. An empty text gives one empty line. */
export function setLines(inlines: Inline[] | string, width: number, style: TextStyle): SetLine[] {
  const parts: Inline[] = typeof inlines === "string" ? [{ type: "text", text: inlines }] : inlines;
  const chars: string[] = [];
  const fonts: FontId[] = [];
  const advances: number[] = [];
  for (const inline of parts) {
    if (inline.type === "break") {
      chars.push("\n");
      fonts.push("regular");
      advances.push(0);
      continue;
    }
    const font = fontId(!!style.bold || !!inline.bold, !!style.italic || !!inline.italic);
    for (const raw of inline.text) {
      const ch = asPrinted(raw);
      const em = ch === "\n" ? 0 : advance(font, ch);
      if (Number.isNaN(em)) throw new MissingGlyphError(ch, plainText(parts));
      chars.push(ch);
      fonts.push(font);
      advances.push(em * style.size);
    }
  }
  const starts = lineStarts(chars, advances, width);
  const lines: SetLine[] = [];
  for (let l = 0; l < starts.length; l++) {
    let end = l + 1 < starts.length ? starts[l + 1] : chars.length;
    // The spaces and the line break that end a line are not drawn.
    while (end > starts[l] && (chars[end - 1] === "\n" || isSpace(chars[end - 1]))) end--;
    const pieces: Piece[] = [];
    let lineWidth = 0;
    for (let i = starts[l]; i < end; i++) {
      const last = pieces[pieces.length - 1];
      if (last && last.font === fonts[i]) {
        last.text += chars[i];
        last.width += advances[i];
      } else pieces.push({ text: chars[i], font: fonts[i], width: advances[i] });
      lineWidth += advances[i];
    }
    lines.push({ pieces, width: lineWidth });
  }
  return lines;
}
