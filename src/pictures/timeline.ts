/**
 * The recovery timeline (issue 12): a Gantt chart of the scenario, one row per ranked resource in
 * rank order. The bar runs from the earliest start to the earliest restore E (teams in parallel,
 * docs/recovery.md); a grey tick marks the latest start LS, a red line the deadline D. A bar that
 * ends after its deadline is late: drawn red, the overrun past D darker, with the delay written.
 * Pure and deterministic.
 */
import { tierColours } from "../recovery/output/graph-view.js";
import { formatSignedDuration } from "../text/french.js";
import type { Recovery } from "../recovery/types.js";
import { legend } from "./legend.js";
import { defaultMeasure, fitText } from "./measure.js";
import { minTextSize, round, type Measure, type Picture, type Shape } from "./model.js";

export interface TimelineOptions {
  measure?: Measure;
  /** Total width in points: A4 portrait text width by default. */
  width?: number;
  /** Only ranked resources [from, to) (indexes into `recovery.ranked`); the axis stays that of all. */
  slice?: [number, number];
}

const MARGIN = 10;
const LABEL_WIDTH = 150;
const ROW = 14;
const BAR = 8;
const HEADER = 18;
const INK = "#333333";
const GRID = "#d9d9d9";
const DEADLINE = "#c00000";
const LATE = "#e8706b";
const OVERRUN = "#9e1b1b";
const LATEST_START = "#555555";

/** Axis steps, in minutes: 30 min up to 30 days. */
const steps = [30, 60, 120, 180, 240, 360, 720, 1440, 2880, 4320, 10080, 20160, 43200];

export function recoveryTimeline(recovery: Recovery, options: TimelineOptions = {}): Picture {
  const measure = options.measure ?? defaultMeasure;
  const size = minTextSize;
  const width = options.width ?? 481;
  const all = recovery.ranked;
  const rows = options.slice ? all.slice(...options.slice) : all;
  const x0 = MARGIN + LABEL_WIDTH + 6;
  const x1 = width - MARGIN - 4;
  const maxE = Math.max(60, ...all.map((f) => f.earliestRestoreMinutes));
  // Far deadlines would squash the first hours, where the crisis is decided: the axis stops at
  // twice the last restore, and a deadline beyond it is an arrow at the right edge.
  const maxD = Math.max(0, ...all.map((f) => f.deadlineMinutes ?? 0));
  const wanted = Math.max(maxE, Math.min(maxD, 2 * maxE));
  const tickLabel = (m: number) => (m === 0 ? "0" : formatSignedDuration(m));
  const step =
    steps.find((s) => {
      const count = Math.ceil(wanted / s);
      const room = (x1 - x0) / count;
      return count <= 12 && room >= measure(tickLabel(s * count), size, false) + 6;
    }) ?? steps[steps.length - 1];
  const horizon = Math.ceil(wanted / step) * step;
  const x = (m: number) => round(x0 + (Math.max(0, Math.min(m, horizon)) / horizon) * (x1 - x0));

  const shapes: Shape[] = [];
  const top = MARGIN + HEADER;
  const bottom = top + rows.length * ROW;
  for (let m = 0; m <= horizon; m += step) {
    shapes.push({
      type: "polyline",
      points: [
        { x: x(m), y: top - 3 },
        { x: x(m), y: bottom },
      ],
      stroke: GRID,
      strokeWidth: 0.5,
      dashed: false,
    });
    shapes.push({
      type: "text",
      x: x(m),
      y: top - 6,
      text: tickLabel(m),
      size,
      bold: false,
      anchor: "middle",
      fill: INK,
    });
  }
  rows.forEach((f, i) => {
    const y = top + i * ROW;
    const mid = y + ROW / 2;
    const label = fitText(`${f.rank}. ${f.name}`, LABEL_WIDTH, size, false, measure);
    shapes.push({
      type: "text",
      x: MARGIN,
      y: round(mid + size * 0.35),
      text: label,
      size,
      bold: false,
      anchor: "start",
      fill: INK,
    });
    const end = f.earliestRestoreMinutes;
    const start = end - f.durationMinutes;
    const late = f.deadlineMinutes !== null && end > f.deadlineMinutes;
    const barTop = round(mid - BAR / 2);
    shapes.push({
      type: "rect",
      x: x(start),
      y: barTop,
      width: round(Math.max(0.8, x(end) - x(start))),
      height: BAR,
      fill: late ? LATE : tierColours[f.tier],
      stroke: INK,
      strokeWidth: 0.4,
      radius: 0,
      dashed: false,
    });
    if (late) {
      const d = f.deadlineMinutes!;
      shapes.push({
        type: "rect",
        x: x(d),
        y: barTop,
        width: round(Math.max(0.8, x(end) - x(d))),
        height: BAR,
        fill: OVERRUN,
        stroke: INK,
        strokeWidth: 0.4,
        radius: 0,
        dashed: false,
      });
      const text = `retard ${formatSignedDuration(end - d)}`;
      if (x(end) + 3 + measure(text, size, true) <= x1)
        shapes.push({
          type: "text",
          x: round(x(end) + 3),
          y: round(mid + size * 0.35),
          text,
          size,
          bold: true,
          anchor: "start",
          fill: OVERRUN,
        });
    }
    if (f.latestStartMinutes !== null && f.latestStartMinutes <= horizon)
      shapes.push({
        type: "polyline",
        points: [
          { x: x(f.latestStartMinutes), y: round(mid - BAR / 2 - 2) },
          { x: x(f.latestStartMinutes), y: round(mid + BAR / 2 + 2) },
        ],
        stroke: LATEST_START,
        strokeWidth: 0.8,
        dashed: true,
      });
    if (f.deadlineMinutes !== null) {
      if (f.deadlineMinutes <= horizon)
        shapes.push({
          type: "polyline",
          points: [
            { x: x(f.deadlineMinutes), y: round(y + 1) },
            { x: x(f.deadlineMinutes), y: round(y + ROW - 1) },
          ],
          stroke: DEADLINE,
          strokeWidth: 1.4,
          dashed: false,
        });
      else
        shapes.push({
          type: "polygon",
          points: [
            { x: x1 + 4, y: round(mid) },
            { x: x1, y: round(mid - 3) },
            { x: x1, y: round(mid + 3) },
          ],
          fill: DEADLINE,
        });
    }
  });
  // The key: what the marks mean, then the tier colours.
  const keyTop = bottom + 8;
  const key1 =
    "Barre : de la reprise au plus tôt au rétablissement. Trait rouge : échéance (► au-delà de l’axe).";
  const key2 =
    "Tirets gris : début au plus tard. Barre rouge : rétablie après l’échéance (en foncé, le retard).";
  const keys = [key1, key2].map((k) => k.replace(/ :/g, "\u00a0:").replace(/ \(/g, " ("));
  keys.forEach((k, i) =>
    shapes.push({
      type: "text",
      x: MARGIN,
      y: round(keyTop + (i + 1) * size * 1.3),
      text: fitText(k, width - 2 * MARGIN, size, false, measure),
      size,
      bold: false,
      anchor: "start",
      fill: INK,
    }),
  );
  const tiers = legend(MARGIN, round(keyTop + 2 * size * 1.3 + 5), size, measure);
  shapes.push(...tiers.shapes);
  return {
    width,
    height: round(keyTop + 2 * size * 1.3 + 5 + tiers.height + MARGIN),
    title: "Chronologie de la reprise",
    shapes,
  };
}

/**
 * The timeline cut into pictures no taller than `maxHeight` (a page), rows in rank order, every
 * picture on the same time axis so that pages read side by side. At least one row per picture.
 */
export function recoveryTimelinePages(
  recovery: Recovery,
  maxHeight: number,
  options: TimelineOptions = {},
): Picture[] {
  const n = recovery.ranked.length;
  const overhead = recoveryTimeline(recovery, { ...options, slice: [0, 0] }).height;
  const perPage = Math.max(1, Math.floor((maxHeight - overhead) / ROW));
  const pages: Picture[] = [];
  for (let from = 0; from < Math.max(n, 1); from += perPage)
    pages.push(recoveryTimeline(recovery, { ...options, slice: [from, Math.min(n, from + perPage)] }));
  return pages;
}
