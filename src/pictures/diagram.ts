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
import { routeEdges } from "./route.js";

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
  /**
   * Per node, the column (LR) or row (TB) it must sit in, 0 first: dagre places it there
   * through invisible anchor nodes, so that a picture shows dependency layers as layers.
   */
  layers?: number[];
  /** Per node, one more text (e.g. dependencies drawn on another page), up to three lines. */
  notes?: (string | undefined)[];
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

function box(
  node: GraphView["nodes"][number],
  size: number,
  labelWidth: number,
  measure: Measure,
  note?: string,
): Box {
  const line = (bold: boolean) => (text: string) => ({ text, bold, size });
  const name = wrapText(node.name, labelWidth, size, node.service, measure, 2).map(line(node.service));
  const extra =
    note === undefined ? [] : wrapText(note, labelWidth, size, false, measure, 3).map(line(false));
  const lines = [...name, { text: node.caption, bold: false, size }, ...extra];
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
  const boxes = view.nodes.map((n, i) => box(n, size, labelWidth, measure, options.notes?.[i]));
  view.nodes.forEach((n, i) => g.setNode(String(i), { width: boxes[i].width, height: boxes[i].height }));
  for (const [from, to] of view.edges) g.setEdge(String(from), String(to));
  if (options.layers) anchorLayers(g, options.layers);
  dagre.layout(g);

  const shapes: Shape[] = [];
  // Edges first; routed so that none runs behind a box (route.ts), from dagre's layer points.
  const centred = view.nodes.map((_, i) => ({ ...g.node(String(i)), ...boxes[i] }));
  const routes = routeEdges(
    centred,
    view.edges.map(([from, to]) => ({
      from,
      to,
      via: (g.edge(String(from), String(to))?.points ?? []).slice(1, -1),
    })),
    options.direction ?? "LR",
  );
  for (const points of routes) {
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
  // dagre's size leaves out edge bends that swing past the outer boxes: frame what is drawn.
  const { shifted, width, height } = frame(shapes);
  const key = legend(MARGIN, height + 4, size, measure);
  // What the shapes mean, under the colours; short lines fit the narrowest page.
  const keyLines = [
    "Cadre épais\u00a0: activité. Coins arrondis\u00a0: ressource. Flèche\u00a0: «\u00a0dépend de\u00a0».",
    "Tirets\u00a0: ressource toujours disponible dans le scénario.",
    // A page of one level has no arrow (a level never depends on itself): say where they went.
    ...(options.notes?.some((n) => n !== undefined)
      ? ["«\u00a0→\u00a0…\u00a0» dans une boîte\u00a0: ses dépendances dessinées sur une autre figure."]
      : []),
  ];
  const keyTop = height + 4 + key.height;
  const notes: Shape[] = keyLines.map((text, k) => ({
    type: "text",
    x: MARGIN,
    y: round(keyTop + (k + 1) * size * 1.3),
    text,
    size,
    bold: false,
    anchor: "start",
    fill: INK,
  }));
  const keyWidth = Math.max(key.width, ...keyLines.map((t) => measure(t, size, false)));
  return {
    width: round(Math.max(width, keyWidth + 2 * MARGIN)),
    height: round(keyTop + keyLines.length * size * 1.3 + size * 0.3 + MARGIN),
    title: options.title ?? "Graphe des dépendances",
    shapes: [...shifted, ...key.shapes, ...notes],
  };
}

/**
 * Invisible anchors, one per layer and one on each side, chained one rank apart (heavy edges keep
 * the chain tight); a node of layer k hangs from anchor k−1 and onto anchor k+1, so dagre can
 * only rank it with anchor k. Anchors have no size and are never drawn, nor their edges.
 */
function anchorLayers(g: InstanceType<typeof dagre.graphlib.Graph>, layers: number[]): void {
  const last = Math.max(0, ...layers);
  for (let k = -1; k <= last + 1; k++) g.setNode(`\u0000${k}`, { width: 0, height: 0 });
  for (let k = -1; k <= last; k++) g.setEdge(`\u0000${k}`, `\u0000${k + 1}`, { minlen: 1, weight: 100 });
  layers.forEach((k, i) => {
    g.setEdge(`\u0000${k - 1}`, String(i), { minlen: 1, weight: 0 });
    g.setEdge(String(i), `\u0000${k + 1}`, { minlen: 1, weight: 0 });
  });
}

/** Shapes moved so that their bounds start at MARGIN, and the size with a MARGIN all round. */
function frame(shapes: Shape[]): { shifted: Shape[]; width: number; height: number } {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const see = (x: number, y: number) => {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  };
  for (const s of shapes) {
    if (s.type === "rect") (see(s.x, s.y), see(s.x + s.width, s.y + s.height));
    else if (s.type !== "text") for (const p of s.points) see(p.x, p.y);
  }
  if (minX === Infinity) return { shifted: shapes, width: 2 * MARGIN, height: 2 * MARGIN };
  const dx = MARGIN - minX;
  const dy = MARGIN - minY;
  const move = (p: Point) => ({ x: round(p.x + dx), y: round(p.y + dy) });
  const shifted = shapes.map((s): Shape => {
    if (s.type === "rect" || s.type === "text") return { ...s, x: round(s.x + dx), y: round(s.y + dy) };
    return { ...s, points: s.points.map(move) };
  });
  return { shifted, width: maxX - minX + 2 * MARGIN, height: maxY - minY + 2 * MARGIN };
}
