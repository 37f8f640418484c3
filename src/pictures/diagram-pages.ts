/**
 * The resources' dependency diagram cut to fit a page (issue 12: readable on A4, split by layer
 * when too large, never shrunk below a legible size). Resources are drawn in their dependency
 * layers (ResourceFacts.level, docs/recovery.md), the highest level — what the activities use —
 * on the left. Layers are gathered, from the top down, while the picture still fits the page; a
 * layer too tall for a page is cut into pieces. An arrow joins two resources of the same page; a
 * dependency drawn on another page is written in the box (`→ ad, sql`), so nothing is lost.
 */
import type { Plan } from "../plan/types.js";
import { graphView, type GraphView } from "../recovery/output/graph-view.js";
import type { Recovery } from "../recovery/types.js";
import { dependencyDiagram, type DiagramOptions } from "./diagram.js";
import type { Picture } from "./model.js";

export interface DiagramPage {
  /** Resource ids drawn on this page, in plan order. */
  resources: string[];
  /** Dependency levels on this page, highest first. */
  levels: number[];
  picture: Picture;
  /** False only for a single resource larger than the page (never the case at 8 pt on A4). */
  fits: boolean;
}

type Node = GraphView["nodes"][number];

export function layeredDiagramPages(
  plan: Plan,
  recovery: Recovery,
  page: { width: number; height: number },
  options: DiagramOptions = {},
): DiagramPage[] {
  const full = graphView(plan, recovery)!;
  const index = new Map(full.nodes.map((n, i) => [n.id, i]));
  const resources = full.nodes.filter((n) => !n.service);
  const level = (n: Node) => recovery.resources.get(n.id)?.level ?? 1;
  const deps = new Map<string, string[]>(resources.map((n) => [n.id, []]));
  for (const [a, b] of full.edges)
    if (!full.nodes[a].service && !full.nodes[b].service) deps.get(full.nodes[a].id)!.push(full.nodes[b].id);

  const draw = (nodes: Node[]) => {
    const here = new Map(nodes.map((n, i) => [n.id, i]));
    const levels = [...new Set(nodes.map(level))].sort((a, b) => b - a);
    const edges: [number, number][] = [];
    const notes = nodes.map((n) => {
      const away = deps.get(n.id)!.filter((d) => !here.has(d));
      for (const d of deps.get(n.id)!) if (here.has(d)) edges.push([here.get(n.id)!, here.get(d)!]);
      return away.length > 0 ? `→ ${away.join(", ")}` : undefined;
    });
    return dependencyDiagram(
      { nodes, edges },
      { ...options, layers: nodes.map((n) => levels.indexOf(level(n))), notes },
    );
  };
  const fits = (p: Picture) => p.width <= page.width && p.height <= page.height;
  const byPlan = (a: Node, b: Node) => index.get(a.id)! - index.get(b.id)!;

  const pages: DiagramPage[] = [];
  const emit = (nodes: Node[], picture: Picture) =>
    pages.push({
      resources: nodes.map((n) => n.id),
      levels: [...new Set(nodes.map(level))].sort((a, b) => b - a),
      picture,
      fits: fits(picture),
    });
  let band: Node[] = [];
  let drawn: Picture | null = null;
  // Layers gathered in one pass (a chain has as many layers as resources), highest first.
  const layers = new Map<number, Node[]>();
  for (const n of resources) {
    const l = level(n);
    const layer = layers.get(l);
    if (layer) layer.push(n);
    else layers.set(l, [n]);
  }
  const levels = [...layers.keys()].sort((a, b) => b - a);
  for (const l of levels) {
    const layer = layers.get(l)!;
    const tried = draw([...band, ...layer].sort(byPlan));
    if (fits(tried)) {
      band = [...band, ...layer].sort(byPlan);
      drawn = tried;
      continue;
    }
    if (band.length > 0) emit(band, drawn!);
    band = [];
    drawn = null;
    // The layer alone: whole if it fits, else in pieces, resource by resource.
    for (const n of layer) {
      const next = draw([...band, n]);
      if (band.length === 0 || fits(next)) {
        band = [...band, n];
        drawn = next;
      } else {
        emit(band, drawn!);
        band = [n];
        drawn = draw(band);
      }
    }
  }
  if (band.length > 0) emit(band, drawn!);
  return pages;
}
