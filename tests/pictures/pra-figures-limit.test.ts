/**
 * PRA 4.4 pictures stop at a size (src/view/pra-figures.ts): a plan with more resources than the
 * limit gets no figure, and the sentence that says the tables stand in for them; a plan at the
 * limit still gets its pictures.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyzePlan } from "../../src/analyze.js";
import { composeDocument, viewInput } from "../../src/build/index.js";
import type { Block } from "../../src/doc/model.js";
import { figureResourceLimit } from "../../src/view/pra-figures.js";
import { tempDir } from "../build/helpers.js";
import { wide } from "../hostile/plans.js";

async function praBody(resources: number): Promise<Block[]> {
  const dir = tempDir("figures-limit");
  mkdirSync(dir, { recursive: true });
  const path = join(dir, "plan.yaml");
  // `wide(n)` holds the minimal plan's own resource (the DPI) plus n others.
  writeFileSync(path, wide(resources - 1));
  const analysis = await analyzePlan(path);
  expect(analysis.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const input = viewInput(
    path,
    { plan: analysis.plan!, map: analysis.map!, recovery: analysis.recovery!, findings: analysis.findings },
    null,
  );
  expect(input.plan.resources).toHaveLength(resources);
  return composeDocument("pra", input).body;
}

const omitted = (body: Block[]) =>
  body.some(
    (b) =>
      b.type === "paragraph" &&
      b.inlines.some(
        (i) => i.type === "text" && i.text.startsWith(`Au-delà de ${figureResourceLimit} ressources`),
      ),
  );

describe("PRA 4.4 pictures and plan size", () => {
  it("draws the pictures up to the limit", async () => {
    const body = await praBody(figureResourceLimit);
    expect(body.some((b) => b.type === "figure")).toBe(true);
    expect(omitted(body)).toBe(false);
  }, 120_000);

  it("leaves them out above it and says the tables stand in for them", async () => {
    const body = await praBody(figureResourceLimit + 1);
    expect(body.some((b) => b.type === "figure")).toBe(false);
    expect(omitted(body)).toBe(true);
  }, 120_000);
});
