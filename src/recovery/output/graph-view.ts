import type { Plan } from "../../plan/types.js";
import { buildGraph, type Graph } from "../graph.js";
import { formatSignedDuration } from "../../text/french.js";
import { tierOf } from "../tiers.js";
import type { Recovery, Tier } from "../types.js";

/** What `pcapra graph` draws: nodes (services then resources, plan order) and their edges. */
export interface GraphNode {
  id: string;
  name: string;
  service: boolean;
  tier: Tier;
  /** Second label line: `P1 · 4 h`, or `Sans échéance`. */
  caption: string;
  /** A resource outside the lost set (still there in the scenario). */
  kept: boolean;
}

export interface GraphView {
  nodes: GraphNode[];
  /** Pairs of indices into `nodes`: dependent → dependency. */
  edges: [number, number][];
}

/** Fill colours by tier, from red (P1) to blue (P5); grey without deadline. */
export const tierColours: Record<Tier, string> = {
  P1: "#f4a6a6",
  P2: "#f9c98f",
  P3: "#fbe58c",
  P4: "#c6e5a8",
  P5: "#b3d4f0",
  none: "#e0e0e0",
};

function caption(tier: Tier, minutes: number | null): string {
  return minutes === null ? "Sans échéance" : `${tier} · ${formatSignedDuration(minutes)}`;
}

/** Nodes reachable from `root` through dependsOn (root included). */
function reachable(g: Graph, root: number): Uint8Array {
  const seen = new Uint8Array(g.nodeCount);
  const stack = [root];
  seen[root] = 1;
  while (stack.length > 0) {
    const n = stack.pop()!;
    for (let k = g.depStart[n]; k < g.depStart[n + 1]; k++) {
      const d = g.depTarget[k];
      if (!seen[d]) {
        seen[d] = 1;
        stack.push(d);
      }
    }
  }
  return seen;
}

/**
 * The graph to draw; with `service`, only that service's subgraph (what it depends on
 * transitively). Returns null when `service` is not a service id of the plan.
 */
export function graphView(plan: Plan, recovery: Recovery, service?: string): GraphView | null {
  const g = buildGraph(plan);
  let keep: Uint8Array | null = null;
  if (service !== undefined) {
    const root = g.index.get(service);
    if (root === undefined || root >= g.serviceCount) return null;
    keep = reachable(g, root);
  }
  const position = new Int32Array(g.nodeCount).fill(-1);
  const nodes: GraphNode[] = [];
  for (let n = 0; n < g.nodeCount; n++) {
    if (keep && !keep[n]) continue;
    position[n] = nodes.length;
    if (n < g.serviceCount) {
      const s = recovery.services[n];
      const tier = tierOf(s.effectiveRtoMinutes);
      nodes.push({
        id: s.id,
        name: s.name,
        service: true,
        tier,
        caption: caption(tier, s.effectiveRtoMinutes),
        kept: false,
      });
    } else {
      const r = plan.resources![n - g.serviceCount];
      const f = recovery.resources.get(g.ids[n]);
      const tier = f?.tier ?? "none";
      nodes.push({
        id: g.ids[n],
        name: r.name,
        service: false,
        tier,
        caption: caption(tier, f?.deadlineMinutes ?? null),
        kept: !(f?.lost ?? false),
      });
    }
  }
  const edges: [number, number][] = [];
  for (let n = 0; n < g.nodeCount; n++) {
    if (position[n] < 0) continue;
    for (let k = g.depStart[n]; k < g.depStart[n + 1]; k++) {
      const d = g.depTarget[k];
      if (position[d] >= 0) edges.push([position[n], position[d]]);
    }
  }
  return { nodes, edges };
}

/** A DOT double-quoted string: backslashes and quotes escaped, line breaks as `\n`. */
export function dotString(text: string): string {
  return `"${text
    .replace(/\\/g, "\\\\")
    .replace(/"/g, '\\"')
    .replace(/\r\n|\r|\n/g, "\\n")}"`;
}

/** Graphviz DOT: services as boxes, resources as ellipses (dashed when kept), fill by tier. */
export function toDot(view: GraphView): string {
  const lines = [
    "digraph pcapra {",
    "  rankdir=LR;",
    '  node [style=filled, fontname="Helvetica"];',
    '  edge [color="#555555"];',
  ];
  for (const n of view.nodes) {
    const attrs = [
      `shape=${n.service ? "box" : "ellipse"}`,
      `label=${dotString(`${n.name}\n${n.caption}`)}`,
      `fillcolor="${tierColours[n.tier]}"`,
      ...(n.kept ? ['style="filled,dashed"'] : []),
    ];
    lines.push(`  ${dotString(n.id)} [${attrs.join(", ")}];`);
  }
  for (const [a, b] of view.edges)
    lines.push(`  ${dotString(view.nodes[a].id)} -> ${dotString(view.nodes[b].id)};`);
  lines.push("}");
  return lines.join("\n") + "\n";
}

/** Mermaid label text: entities for what Mermaid would parse, `<br/>` for line breaks. */
export function mermaidText(text: string): string {
  return text
    .replace(/#/g, "#35;")
    .replace(/&/g, "#amp;")
    .replace(/"/g, "#quot;")
    .replace(/</g, "#lt;")
    .replace(/>/g, "#gt;")
    .replace(/\r\n|\r|\n/g, "<br/>");
}

/**
 * Mermaid flowchart: node ids are `n0`, `n1`… (plan ids may hold `.` or `-` that Mermaid reads
 * as syntax), services as boxes, resources as stadiums, one classDef per tier.
 */
export function toMermaid(view: GraphView): string {
  const lines = ["flowchart LR"];
  view.nodes.forEach((n, i) => {
    const label = `"${mermaidText(n.name)}<br/>${mermaidText(n.caption)}"`;
    lines.push(`  n${i}${n.service ? `[${label}]` : `([${label}])`}`);
  });
  for (const [a, b] of view.edges) lines.push(`  n${a} --> n${b}`);
  const tiers: Tier[] = ["P1", "P2", "P3", "P4", "P5", "none"];
  for (const t of tiers) {
    const name = t === "none" ? "nodeadline" : t.toLowerCase();
    lines.push(`  classDef ${name} fill:${tierColours[t]},stroke:#555555,color:#000000`);
    const members = view.nodes.flatMap((n, i) => (n.tier === t ? [`n${i}`] : []));
    if (members.length > 0) lines.push(`  class ${members.join(",")} ${name}`);
  }
  return lines.join("\n") + "\n";
}
