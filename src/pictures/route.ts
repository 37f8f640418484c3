/**
 * Edge routing of the dependency diagram (issue 12: no arrow may run behind a box). dagre gives
 * each box a layer (a column in `LR`), and each edge spanning several layers one invisible point
 * per layer crossed, placed where that layer has room: dagre keeps it nodesep/edgesep clear of
 * the boxes. dagre's own polyline joins those points with straight lines, which cut through the
 * boxes of a layer when the points are far apart across it.
 *
 * Here an edge moves across the layer axis only in the gaps between layers, where there are no
 * boxes, and crosses a layer only along the line of its dagre point. It leaves its source and
 * enters its target straight, on the sides facing the next layer, at ports spread along that side
 * in the order of where the edges go, so that arrows into one box stay apart. Boxes of one layer
 * never overlap across the layer axis, so the run from a box's side to the gap meets no other box.
 */
import { round, type Point } from "./model.js";

/** A box by its centre and size, as dagre gives it. */
export interface CentredBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface EdgeToRoute {
  from: number;
  to: number;
  /** dagre's points in the layers the edge crosses (its dummy nodes), in order; may be empty. */
  via: Point[];
}

/** Straight run out of a box or into one, before the sideways part, at most this long. */
const STUB = 8;

/** Along the layers (u) and across them (v): x and y for `LR`, y and x for `TB`. */
interface Axes {
  u: (p: Point) => number;
  v: (p: Point) => number;
  size: (b: CentredBox) => number;
  breadth: (b: CentredBox) => number;
  point: (u: number, v: number) => Point;
}

const leftRight: Axes = {
  u: (p) => p.x,
  v: (p) => p.y,
  size: (b) => b.width,
  breadth: (b) => b.height,
  point: (u, v) => ({ x: round(u), y: round(v) }),
};
const topBottom: Axes = {
  u: (p) => p.y,
  v: (p) => p.x,
  size: (b) => b.height,
  breadth: (b) => b.width,
  point: (u, v) => ({ x: round(v), y: round(u) }),
};

/** One polyline per edge, from the side of its source box to the side of its target box. */
export function routeEdges(boxes: CentredBox[], edges: EdgeToRoute[], direction: "LR" | "TB"): Point[][] {
  const a = direction === "TB" ? topBottom : leftRight;
  // Half the extent of each layer along u: its widest box (dagre centres a layer on one u).
  const layerHalf = new Map<number, number>();
  for (const b of boxes) layerHalf.set(a.u(b), Math.max(layerHalf.get(a.u(b)) ?? 0, a.size(b) / 2));
  const half = (u: number) => layerHalf.get(u) ?? 0;
  // dagre doubles the ranks (room for edge labels): an edge also has points in the ranks between
  // layers, where there is no box to avoid. Only the points inside layers of boxes matter.
  edges = edges.map((e) => ({ ...e, via: e.via.filter((p) => layerHalf.has(a.u(p))) }));

  // Ports: each box's outgoing edges spread along its exit side, incoming along its entry side,
  // ordered by where the edge comes from or goes to (fewer crossings next to the box).
  const outPort = new Map<number, number>();
  const inPort = new Map<number, number>();
  const spread = (box: number, list: { edge: number; towards: number }[], into: Map<number, number>) => {
    const b = boxes[box];
    const side = Math.max(0, a.breadth(b) - 8);
    list.sort((p, q) => p.towards - q.towards || p.edge - q.edge);
    list.forEach((p, k) => into.set(p.edge, a.v(b) - side / 2 + (side * (k + 1)) / (list.length + 1)));
  };
  const leaving = new Map<number, { edge: number; towards: number }[]>();
  const entering = new Map<number, { edge: number; towards: number }[]>();
  edges.forEach((e, i) => {
    const next = e.via.length > 0 ? a.v(e.via[0]) : a.v(boxes[e.to]);
    const previous = e.via.length > 0 ? a.v(e.via[e.via.length - 1]) : a.v(boxes[e.from]);
    (leaving.get(e.from) ?? leaving.set(e.from, []).get(e.from)!).push({ edge: i, towards: next });
    (entering.get(e.to) ?? entering.set(e.to, []).get(e.to)!).push({ edge: i, towards: previous });
  });
  for (const [box, list] of leaving) spread(box, list, outPort);
  for (const [box, list] of entering) spread(box, list, inPort);

  return edges.map((e, i) => {
    const source = boxes[e.from];
    const target = boxes[e.to];
    const sign = a.u(target) >= a.u(source) ? 1 : -1;
    let v = outPort.get(i)!;
    let exit = a.u(source) + sign * half(a.u(source));
    const points = [a.point(a.u(source) + (sign * a.size(source)) / 2, v)];
    const stops = [...e.via.map((p) => ({ u: a.u(p), v: a.v(p) })), { u: a.u(target), v: inPort.get(i)! }];
    stops.forEach((stop, k) => {
      const enter = stop.u - sign * half(stop.u);
      const stub = Math.min(STUB, Math.abs(enter - exit) / 4);
      points.push(a.point(exit + sign * stub, v)); // straight on, to the gap
      points.push(a.point(enter - sign * stub, stop.v)); // sideways, inside the gap only
      v = stop.v;
      exit = stop.u + sign * half(stop.u);
      if (k === stops.length - 1) points.push(a.point(stop.u - (sign * a.size(target)) / 2, v));
    });
    return points.filter((p, k) => k === 0 || p.x !== points[k - 1].x || p.y !== points[k - 1].y);
  });
}
