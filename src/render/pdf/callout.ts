/**
 * Callout boxes (framed reminders): kept whole on one page when they fit; a box taller than a page
 * flows on, its frame closed at the foot of each page and reopened at the top of the next.
 */
import type { Callout } from "../../doc/model.js";
import { Flow, type LineBox } from "./flow.js";
import { listBoxes, paragraphBoxes } from "./measure.js";
import { COLOR, FRAME_PAD, FRAME_WIDTH, LIST_ITEM, PARAGRAPH } from "./style.js";

export interface MeasuredCallout {
  /** Each line with the gap above it. */
  lines: { box: LineBox; gap: number }[];
  height: number;
  after: number;
}

const INSET = FRAME_WIDTH + FRAME_PAD;

export function measureCallout(block: Callout, width: number): MeasuredCallout {
  const inner = width - 2 * INSET;
  const lines: MeasuredCallout["lines"] = [];
  let after = 0;
  let first = true;
  for (const b of block.blocks) {
    const groups =
      b.type === "list"
        ? listBoxes(b, inner).map((boxes) => ({ boxes, style: LIST_ITEM }))
        : [
            {
              boxes: paragraphBoxes(b.inlines, PARAGRAPH[b.style ?? "normal"], inner),
              style: PARAGRAPH[b.style ?? "normal"],
            },
          ];
    for (const { boxes, style } of groups) {
      boxes.forEach((box, k) => {
        const gap = k > 0 || first ? 0 : Math.max(after, style.before);
        lines.push({
          box: {
            ...box,
            x: box.x + INSET,
            ...(box.marker ? { marker: { ...box.marker, x: box.marker.x + INSET } } : {}),
          },
          gap,
        });
        first = false;
      });
      after = style.after;
    }
  }
  const content = lines.reduce((h, l) => h + l.gap + l.box.height, 0);
  return { lines, height: 2 * INSET + content, after };
}

export function placeCallout(flow: Flow, c: MeasuredCallout): void {
  let gap = flow.gap(0);
  if (!flow.fresh && flow.y + gap + c.height > flow.bottom && c.height <= flow.pageHeight) {
    flow.newPage();
    gap = 0;
  }
  flow.y += gap;
  let top = flow.y;
  const left = flow.left;
  const right = flow.left + flow.width;
  const frame = (bottom: number): void => {
    const h = FRAME_WIDTH / 2;
    flow.rule(left + h, top + h, right - h, top + h, FRAME_WIDTH, COLOR.navy);
    flow.rule(left + h, bottom - h, right - h, bottom - h, FRAME_WIDTH, COLOR.navy);
    flow.rule(left + h, top, left + h, bottom, FRAME_WIDTH, COLOR.navy);
    flow.rule(right - h, top, right - h, bottom, FRAME_WIDTH, COLOR.navy);
  };
  flow.y += INSET;
  for (const { box, gap: g } of c.lines) {
    if (flow.y + g + box.height + INSET > flow.bottom + 1e-6 && flow.y > top + INSET) {
      frame(flow.y + INSET);
      flow.newPage();
      top = flow.y;
      flow.y += INSET;
    } else flow.y += g;
    flow.placeLine(box);
  }
  flow.y += INSET;
  frame(flow.y);
  flow.fresh = false;
  flow.after = 6;
}
