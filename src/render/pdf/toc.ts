/**
 * The Sommaire: its entries are laid out before the headings they point to are placed, with room
 * kept at the right for the page number; the numbers, the dot leaders and the links are added
 * once the whole document is laid out. The entries' lines do not depend on the numbers, so the
 * second pass only fills them in: the page numbers are the true ones.
 */
import type { Document, Heading, Toc } from "../../doc/model.js";
import { advance } from "./fonts.js";
import type { Flow } from "./flow.js";
import { paragraphBoxes } from "./measure.js";
import { placeLines } from "./paragraphs.js";
import { baselineOffset, COLOR, lineHeight, TOC_ENTRY, TOC_TITLE } from "./style.js";
import type { LaidOutDocument, TextRun } from "./types.js";

/** Room kept for ` 000` at the right of each entry. */
const NUMBER_ROOM = 36;
const INDENT = 12;

export interface PendingEntry {
  heading: Heading;
  page: number;
  /** Top of the entry's first line and of its last, absolute x of the last line's end. */
  top: number;
  lastTop: number;
  lineEnd: number;
  left: number;
  right: number;
  /** Where the number goes among the page's runs: right after the entry, for reading order. */
  runIndex: number;
}

/** Headings listed in a Sommaire of depth `maxLevel`, in body order. */
export function tocHeadings(doc: Document, maxLevel: number): Heading[] {
  return doc.body.filter((b): b is Heading => b.type === "heading" && b.toc && b.level <= maxLevel);
}

export function placeToc(flow: Flow, doc: Document, toc: Toc, pending: PendingEntry[]): void {
  placeLines(flow, paragraphBoxes(toc.title, TOC_TITLE, flow.width), TOC_TITLE, { whole: true });
  for (const heading of tocHeadings(doc, toc.maxLevel)) {
    const indent = (heading.level - 1) * INDENT;
    const boxes = paragraphBoxes(heading.text, TOC_ENTRY, flow.width - indent - NUMBER_ROOM, indent);
    placeLines(flow, boxes, TOC_ENTRY, { whole: true });
    const h = boxes[0].height;
    const lastTop = flow.y - h;
    pending.push({
      heading,
      page: flow.index,
      top: flow.y - h * boxes.length,
      lastTop,
      lineEnd: flow.left + indent + boxes[boxes.length - 1].line.width,
      left: flow.left + indent,
      right: flow.left + flow.width,
      runIndex: flow.page.runs.length,
    });
  }
}

/** Fills in page numbers, dot leaders and links. */
export function resolveToc(laid: LaidOutDocument, pending: PendingEntry[]): void {
  const index = new Map<Heading, number>();
  laid.headings.forEach((p, i) => index.set(p.heading, i));
  const size = TOC_ENTRY.size;
  const h = lineHeight(size);
  const dot = advance("regular", ".") * size;
  // From the last entry back, so that inserting runs leaves the earlier indices valid.
  for (const entry of [...pending].reverse()) {
    const target = index.get(entry.heading);
    if (target === undefined) continue;
    const page = laid.pages[entry.page];
    const number = String(laid.headings[target].page + 1);
    let numberWidth = 0;
    for (const ch of number) numberWidth += advance("regular", ch) * size;
    const run = (x: number, width: number, text: string): TextRun => ({
      x,
      y: entry.lastTop,
      baseline: entry.lastTop + baselineOffset(size),
      width,
      height: h,
      font: "regular",
      size,
      color: COLOR.text,
      text,
    });
    const dotsFrom = entry.lineEnd + 3;
    const dots = Math.floor((entry.right - numberWidth - 3 - dotsFrom) / dot);
    const added = [run(entry.right - numberWidth, numberWidth, number)];
    if (dots > 0)
      added.unshift(run(entry.right - numberWidth - 3 - dots * dot, dots * dot, ".".repeat(dots)));
    page.runs.splice(entry.runIndex, 0, ...added);
    page.links.push({
      x: entry.left,
      y: entry.top,
      width: entry.right - entry.left,
      height: entry.lastTop + h - entry.top,
      target,
    });
  }
}
