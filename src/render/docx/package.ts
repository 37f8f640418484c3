/**
 * The DOCX package: the docx library packs it through its public API (`Document` options for the
 * styles, numbering, headers and footers and properties; `Packer.toBuffer` with the parts we own
 * as overrides), and `joinBody` puts our document part in: the one place where the body XML
 * (body-xml.ts, xml.ts) joins the package. The package is then zipped again, entries in a fixed
 * order with the plan's date (zip.ts), because the Packer's zip carries the clock.
 *
 * Parts we own, so that nothing depends on a clock or on docx internals: `word/document.xml`
 * (body and section properties: tens of megabytes on a large plan, never handed to the Packer,
 * whose pure-JavaScript deflate would cost seconds), `docProps/core.xml` (dates = the plan date),
 * the figures' images (their relationships are given to docx, which writes them).
 */
import { Document as DocxDocument, Packer, type IPropertiesOptions, type ISectionOptions } from "docx";
import { unzipSync } from "fflate";
import type { Document } from "../../doc/model.js";
import type { FigurePart } from "./figure.js";
import { docxSection, runningKey, runningKinds, sectionXml, type SectionPlan } from "./sections.js";
import { DOCUMENT_OPEN } from "./static-parts.js";
import { documentStyles, numberingConfig } from "./docx-styles.js";
import { esc, type BodyWriter } from "./xml.js";
import { zipEntries } from "./zip.js";

const IMAGE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image";

/** Document-level options: core properties, styles, numbering definitions, the sections given. */
export function documentOptions(doc: Document, sections: ISectionOptions[]): IPropertiesOptions {
  return {
    title: doc.meta.title,
    creator: doc.meta.author,
    lastModifiedBy: doc.meta.author,
    subject: doc.meta.subject,
    keywords: doc.meta.keywords,
    revision: 1,
    styles: documentStyles(doc.meta.language),
    numbering: { config: numberingConfig() },
    sections,
  };
}

/**
 * The docx document of a file: its options, and one skeleton per kind of running lines
 * (runningKinds), so that docx writes one header and one footer part per kind, not per section.
 */
export function docxDocument(doc: Document, plans: SectionPlan[]): DocxDocument {
  return new DocxDocument(
    documentOptions(
      doc,
      runningKinds(plans).map((plan) => docxSection(doc, plan)),
    ),
  );
}

/** `YYYY-MM-DD` → `YYYY-MM-DDT00:00:00Z` (docs/documents.md 1.3: plan date at 00:00:00 UTC). */
function w3cdtf(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`date de document invalide : ${date}`);
  return `${date}T00:00:00Z`;
}

const CORE_OPEN =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties ' +
  'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
  'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
  'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">';

/** `docProps/core.xml` as docx writes it, but dated by the plan, never by the clock. */
function coreXml(doc: Document): string {
  const { title, subject, author, keywords } = doc.meta;
  const element = (name: string, value: string | undefined): string =>
    value ? `<${name}>${esc(value)}</${name}>` : "";
  const stamp = w3cdtf(doc.meta.date);
  return (
    CORE_OPEN +
    element("dc:title", title) +
    element("dc:subject", subject) +
    element("dc:creator", author) +
    element("cp:keywords", keywords) +
    element("cp:lastModifiedBy", author) +
    "<cp:revision>1</cp:revision>" +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified></cp:coreProperties>`
  );
}

/**
 * `word/document.xml`: the body as written (UTF-8 pieces, never one string on a large plan), each
 * section but the last ended inside it, the last section's properties at the end of the body.
 * Headers and footers are referred to by the relationship ids docx gave them, one pair per kind.
 */
function joinBody(file: DocxDocument, plans: SectionPlan[], body: BodyWriter): Uint8Array {
  const headers = file.Headers.map((h) => `rId${h.View.ReferenceId}`);
  const footers = file.Footers.map((f) => `rId${f.View.ReferenceId}`);
  // docx wrote the parts in the order of runningKinds, the cover's kind having none.
  const kinds = runningKinds(plans).filter((plan) => plan.running !== "none");
  const ids = new Map(kinds.map((plan, i) => [runningKey(plan), { header: headers[i], footer: footers[i] }]));
  const sections = plans.map((plan) => {
    if (plan.running === "none") return sectionXml(plan);
    const running = ids.get(runningKey(plan));
    if (running?.header === undefined || running.footer === undefined)
      throw new Error("en-tête ou pied de page de section absent du paquet DOCX");
    return sectionXml(plan, running);
  });
  return Buffer.concat([
    Buffer.from(`${DOCUMENT_OPEN}<w:body>`, "utf8"),
    ...body.toBytes(sections.slice(0, -1)),
    Buffer.from(`${sections[sections.length - 1]}</w:body></w:document>`, "utf8"),
  ]);
}

/** `[Content_Types].xml` first (as Office writes it), then the parts by name. */
function byPartName(a: string, b: string): number {
  const rank = (n: string): number => (n === "[Content_Types].xml" ? 0 : 1);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** The whole package, zipped: `body` holds every section's blocks, ended by `endSection`. */
export async function packageDocx(
  doc: Document,
  file: DocxDocument,
  plans: SectionPlan[],
  body: BodyWriter,
  figures: FigurePart[],
): Promise<Uint8Array> {
  // docx prefixes the id with `rId`: `Figure1` is written `rIdFigure1`, the id figure.ts uses.
  for (const f of figures)
    file.Document.Relationships.addRelationship(f.rId.slice("rId".length), IMAGE, `media/${f.name}`);
  const packed = await Packer.toBuffer(file, false, [{ path: "docProps/core.xml", data: coreXml(doc) }]);
  const parts = new Map<string, Uint8Array>(
    Object.entries(unzipSync(new Uint8Array(packed.buffer, packed.byteOffset, packed.byteLength))),
  );
  parts.set("word/document.xml", joinBody(file, plans, body));
  for (const f of figures) parts.set(`word/media/${f.name}`, f.png);
  const names = [...parts.keys()].sort(byPartName);
  return zipEntries(
    names.map((name) => [name, parts.get(name)!]),
    doc.meta.date,
  );
}
