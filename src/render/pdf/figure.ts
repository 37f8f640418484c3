/**
 * A figure in the PDF layout (docs/templates.md `!figure`): the picture's shapes drawn as vectors
 * (filled and stroked paths, text runs in the embedded DejaVu so the labels extract), centred on
 * the text width, its bold caption under it, the whole kept on one page. A picture wider or taller
 * than the text area is scaled down to fit (the views size them to fit, so this is a guard).
 */
import type { Figure } from "../../doc/model.js";
import type { Shape } from "../../pictures/model.js";
import { advance, fontId } from "./fonts.js";
import type { Flow } from "./flow.js";
import { paragraphBoxes } from "./measure.js";
import { linesHeight, placeLines } from "./paragraphs.js";
import { COLOR, type ParaStyle } from "./style.js";
import type { PathShape, TextRun } from "./types.js";

const CAPTION: ParaStyle = { size: 10, before: 6, after: 12, bold: true, color: COLOR.text, align: "center" };
/** Space above the picture (after the previous block) and between picture and caption. */
const ABOVE = 12;
const BELOW = 4;

const hex = (colour: string): string => colour.replace(/^#/, "").toUpperCase();

function textWidth(text: string, size: number, bold: boolean): number {
  const id = fontId(bold, false);
  let em = 0;
  for (const ch of text) {
    const a = advance(id, ch);
    em += Number.isNaN(a) ? 0 : a;
  }
  return em * size;
}

export function placeFigure(flow: Flow, block: Figure): void {
  const caption = paragraphBoxes([{ type: "text", text: block.caption, bold: true }], CAPTION, flow.width);
  const captionHeight = linesHeight(caption) + BELOW;
  const { picture } = block;
  const room = flow.pageHeight - captionHeight;
  const scale = Math.min(1, flow.width / picture.width, room / picture.height);
  const height = picture.height * scale;
  let gap = flow.gap(ABOVE);
  if (!flow.fresh && flow.y + gap + height + captionHeight > flow.bottom) {
    flow.newPage();
    gap = 0;
  }
  flow.y += gap;
  const x0 = flow.left + (flow.width - picture.width * scale) / 2;
  const y0 = flow.y;
  const X = (x: number) => x0 + x * scale;
  const Y = (y: number) => y0 + y * scale;
  const paths = (flow.page.paths ??= []);
  for (const shape of picture.shapes) drawShape(shape, scale, X, Y, paths, flow.page.runs);
  flow.y += height + BELOW;
  flow.fresh = false;
  flow.after = 0;
  placeLines(flow, caption, CAPTION, { whole: true, before: 0 });
}

function drawShape(
  shape: Shape,
  scale: number,
  X: (x: number) => number,
  Y: (y: number) => number,
  paths: PathShape[],
  runs: TextRun[],
): void {
  switch (shape.type) {
    case "rect": {
      const [x1, y1, x2, y2] = [X(shape.x), Y(shape.y), X(shape.x + shape.width), Y(shape.y + shape.height)];
      paths.push({
        points: [
          { x: x1, y: y1 },
          { x: x2, y: y1 },
          { x: x2, y: y2 },
          { x: x1, y: y2 },
        ],
        closed: true,
        fill: shape.fill === "none" ? undefined : hex(shape.fill),
        stroke: shape.stroke === "none" || shape.strokeWidth === 0 ? undefined : hex(shape.stroke),
        width: shape.strokeWidth * scale,
        dashed: shape.dashed,
      });
      return;
    }
    case "polyline":
      paths.push({
        points: shape.points.map((p) => ({ x: X(p.x), y: Y(p.y) })),
        closed: false,
        stroke: hex(shape.stroke),
        width: shape.strokeWidth * scale,
        dashed: shape.dashed,
      });
      return;
    case "polygon":
      paths.push({
        points: shape.points.map((p) => ({ x: X(p.x), y: Y(p.y) })),
        closed: true,
        fill: hex(shape.fill),
        width: 0,
        dashed: false,
      });
      return;
    case "text": {
      const size = shape.size * scale;
      const width = textWidth(shape.text, size, shape.bold);
      const x = X(shape.x) - (shape.anchor === "middle" ? width / 2 : shape.anchor === "end" ? width : 0);
      const baseline = Y(shape.y);
      runs.push({
        x,
        y: baseline - size * 0.93,
        baseline,
        width,
        height: size * 1.17,
        font: fontId(shape.bold, false),
        size,
        color: hex(shape.fill),
        text: shape.text,
      });
      return;
    }
  }
}
