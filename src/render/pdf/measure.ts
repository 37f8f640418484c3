/**
 * Model blocks → line boxes, at a given column width: paragraphs, list items with their marker,
 * headings. Pure (measurement only); placing is flow.ts and paragraphs.ts.
 */
import type { Inline, List } from "../../doc/model.js";
import { Flow, type LineBox } from "./flow.js";
import { setLines } from "./text-lines.js";
import { COLOR, lineHeight, LIST_HANGING, LIST_INDENT, LIST_ITEM, type ParaStyle } from "./style.js";

export function paragraphBoxes(
  inlines: Inline[] | string,
  style: ParaStyle,
  width: number,
  x = 0,
): LineBox[] {
  const lines = setLines(inlines, width, style);
  return Flow.boxes(lines, style, x, width, lineHeight(style.size));
}

/** One array of boxes per item; the first line of each carries the bullet or the number. */
export function listBoxes(list: List, width: number): LineBox[][] {
  const inner = width - LIST_INDENT;
  return list.items.map((item, i) => {
    const boxes = paragraphBoxes(item, LIST_ITEM, inner, LIST_INDENT);
    const marker = setLines(list.ordered ? `${i + 1}.` : "\u2022", LIST_HANGING * 2, {
      size: LIST_ITEM.size,
    });
    // Right of the hanging indent's start, or further left when the number is wider (`10.`).
    const x = LIST_INDENT - Math.max(LIST_HANGING, marker[0].width + 3);
    boxes[0] = { ...boxes[0], marker: { line: marker[0], x } };
    return boxes.map((b) => ({ ...b, color: COLOR.text }));
  });
}
