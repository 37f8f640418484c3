/**
 * Document model → DOCX bytes, deterministic (docs/architecture.md, render/docx).
 *
 * Three steps: the page estimate (page-estimate.ts) gives the Sommaire's page numbers and the
 * pages left blank before odd sections; the body is written as WordprocessingML strings, section
 * by section (body-xml.ts: on a 1,500-resource PRA docx's object model of the body cost seconds
 * and a gigabyte of garbage, strings give the same bytes); the docx library packs the rest —
 * styles, numbering, headers and footers, properties — through its public API, and package.ts
 * puts the body in (the one place where it joins the package).
 */
import type { Document, Heading } from "../../doc/model.js";
import { renderBlocks, type RenderContext } from "./body-xml.js";
import { rasterize, type FigurePart } from "./figure.js";
import { docxDocument, packageDocx } from "./package.js";
import { estimatePages } from "./page-estimate.js";
import { sectionPlans } from "./sections.js";
import { BULLET_REF, NUMBER_REF } from "./docx-styles.js";
import { BodyWriter } from "./xml.js";

export async function renderDocx(doc: Document): Promise<Uint8Array> {
  const estimate = estimatePages(doc);
  const plans = sectionPlans(doc, estimate.blankBefore);
  const file = docxDocument(doc, plans);
  // Lists are registered in numbering.xml as they are written, in document order; each gets an
  // instance of its own, so that it restarts at 1.
  let instance = 0;
  const list = (ordered: boolean): number => {
    const reference = ordered ? NUMBER_REF : BULLET_REF;
    file.Numbering.createConcreteNumberingInstance(reference, ++instance);
    const made = file.Numbering.ConcreteNumbering.find(
      (c) => c.reference === reference && c.instance === instance,
    );
    if (!made) throw new Error(`liste ${reference} ${instance} non enregistrée`);
    return made.numId;
  };
  const figures: FigurePart[] = [];
  const ctx: RenderContext = {
    headingPage: estimate.headingPage,
    headings: doc.body.filter((b): b is Heading => b.type === "heading"),
    list,
    textWidth: 0,
    figure: (block) => {
      const n = figures.length + 1;
      figures.push({ rId: `rIdFigure${n}`, name: `figure${n}.png`, png: rasterize(block) });
      return { part: figures[n - 1], id: 1000 + n };
    },
  };

  const body = new BodyWriter();
  plans.forEach((plan, index) => {
    ctx.textWidth = plan.textWidth;
    renderBlocks(plan.blocks, ctx, body);
    // An empty body section still needs a paragraph to carry its properties.
    if (!plan.cover && body.blocksInSection === 0) body.paragraph("", "");
    if (index < plans.length - 1) body.endSection(index);
  });
  return packageDocx(doc, file, plans, body, figures);
}

export { estimatePages } from "./page-estimate.js";
