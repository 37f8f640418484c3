/**
 * The dependency diagram (issue 12): services and resources laid out in dependency layers by
 * dagre, from the activities (left) to the infrastructure they rest on (right), boxes coloured by
 * tier, an arrow from each node to what it depends on. Pure and deterministic: the same graph
 * gives the same shapes (dagre has no randomness; nodes and edges go in in plan order).
 */
import dagre from "@dagrejs/dagre";
import type { GraphView } from "../recovery/output/graph-view.js";
import { tierColours } from "../recovery/output/graph-view.js";
import { defaultMeasure, wrapText } from "./measure.js";
import { minTextSize, round, type Measure, type Picture, type Point, type Shape } from "./model.js";
import { legend } from "./legend.js";

export interface DiagramOptions {
  measure?: Measure;
  /** Text size of the labels, never below minTextSize. */
  size?: number;
  /** Widest label line, in points. */
  labelWidth?: number;
  /** `LR`: activities left, infrastructure right (default); `TB`: activities on top. */
  direction?: "LR" | "TB";
  /** Picture title (caption). */
  title?: string;
}

const PAD_X = 5;
const PAD_Y = 4;
const MARGIN = 10;
const ARROW = 5;
const INK = "#333333";
const EDGE = "#6b6b6b";

interface Box {
  width: number;
  height: number;
  lines: { text: string; bold: boolean; size: number }[];
}

function box(node: GraphView["nodes"][number], size: number, labelWidth: number, measure: Measure): Box {
  const name = wrapText(node.name, labelWidth, size, node.service, measure, 2).map((text) => ({
    text,
    bold: node.service,
    size,
  }));
  const lines = [...name, { text: node.caption, bold: false, size }];
  const widest = Math.max(...lines.map((l) => measure(l.text, l.size, l.bold)));
  return { width: widest + 2 * PAD_X, height: lines.length * size * 1.25 + 2 * PAD_Y, lines };
}

/** A filled triangle at `tip`, pointing along the segment `from` → `tip`. */
export function arrowHead(from: Point, tip: Point, length = ARROW): Point[] {
  const dx = tip.x - from.x;
  const dy = tip.y - from.y;
  const d = Math.hypot(dx, dy) || 1;
  const ux = dx / d;
  const uy = dy / d;
  const bx = tip.x - ux * length;
  const by = tip.y - uy * length;
  const half = length * 0.45;
  return [
    { x: round(tip.x), y: round(tip.y) },
    { x: round(bx - uy * half), y: round(by + ux * half) },
    { x: round(bx + uy * half), y: round(by - ux * half) },
  ];
}

export function dependencyDiagram(view: GraphView, options: DiagramOptions = {}): Picture {
  const measure = options.measure ?? defaultMeasure;
  const size = Math.max(minTextSize, options.size ?? minTextSize);
  const labelWidth = options.labelWidth ?? 110;
  const g = new dagre.graphlib.Graph({ multigraph: false });
  g.setGraph({
    rankdir: options.direction ?? "LR",
    nodesep: 8,
    ranksep: 28,
    marginx: MARGIN,
    marginy: MARGIN,
  });
  g.setDefaultEdgeLabel(() => ({}));
  const boxes = view.nodes.map((n) => box(n, size, labelWidth, measure));
  view.nodes.forEach((n, i) => g.setNode(String(i), { width: boxes[i].width, height: boxes[i].height }));
  for (const [from, to] of view.edges) g.setEdge(String(from), String(to));
  dagre.layout(g);

  const shapes: Shape[] = [];
  // Edges first, so that boxes cover their ends.
  for (const e of g.edges()) {
    const points = (g.edge(e).points ?? []).map((p: Point) => ({ x: round(p.x), y: round(p.y) }));
    if (points.length < 2) continue;
    shapes.push({ type: "polyline", points, stroke: EDGE, strokeWidth: 0.7, dashed: false });
    shapes.push({
      type: "polygon",
      points: arrowHead(points[points.length - 2], points[points.length - 1]),
      fill: EDGE,
    });
  }
  view.nodes.forEach((n, i) => {
    const { x, y } = g.node(String(i));
    const b = boxes[i];
    const left = x - b.width / 2;
    const top = y - b.height / 2;
    shapes.push({
      type: "rect",
      x: round(left),
      y: round(top),
      width: round(b.width),
      height: round(b.height),
      fill: tierColours[n.tier],
      stroke: INK,
      strokeWidth: n.service ? 1.2 : 0.6,
      radius: n.service ? 0 : 4,
      dashed: n.kept,
    });
    b.lines.forEach((l, k) => {
      shapes.push({
        type: "text",
        x: round(x),
        y: round(top + PAD_Y + (k + 1) * l.size * 1.25 - l.size * 0.3),
        text: l.text,
        size: l.size,
        bold: l.bold,
        anchor: "middle",
        fill: INK,
      });
    });
  });
  const graph = g.graph();
  const width = Math.max(graph.width ?? 0, 0);
  const key = legend(MARGIN, (graph.height ?? 0) + 4, size, measure);
  return {
    width: round(Math.max(width, key.width + 2 * MARGIN)),
    height: round((graph.height ?? 0) + 4 + key.height + MARGIN),
    title: options.title ?? "Graphe des dépendances",
    shapes: [...shapes, ...key.shapes],
  };
}
