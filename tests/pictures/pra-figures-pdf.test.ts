/**
 * PRA 4.4 pictures in the PDF (issue 12): the CH de Kerbrat PRA built through the real CLI shows
 * every figure of the view — its caption and every label of its picture read back with pdftotext
 * on the page that carries the caption; qpdf finds the file sound; every picture (paths and text)
 * lies inside the printable area without overlapping text; two builds give the same bytes.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { analyzePlan } from "../../src/analyze.js";
import { composeDocument, viewInput } from "../../src/build/index.js";
import { layoutDocument } from "../../src/render/pdf/layout.js";
import type { Figure } from "../../src/doc/model.js";
import { praFigures } from "../../src/view/pra-figures.js";
import { tempDir } from "../build/helpers.js";
import { cli } from "../cli/helpers.js";
import { toolsAvailable } from "../helpers/tools.js";
import { layoutProblems } from "../render/pdf/layout-check.js";
import { pdfPageTexts, squeeze } from "../render/pdf/read-back.js";

const kerbrat = "examples/ch-kerbrat";
const T = 180_000;

async function kerbratInput() {
  const analysis = await analyzePlan(kerbrat);
  return viewInput(
    kerbrat,
    { plan: analysis.plan!, map: analysis.map!, recovery: analysis.recovery!, findings: analysis.findings },
    null,
  );
}

describe("PRA 4.4 figures, PDF layout", () => {
  it("places every figure inside the printable area, its text clear of other text", async () => {
    const input = await kerbratInput();
    const doc = composeDocument("pra", input);
    const figures = doc.body.filter((b): b is Figure => b.type === "figure");
    expect(figures.map((f) => f.caption)).toEqual(praFigures(input).map((f) => f.caption));
    expect(figures.some((f) => f.caption.includes("Schéma des dépendances"))).toBe(true);
    expect(figures.some((f) => f.caption.includes("Chronologie de la reprise"))).toBe(true);
    const laid = layoutDocument(doc);
    expect(layoutProblems(laid)).toEqual([]);
    const withPaths = laid.pages.filter((p) => (p.paths ?? []).length > 0);
    expect(withPaths.length).toBe(figures.length);
    for (const page of withPaths) {
      const { x, y, width, height } = page.area;
      for (const path of page.paths!)
        for (const q of path.points) {
          expect(q.x).toBeGreaterThanOrEqual(x - 0.01);
          expect(q.x).toBeLessThanOrEqual(x + width + 0.01);
          expect(q.y).toBeGreaterThanOrEqual(y - 0.01);
          expect(q.y).toBeLessThanOrEqual(y + height + 0.01);
        }
    }
  });
});

describe.runIf(toolsAvailable("pdftotext", "qpdf"))("PRA 4.4 figures, built PDF", () => {
  const outs = [tempDir("pra-figures-a"), tempDir("pra-figures-b")];
  let pdfs: string[] = [];
  beforeAll(async () => {
    for (const out of outs) {
      const r = await cli(["build", kerbrat, "--doc", "pra", "--format", "pdf", "--out", out]);
      expect(r.code, r.stderr).toBe(0);
    }
    pdfs = outs.map((out) =>
      join(
        out,
        readdirSync(out).find((f) => f.endsWith(".pdf"))!,
      ),
    );
  }, T);

  it(
    "shows each caption with the labels of its picture on the same page",
    async () => {
      const pages = (await pdfPageTexts(pdfs[0])).map(squeeze);
      const figures = praFigures(await kerbratInput());
      for (const figure of figures) {
        const page = pages.find((p) => p.includes(squeeze(figure.caption)));
        expect(page, figure.caption).toBeDefined();
        const labels = figure.picture.shapes.flatMap((s) => (s.type === "text" ? [s.text] : []));
        expect(labels.length).toBeGreaterThan(5);
        for (const label of labels) expect(page, `${figure.caption}: ${label}`).toContain(squeeze(label));
      }
    },
    T,
  );

  it("passes qpdf --check, and two builds are byte-identical", () => {
    expect(() => execFileSync("qpdf", ["--check", pdfs[0]], { stdio: "pipe" })).not.toThrow();
    expect(readFileSync(pdfs[0]).equals(readFileSync(pdfs[1]))).toBe(true);
  });
});
