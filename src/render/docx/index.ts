/**
 * Document model → DOCX bytes, normalised for byte-determinism.
 *
 * Hybrid: the docx library builds the package around the body — styles, numbering, headers and
 * footers, section properties, core and app properties — from a skeleton whose sections hold one
 * empty paragraph each; the body blocks are written as XML strings (body-xml.ts) and take the
 * place of those paragraphs in word/document.xml. On a 1,500-resource PRA the docx object model
 * of the body cost seconds and a gigabyte of garbage; the strings give the same bytes.
 */
import { Document as DocxDocument, Packer, Paragraph, type ISectionOptions } from "docx";
import { unzipSync } from "fflate";
import type { Document, Heading } from "../../doc/model.js";
import { renderBlocks, type RenderContext } from "./body-xml.js";
import { addFigureParts, rasterize, type FigurePart } from "./figure.js";
import { normalizeParts } from "./normalize.js";
import { estimatePages } from "./page-estimate.js";
import { documentOptions, sectionPlans } from "./sections.js";
import { BodyWriter } from "./xml.js";

type PartCompiler = { compile(file: DocxDocument): Map<string, string | Uint8Array> };

export interface RenderOptions {
  /**
   * Packs through the public `Packer.toBuffer` instead of the Packer's own compiler (docx 9.15,
   * internal), which hands the parts over without zipping them first. Same bytes either way.
   */
  publicPacker?: boolean;
}

/** The package parts before zipping. */
async function compileParts(
  file: DocxDocument,
  options: RenderOptions,
): Promise<Map<string, string | Uint8Array>> {
  const compiler = (Packer as unknown as { compiler?: PartCompiler }).compiler;
  if (!options.publicPacker && compiler && typeof compiler.compile === "function") {
    const parts = compiler.compile(file);
    if (parts instanceof Map && parts.has("word/document.xml")) return parts;
  }
  const packed = await Packer.toBuffer(file);
  return new Map(
    Object.entries(unzipSync(new Uint8Array(packed.buffer, packed.byteOffset, packed.byteLength))),
  );
}

const SECT_PR = /<w:sectPr>[\s\S]*?<\/w:sectPr>/g;

/**
 * Checks that the skeleton's body is exactly one empty paragraph per section, the section
 * properties where docx puts them; anything else means docx changed its output, and the file
 * would be wrong: that is a bug, thrown. Returns the pieces around the body.
 */
function skeletonParts(
  skeleton: string,
  sections: number,
): { head: string; sectPr: string[]; last: string; tail: string } {
  const open = skeleton.indexOf("<w:body>") + "<w:body>".length;
  const close = skeleton.lastIndexOf("</w:body>");
  const inner = skeleton.slice(open, close);
  const sectPr = inner.match(SECT_PR) ?? [];
  const expected =
    sectPr
      .slice(0, -1)
      .map((s) => `<w:p><w:pPr>${s}</w:pPr></w:p>`)
      .join("") + `<w:p/>${sectPr[sectPr.length - 1] ?? ""}`;
  if (open < "<w:body>".length || close < 0 || sectPr.length !== sections || inner !== expected) {
    throw new Error("document.xml du squelette DOCX inattendu : corps non inséré");
  }
  return {
    head: skeleton.slice(0, open),
    sectPr: sectPr.slice(0, -1),
    last: sectPr[sectPr.length - 1],
    tail: skeleton.slice(close),
  };
}

/** Puts the body into the skeleton's document.xml (as text). */
export function spliceBody(skeleton: string, body: BodyWriter, sections: number): string {
  const { head, sectPr, last, tail } = skeletonParts(skeleton, sections);
  return head + body.toXml(sectPr) + last + tail;
}

/** Puts the body into the skeleton's document.xml, as UTF-8 bytes (the body never becomes one string). */
export function spliceBodyBytes(skeleton: string, body: BodyWriter, sections: number): Uint8Array {
  const { head, sectPr, last, tail } = skeletonParts(skeleton, sections);
  return Buffer.concat([
    Buffer.from(head, "utf8"),
    ...body.toBytes(sectPr),
    Buffer.from(last + tail, "utf8"),
  ]);
}

export async function renderDocx(doc: Document, options: RenderOptions = {}): Promise<Uint8Array> {
  const estimate = estimatePages(doc);
  const plans = sectionPlans(doc, estimate.blankBefore);
  const sections: ISectionOptions[] = plans.map((p) => ({ ...p.options, children: [new Paragraph({})] }));
  const file = new DocxDocument(documentOptions(doc, sections));

  // Lists are registered in numbering.xml as they are written, in document order, as docx would.
  const numbering = file.Numbering;
  const numId = (reference: string, instance: number): number => {
    numbering.createConcreteNumberingInstance(reference, instance);
    const all = numbering.ConcreteNumbering;
    const made = all[all.length - 1];
    const found =
      made && made.reference === reference && made.instance === instance
        ? made
        : all.find((c) => c.reference === reference && c.instance === instance);
    if (!found) throw new Error(`liste ${reference} ${instance} non enregistrée`);
    return found.numId;
  };
  const headings = doc.body.filter((b): b is Heading => b.type === "heading");
  const figures: FigurePart[] = [];
  const ctx: RenderContext = {
    headingPage: estimate.headingPage,
    headings,
    nextListInstance: 1,
    numId,
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

  const parts = await compileParts(file, options);
  addFigureParts(parts, figures);
  return normalizeParts(parts, doc.meta.date, undefined, (name, xml) =>
    name === "word/document.xml" ? spliceBodyBytes(xml, body, plans.length) : xml,
  );
}

export { estimatePages } from "./page-estimate.js";
