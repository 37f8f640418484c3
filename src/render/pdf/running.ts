/**
 * Running header and footer (docs/documents.md §1.3): on every page but the
 * cover, the establishment on the left of the header and the classification on its right; the
 * footer's three slots, `Page X / Y` with Y the pages of the file, cover included. A page left
 * blank for an odd start carries only its sentence and the footer.
 */
import type { DocumentMeta } from "../../doc/model.js";
import { setLines } from "./text-lines.js";
import { baselineOffset, COLOR, lineHeight, RUNNING_EDGE, SIZE } from "./style.js";
import type { LaidOutPage, TextRun } from "./types.js";

const RULE_GAP = 3;

function runsOf(
  text: string,
  x: number,
  y: number,
  align: "left" | "center" | "right",
  maxWidth: number,
): TextRun[] {
  const size = SIZE.running;
  const line = setLines(text.replace(/\n/g, " "), Number.MAX_SAFE_INTEGER, { size })[0];
  // A name too long for its slot is shrunk rather than run into the next slot.
  const scale = line.width > maxWidth ? maxWidth / line.width : 1;
  const s = size * scale;
  const width = line.width * scale;
  let cx = align === "left" ? x : align === "center" ? x - width / 2 : x - width;
  return line.pieces.map((p) => {
    const run: TextRun = {
      x: cx,
      y,
      baseline: y + baselineOffset(s),
      width: p.width * scale,
      height: lineHeight(s),
      font: p.font,
      size: s,
      color: COLOR.grey,
      text: p.text,
    };
    cx += p.width * scale;
    return run;
  });
}

export function addRunning(pages: LaidOutPage[], meta: DocumentMeta): void {
  const total = pages.length;
  const h = lineHeight(SIZE.running);
  pages.forEach((page, i) => {
    if (page.role === "cover") return;
    const left = page.area.x;
    const right = page.area.x + page.area.width;
    const width = page.area.width;
    if (page.role === "body") {
      const top = RUNNING_EDGE;
      page.running.push(...runsOf(meta.header.left, left, top, "left", width * 0.6));
      if (meta.header.right !== "")
        page.running.push(...runsOf(meta.header.right, right, top, "right", width * 0.35));
      page.runningRules.push({
        x1: left,
        y1: top + h + RULE_GAP,
        x2: right,
        y2: top + h + RULE_GAP,
        width: 0.5,
        color: COLOR.rule,
      });
    }
    const y = page.height - RUNNING_EDGE - h;
    page.runningRules.push({
      x1: left,
      y1: y - RULE_GAP,
      x2: right,
      y2: y - RULE_GAP,
      width: 0.5,
      color: COLOR.rule,
    });
    page.running.push(...runsOf(meta.footer.left, left, y, "left", width * 0.3));
    page.running.push(...runsOf(meta.footer.centre, left + width / 2, y, "center", width * 0.3));
    page.running.push(...runsOf(`Page ${i + 1} / ${total}`, right, y, "right", width * 0.3));
  });
}
