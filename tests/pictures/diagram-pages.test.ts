/**
 * The resources' diagram cut to A4 pages by dependency layer (issue 12): every page fits at
 * 8 pt, every resource is on exactly one page, every dependency is either an arrow on the page
 * or written in the box of the dependent resource.
 */
import { describe, expect, it } from "vitest";
import { analyzePlan } from "../../src/analyze.js";
import { layeredDiagramPages } from "../../src/pictures/diagram-pages.js";
import { minTextSize, type Shape } from "../../src/pictures/model.js";
import { toSvg } from "../../src/pictures/svg.js";
import { root } from "../cli/helpers.js";

const a4 = { width: 481, height: 700 }; // A4 portrait text area, in points

async function pages() {
  const a = await analyzePlan(root + "examples/ch-kerbrat");
  return {
    plan: a.plan!,
    recovery: a.recovery!,
    pages: layeredDiagramPages(a.plan!, a.recovery!, a4, { labelWidth: 90 }),
  };
}

describe("dependency diagram on A4 pages", () => {
  it("fits every page, each resource once, layers from the applications down", async () => {
    const { plan, recovery, pages: ps } = await pages();
    expect(ps.length).toBeGreaterThan(1);
    for (const p of ps) {
      expect(p.fits).toBe(true);
      expect(p.picture.width).toBeLessThanOrEqual(a4.width);
      expect(p.picture.height).toBeLessThanOrEqual(a4.height);
      for (const s of p.picture.shapes)
        if (s.type === "text") expect(s.size).toBeGreaterThanOrEqual(minTextSize);
    }
    const ids = ps.flatMap((p) => p.resources);
    expect([...ids].sort()).toEqual(plan.resources!.map((r) => r.id).sort());
    // Levels never go up from one page to the next.
    const levels = ps.flatMap((p) => p.levels);
    for (let i = 1; i < levels.length; i++) expect(levels[i]).toBeLessThanOrEqual(levels[i - 1]);
    expect(levels[0]).toBe(Math.max(...[...recovery.resources.values()].map((f) => f.level)));
  });

  it("shows every dependency: an arrow on the page or « → id » in the box", async () => {
    const { plan, pages: ps } = await pages();
    const pageOf = new Map(ps.flatMap((p, i) => p.resources.map((id) => [id, i] as const)));
    const texts = (i: number) =>
      ps[i].picture.shapes
        .filter((s): s is Extract<Shape, { type: "text" }> => s.type === "text")
        .map((t) => t.text);
    let arrows = 0;
    for (const r of plan.resources!)
      for (const d of r.dependsOn ?? []) {
        if (pageOf.get(r.id) === pageOf.get(d)) arrows++;
        // The note lists the off-page ids, maybe over several lines.
        else
          expect(texts(pageOf.get(r.id)!).join(" "), `${r.id} → ${d}`).toMatch(new RegExp(`(→|,) ?${d}\\b`));
      }
    const drawn = ps.reduce((n, p) => n + p.picture.shapes.filter((s) => s.type === "polygon").length, 0);
    expect(drawn).toBe(arrows);
    expect(arrows).toBeGreaterThan(0);
  });

  it("comes out identical on two runs", async () => {
    const first = (await pages()).pages.map((p) => toSvg(p.picture));
    const second = (await pages()).pages.map((p) => toSvg(p.picture));
    expect(first).toEqual(second);
  });
});
