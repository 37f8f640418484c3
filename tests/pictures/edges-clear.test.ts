/**
 * No arrow runs behind a box (issue 12): in every dependency diagram — the PRA 4.4 figures of
 * both examples and the whole `graph --format svg` picture — no segment of an edge and no arrow
 * head enters a box; each edge starts on the side of one box and ends on the side of another
 * (its own ends). Geometry on the picture model: segment against rectangle, boxes shrunk by half
 * a point so that touching a side is allowed and entering is not.
 */
import { describe, expect, it } from "vitest";
import { analyzePlan } from "../../src/analyze.js";
import { viewInput } from "../../src/build/index.js";
import { dependencyDiagram } from "../../src/pictures/diagram.js";
import type { Picture, Point, Shape } from "../../src/pictures/model.js";
import { graphView } from "../../src/recovery/output/graph-view.js";
import { praFigures } from "../../src/view/pra-figures.js";
import { root } from "../cli/helpers.js";

type Rect = Extract<Shape, { type: "rect" }>;
const EPS = 0.5;

/** Whether the segment a–b meets the open rectangle (Liang–Barsky clipping). */
export function segmentEntersRect(a: Point, b: Point, r: Rect, eps = EPS): boolean {
  const [x0, y0, x1, y1] = [r.x + eps, r.y + eps, r.x + r.width - eps, r.y + r.height - eps];
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let t0 = 0;
  let t1 = 1;
  for (const [p, q] of [
    [-dx, a.x - x0],
    [dx, x1 - a.x],
    [-dy, a.y - y0],
    [dy, y1 - a.y],
  ]) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

const onSide = (p: Point, r: Rect): boolean => {
  const near = (u: number, v: number) => Math.abs(u - v) <= 0.05;
  const inX = p.x >= r.x - 0.05 && p.x <= r.x + r.width + 0.05;
  const inY = p.y >= r.y - 0.05 && p.y <= r.y + r.height + 0.05;
  return (
    (inX && (near(p.y, r.y) || near(p.y, r.y + r.height))) ||
    (inY && (near(p.x, r.x) || near(p.x, r.x + r.width)))
  );
};

/** Every crossing of an edge or arrow head with a box, as readable strings (none expected). */
function crossings(p: Picture): string[] {
  const rects = p.shapes.filter((s): s is Rect => s.type === "rect");
  const label = (r: Rect) => {
    const t = p.shapes.find(
      (s) => s.type === "text" && s.x > r.x && s.x < r.x + r.width && s.y > r.y && s.y < r.y + r.height,
    );
    return t && t.type === "text" ? `« ${t.text} »` : `boîte en ${r.x},${r.y}`;
  };
  const found: string[] = [];
  p.shapes.forEach((s, i) => {
    if (s.type !== "polyline" && s.type !== "polygon") return;
    const pts = s.type === "polygon" ? [...s.points, s.points[0]] : s.points;
    for (let k = 1; k < pts.length; k++)
      for (const r of rects)
        if (segmentEntersRect(pts[k - 1], pts[k], r))
          found.push(
            `${s.type} ${i}, segment ${k}: (${pts[k - 1].x},${pts[k - 1].y})→(${pts[k].x},${pts[k].y}) dans ${label(r)}`,
          );
  });
  return found;
}

function expectClear(p: Picture, name: string) {
  const lines = p.shapes.filter((s) => s.type === "polyline");
  const rects = p.shapes.filter((s): s is Rect => s.type === "rect");
  expect(crossings(p), name).toEqual([]);
  for (const l of lines) {
    if (l.type !== "polyline") continue;
    const [first, last] = [l.points[0], l.points[l.points.length - 1]];
    expect(
      rects.some((r) => onSide(first, r)),
      `${name}: départ sur une boîte`,
    ).toBe(true);
    expect(
      rects.some((r) => onSide(last, r)),
      `${name}: arrivée sur une boîte`,
    ).toBe(true);
  }
  return lines.length;
}

async function analysed(example: string) {
  const a = await analyzePlan(root + example);
  const input = viewInput(
    example,
    { plan: a.plan!, map: a.map!, recovery: a.recovery!, findings: a.findings },
    null,
  );
  return { plan: a.plan!, recovery: a.recovery!, input };
}

describe("diagram edges never run behind a box", () => {
  it("the geometry test itself sees a crossing and allows touching", () => {
    const r: Rect = {
      type: "rect",
      x: 10,
      y: 10,
      width: 20,
      height: 10,
      fill: "#fff",
      stroke: "#000",
      strokeWidth: 1,
      radius: 0,
      dashed: false,
    };
    expect(segmentEntersRect({ x: 0, y: 15 }, { x: 40, y: 15 }, r)).toBe(true);
    expect(segmentEntersRect({ x: 0, y: 0 }, { x: 40, y: 30 }, r)).toBe(true);
    expect(segmentEntersRect({ x: 0, y: 15 }, { x: 10, y: 15 }, r)).toBe(false);
    expect(segmentEntersRect({ x: 0, y: 5 }, { x: 40, y: 5 }, r)).toBe(false);
    expect(segmentEntersRect({ x: 30, y: 0 }, { x: 30, y: 30 }, r)).toBe(false);
  });

  it.each(["examples/ch-kerbrat", "examples/ehpad-les-tilleuls.yaml"])(
    "PRA 4.4 figures of %s",
    async (example) => {
      const { input } = await analysed(example);
      const figures = praFigures(input).filter((f) => f.id.startsWith("dependencies-"));
      expect(figures.length).toBeGreaterThan(0);
      let drawn = 0;
      for (const f of figures) drawn += expectClear(f.picture, f.caption);
      if (example.includes("kerbrat")) expect(drawn).toBeGreaterThan(20);
    },
  );

  it("the whole CH diagram (graph --format svg), services included", async () => {
    const { plan, recovery } = await analysed("examples/ch-kerbrat");
    const view = graphView(plan, recovery)!;
    expect(expectClear(dependencyDiagram(view), "graphe complet")).toBe(view.edges.length);
  });
});
