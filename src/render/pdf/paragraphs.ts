/**
 * Placing runs of lines: paragraphs split across pages with widow and orphan control (at least
 * two lines at the foot of a page and two carried over; a paragraph of fewer than four lines
 * moves whole), or kept whole (headings, titles, Sommaire entries, the banner).
 */
import type { Heading } from "../../doc/model.js";
import type { Flow, LineBox } from "./flow.js";
import type { ParaStyle } from "./style.js";

/** Lines kept together at either side of a page break. */
const MIN_LINES = 2;

export interface PlaceOptions {
  /** Never split; moves to the next page when it does not fit (unless taller than a page). */
  whole?: boolean;
  heading?: Heading;
  /** Space before, overriding the style's (after a table). */
  before?: number;
  /** Rules above and below the lines (the banner). */
  ruled?: ParaStyle["ruled"];
}

/** Height of the lines with their rules, without spacing. */
export function linesHeight(boxes: LineBox[], ruled?: ParaStyle["ruled"]): number {
  let h = 0;
  for (const b of boxes) h += b.height;
  return h + (ruled ? 2 * (ruled.width + ruled.gap) : 0);
}

/** What must share a page with what precedes it (keep-with-next): two lines, or all when unsplittable. */
export function firstPieceHeight(boxes: LineBox[], style: ParaStyle, whole = false): number {
  if (whole || boxes.length < 2 * MIN_LINES || style.ruled) return linesHeight(boxes, style.ruled);
  return boxes[0].height * MIN_LINES;
}

export function placeLines(flow: Flow, boxes: LineBox[], style: ParaStyle, options: PlaceOptions = {}): void {
  const ruled = options.ruled ?? style.ruled;
  let gap = flow.gap(options.before ?? style.before);
  const total = linesHeight(boxes, ruled);
  const whole = options.whole || !!ruled || boxes.length < 2 * MIN_LINES;
  if (whole && !flow.fresh && flow.y + gap + total > flow.bottom) {
    flow.newPage();
    gap = 0;
  }
  flow.y += gap;
  if (options.heading) flow.markHeading(options.heading);
  const x1 = flow.left + (boxes[0]?.x ?? 0);
  const x2 = x1 + (boxes[0]?.width ?? flow.width);
  if (ruled) {
    flow.rule(x1, flow.y + ruled.width / 2, x2, flow.y + ruled.width / 2, ruled.width, style.color);
    flow.y += ruled.width + ruled.gap;
  }
  let i = 0;
  while (i < boxes.length) {
    const remaining = boxes.length - i;
    const room = Math.floor((flow.bottom - flow.y + 1e-6) / boxes[i].height);
    let count = Math.min(remaining, room);
    if (count < remaining && !whole) {
      if (remaining - count < MIN_LINES) count = remaining - MIN_LINES;
      if (i === 0 && count < MIN_LINES) count = 0;
    }
    if (whole && count < remaining && !flow.fresh) count = 0;
    // At the top of a page something always goes: a line taller than a page is not lost.
    if (count <= 0 && flow.fresh) count = Math.max(1, Math.min(remaining, room));
    for (let k = 0; k < count; k++) flow.placeLine(boxes[i + k]);
    i += count;
    if (i < boxes.length) flow.newPage();
  }
  if (ruled) {
    flow.y += ruled.gap;
    flow.rule(x1, flow.y + ruled.width / 2, x2, flow.y + ruled.width / 2, ruled.width, style.color);
    flow.y += ruled.width;
  }
  flow.fresh = false;
  flow.after = style.after;
}
