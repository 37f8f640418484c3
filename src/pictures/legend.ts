/** The key of the tier colours (docs/recovery.md, tiers by deadline), shared by both pictures. */
import { tierColours } from "../recovery/output/graph-view.js";
import type { Tier } from "../recovery/types.js";
import { round, type Measure, type Shape } from "./model.js";

const entries: [Tier, string][] = [
  ["P1", "P1 ≤ 4\u00a0h"],
  ["P2", "P2 ≤ 24\u00a0h"],
  ["P3", "P3 ≤ 72\u00a0h"],
  ["P4", "P4 ≤ 7\u00a0j"],
  ["P5", "P5 > 7\u00a0j"],
  ["none", "sans échéance"],
];

export function legend(x: number, y: number, size: number, measure: Measure) {
  const shapes: Shape[] = [];
  const swatch = size;
  let left = x;
  for (const [tier, label] of entries) {
    shapes.push({
      type: "rect",
      x: round(left),
      y: round(y),
      width: swatch,
      height: swatch,
      fill: tierColours[tier],
      stroke: "#333333",
      strokeWidth: 0.5,
      radius: 0,
      dashed: false,
    });
    shapes.push({
      type: "text",
      x: round(left + swatch + 3),
      y: round(y + swatch * 0.85),
      text: label,
      size,
      bold: false,
      anchor: "start",
      fill: "#333333",
    });
    left += swatch + 3 + measure(label, size, false) + 10;
  }
  return { shapes, width: round(left - x), height: swatch };
}
