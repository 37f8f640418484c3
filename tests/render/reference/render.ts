/**
 * REFERENCE ONLY (tests): the whole-docx renderer as it was before the string writer and before
 * pcapra wrote its own package — every body block a docx object, packed by docx's compiler, the
 * Sommaire tab moved by a regex, then normalised (normalize.ts: dates pinned, random ids
 * renumbered). The production renderer must give the same bytes.
 */
import {
  Document as DocxDocument,
  Packer,
  PageOrientation,
  Paragraph,
  SectionType,
  type ISectionOptions,
} from "docx";
import type { Document, Heading } from "../../../src/doc/model.js";
import { estimatePages } from "../../../src/render/docx/page-estimate.js";
import { TEXT_WIDTH } from "../../../src/render/docx/styles.js";
import { renderBlocks, type RenderContext } from "./blocks.js";
import { documentOptions } from "../../../src/render/docx/package.js";
import { docxSection, sectionPlans, type SectionPlan } from "../../../src/render/docx/sections.js";
import { MARGIN, PAGE } from "../../../src/render/docx/styles.js";
import { normalizeParts } from "./normalize.js";

/** Section properties as docx writes them (src writes its own, sections.ts `sectionXml`). */
function properties(plan: SectionPlan): ISectionOptions["properties"] {
  const orientation = plan.orientation === "landscape" ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT;
  return {
    page: { size: { width: PAGE.width, height: PAGE.height, orientation }, margin: { ...MARGIN, gutter: 0 } },
    ...(plan.start ? { type: plan.start === "oddPage" ? SectionType.ODD_PAGE : SectionType.NEXT_PAGE } : {}),
  };
}

/** docx writes the cached TOC tab at 9025 twips (its default text width); ours is TEXT_WIDTH. */
function tocTabFixup(name: string, xml: string): string {
  if (name !== "word/document.xml") return xml;
  return xml.replace(
    /<w:tab w:val="right" w:pos="9025" w:leader="/g,
    `<w:tab w:val="right" w:pos="${TEXT_WIDTH}" w:leader="`,
  );
}

export function referenceDocx(doc: Document): DocxDocument {
  const estimate = estimatePages(doc);
  const headings = doc.body.filter((b): b is Heading => b.type === "heading");
  const ctx: RenderContext = { headingPage: estimate.headingPage, headings, nextListInstance: 1 };
  const sections: ISectionOptions[] = sectionPlans(doc, estimate.blankBefore).map((plan) => {
    ctx.textWidth = plan.textWidth;
    const children = renderBlocks(plan.blocks, ctx);
    if (!plan.cover && children.length === 0) children.push(new Paragraph({}));
    return { ...docxSection(doc, plan), properties: properties(plan), children };
  });
  return new DocxDocument(documentOptions(doc, sections));
}

type PartCompiler = { compile(file: DocxDocument): Map<string, string | Uint8Array> };

export function referenceRenderDocx(doc: Document): Uint8Array {
  const compiler = (Packer as unknown as { compiler: PartCompiler }).compiler;
  return normalizeParts(compiler.compile(referenceDocx(doc)), doc.meta.date, tocTabFixup);
}
