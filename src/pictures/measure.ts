/**
 * The default text measure of the pictures: Arial's advance widths (the DOCX metrics), widened by
 * 12 % so that a label also fits in DejaVu Sans, the PDF font, which is wider than Arial.
 */
import { textWidth } from "../render/docx/text-measure.js";
import type { Measure } from "./model.js";

export const defaultMeasure: Measure = (text, size, bold) => textWidth(text, size, bold) * 1.12;

/** `text` cut with `…` to fit `width`. */
export function fitText(text: string, width: number, size: number, bold: boolean, measure: Measure): string {
  if (measure(text, size, bold) <= width) return text;
  const chars = [...text];
  while (chars.length > 1 && measure(chars.join("") + "…", size, bold) > width) chars.pop();
  return chars.join("").trimEnd() + "…";
}

/** Words of `text` in at most `maxLines` lines of `width`; the last line cut with `…`. */
export function wrapText(
  text: string,
  width: number,
  size: number,
  bold: boolean,
  measure: Measure,
  maxLines: number,
): string[] {
  const words = text.split(/\s+/).filter((w) => w !== "");
  const lines: string[] = [];
  let current = "";
  for (const w of words) {
    const candidate = current === "" ? w : `${current} ${w}`;
    if (current === "" || measure(candidate, size, bold) <= width) current = candidate;
    else {
      lines.push(current);
      current = w;
    }
  }
  if (current !== "") lines.push(current);
  // What does not fit goes on the last line, cut with `…`.
  if (lines.length > maxLines) lines.splice(maxLines - 1, lines.length, lines.slice(maxLines - 1).join(" "));
  return lines.map((l) => fitText(l, width, size, bold, measure));
}
