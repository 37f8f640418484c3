/**
 * The pictures of issue 12 on the CH example: dependency diagram and recovery timeline. What a
 * reader needs: every label at a legible size, inside its box, none over another; every
 * dependency drawn with its arrow; late resources visibly late; the same bytes on every run.
 */
import { describe, expect, it } from "vitest";
import { analyzePlan } from "../../src/analyze.js";
import { dependencyDiagram } from "../../src/pictures/diagram.js";
import { defaultMeasure } from "../../src/pictures/measure.js";
import { minTextSize, type Picture, type Shape } from "../../src/pictures/model.js";
import { toSvg } from "../../src/pictures/svg.js";
import { recoveryTimeline, recoveryTimelinePages } from "../../src/pictures/timeline.js";
import { graphView } from "../../src/recovery/output/graph-view.js";
import { root } from "../cli/helpers.js";

type Text = Extract<Shape, { type: "text" }>;
type Rect = Extract<Shape, { type: "rect" }>;

async function example() {
  const a = await analyzePlan(root + "examples/ch-kerbrat");
  return { plan: a.plan!, recovery: a.recovery! };
}

/** The box a text line takes: from its baseline up by its size, across its measured width. */
function textBox(t: Text) {
  const w = defaultMeasure(t.text, t.size, t.bold);
  const left = t.anchor === "start" ? t.x : t.anchor === "middle" ? t.x - w / 2 : t.x - w;
  return { left, right: left + w, top: t.y - t.size * 0.8, bottom: t.y + t.size * 0.2 };
}

function overlaps(a: ReturnType<typeof textBox>, b: ReturnType<typeof textBox>): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function texts(p: Picture): Text[] {
  return p.shapes.filter((s): s is Text => s.type === "text");
}

function expectLegibleAndApart(p: Picture) {
  const ts = texts(p);
  expect(ts.length).toBeGreaterThan(0);
  for (const t of ts) expect(t.size).toBeGreaterThanOrEqual(minTextSize);
  const boxes = ts.map(textBox);
  for (let i = 0; i < boxes.length; i++) {
    const b = boxes[i];
    expect(b.left, ts[i].text).toBeGreaterThanOrEqual(0);
    expect(b.right, ts[i].text).toBeLessThanOrEqual(p.width);
    for (let j = i + 1; j < boxes.length; j++)
      expect(overlaps(b, boxes[j]), `« ${ts[i].text} » / « ${ts[j].text} »`).toBe(false);
  }
}

describe("dependency diagram", () => {
  it("draws every node with its labels inside its box, legible and apart", async () => {
    const { plan, recovery } = await example();
    const view = graphView(plan, recovery)!;
    const p = dependencyDiagram(view);
    const rects = p.shapes.filter((s): s is Rect => s.type === "rect" && s.width > minTextSize);
    expect(rects).toHaveLength(view.nodes.length);
    expectLegibleAndApart(p);
    // Each caption (tier and deadline) sits inside one box.
    for (const n of view.nodes) {
      const t = texts(p).find((x) => x.text === n.caption && rects.some((r) => inside(textBox(x), r)));
      expect(t, n.id).toBeDefined();
    }
    // Boxes never overlap.
    for (let i = 0; i < rects.length; i++)
      for (let j = i + 1; j < rects.length; j++) expect(rectsOverlap(rects[i], rects[j])).toBe(false);
  });

  it("draws one line and one arrow head per dependency", async () => {
    const { plan, recovery } = await example();
    const view = graphView(plan, recovery)!;
    const p = dependencyDiagram(view);
    const lines = p.shapes.filter((s) => s.type === "polyline");
    const heads = p.shapes.filter((s) => s.type === "polygon");
    expect(view.edges.length).toBeGreaterThan(50);
    expect(lines).toHaveLength(view.edges.length);
    expect(heads).toHaveLength(view.edges.length);
    // Nothing is drawn off the picture (dagre's bends may swing past the outer boxes).
    for (const s of [...lines, ...heads])
      for (const pt of (s as { points: { x: number; y: number }[] }).points) {
        expect(pt.x).toBeGreaterThanOrEqual(0);
        expect(pt.y).toBeGreaterThanOrEqual(0);
        expect(pt.x).toBeLessThanOrEqual(p.width);
        expect(pt.y).toBeLessThanOrEqual(p.height);
      }
  });

  it("comes out identical on two runs", async () => {
    const first = await example();
    const second = await example();
    const a = toSvg(dependencyDiagram(graphView(first.plan, first.recovery)!));
    const b = toSvg(dependencyDiagram(graphView(second.plan, second.recovery)!));
    expect(a).toBe(b);
  });
});

function inside(b: ReturnType<typeof textBox>, r: Rect): boolean {
  return b.left >= r.x && b.right <= r.x + r.width && b.top >= r.y && b.bottom <= r.y + r.height;
}

function rectsOverlap(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe("recovery timeline", () => {
  it("has one row per ranked resource, in rank order, labels legible and apart", async () => {
    const { recovery } = await example();
    const p = recoveryTimeline(recovery);
    expect(p.width).toBeLessThanOrEqual(481); // A4 portrait text width
    expectLegibleAndApart(p);
    const rowLabels = texts(p)
      .filter((t) => /^\d+\. /.test(t.text))
      .map((t) => Number(t.text.split(".")[0]));
    expect(rowLabels).toEqual(recovery.ranked.map((f) => f.rank));
  });

  it("shows the late resource late: red bar, darker overrun, the delay written", async () => {
    const { recovery } = await example();
    const late = recovery.ranked.filter(
      (f) => f.deadlineMinutes !== null && f.earliestRestoreMinutes > f.deadlineMinutes,
    );
    // docs/recovery.md on the CH example: only the monitoring central (6 h for a 4 h deadline).
    expect(late.map((f) => f.id)).toEqual(["centrale-surveillance"]);
    const p = recoveryTimeline(recovery);
    const svg = toSvg(p);
    expect(
      texts(p)
        .filter((t) => t.text.startsWith("retard"))
        .map((t) => t.text),
    ).toEqual(["retard 2\u00a0h"]);
    expect(svg.match(/fill="#9e1b1b"/g)?.length).toBeGreaterThanOrEqual(2); // overrun bar and its text
    // On time bars keep their tier colour: none of the others is red.
    expect(p.shapes.filter((s) => s.type === "rect" && s.fill === "#e8706b")).toHaveLength(1);
  });

  it("comes out identical on two runs", async () => {
    const a = toSvg(recoveryTimeline((await example()).recovery));
    const b = toSvg(recoveryTimeline((await example()).recovery));
    expect(a).toBe(b);
  });
});

describe("recovery timeline on pages", () => {
  it("cuts the rows to the page height, same axis on every page, every resource once", async () => {
    const { recovery } = await example();
    const whole = recoveryTimeline(recovery);
    const pages = recoveryTimelinePages(recovery, 250);
    expect(pages.length).toBeGreaterThan(1);
    for (const p of pages) expect(p.height).toBeLessThanOrEqual(250);
    const ranks = pages.flatMap((p) =>
      texts(p)
        .filter((t) => /^\d+\. /.test(t.text))
        .map((t) => parseInt(t.text)),
    );
    expect(ranks).toEqual(recovery.ranked.map((f) => f.rank));
    // The axis labels and their places are those of the whole chart.
    const axis = (p: Picture) =>
      texts(p)
        .filter((t) => t.anchor === "middle")
        .map((t) => `${t.x}:${t.text}`);
    for (const p of pages) expect(axis(p)).toEqual(axis(whole));
  });
});
