/** The pictures on small and odd inputs: a plan without ranked resources, names needing escapes. */
import { describe, expect, it } from "vitest";
import { dependencyDiagram } from "../../src/pictures/diagram.js";
import { toSvg } from "../../src/pictures/svg.js";
import { recoveryTimeline, recoveryTimelinePages } from "../../src/pictures/timeline.js";
import type { GraphView } from "../../src/recovery/output/graph-view.js";
import type { Recovery } from "../../src/recovery/types.js";

describe("pictures on small inputs", () => {
  it("draws a lone service without edges", () => {
    const view: GraphView = {
      nodes: [{ id: "s", name: "Seul", service: true, tier: "P1", caption: "P1 · 1 h", kept: false }],
      edges: [],
    };
    const p = dependencyDiagram(view);
    expect(p.shapes.filter((s) => s.type === "rect" && s.fill === "#f4a6a6").length).toBeGreaterThanOrEqual(
      1,
    );
    expect(p.shapes.some((s) => s.type === "polyline")).toBe(false);
    expect(p.width).toBeGreaterThan(0);
  });

  it("escapes plan text in the SVG and never writes a control character", () => {
    const view: GraphView = {
      nodes: [
        {
          id: "a",
          name: 'R&D <test> "q"\u0007',
          service: true,
          tier: "none",
          caption: "Sans échéance",
          kept: false,
        },
        { id: "b", name: "B", service: false, tier: "P2", caption: "P2 · 1 j", kept: true },
      ],
      edges: [[0, 1]],
    };
    const svg = toSvg(dependencyDiagram(view));
    expect(svg).toContain("R&amp;D &lt;test&gt; &quot;q&quot;\ufffd");
    expect(svg).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(svg).toContain('stroke-dasharray="3 2"'); // the kept resource
  });

  it("gives a timeline with no row when nothing is ranked", () => {
    const recovery = { ranked: [] } as unknown as Recovery;
    const p = recoveryTimeline(recovery);
    expect(p.shapes.some((s) => s.type === "text" && /^\d+\. /.test(s.text))).toBe(false);
    expect(recoveryTimelinePages(recovery, 300)).toHaveLength(1);
  });
});
