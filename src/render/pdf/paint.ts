/**
 * Positioned pages → PDF bytes with pdf-lib: the content streams are written here from the layout
 * data (fills, rules, then text with raw operators and cached glyph codes), not through
 * `page.drawText`, which lays the text out again at every call. Then links, outline and metadata
 * (docs/documents.md §1.3: title, author, subject, keywords, fr-FR, dates = plan date at 00:00:00 UTC).
 * pdf-lib writes no clock date, producer or random id when asked not to: same input, same bytes.
 */
import { deflateSync } from "node:zlib";
import { PDFDocument, PDFName, PDFRawStream, type PDFRef } from "pdf-lib";
import type { DocumentMeta } from "../../doc/model.js";
import { fontkit, FONT_IDS, type FontId } from "./fonts.js";
import { EmbeddedFont } from "./fonts-embed.js";
import { destination, writeOutline } from "./outline.js";
import type { LaidOutDocument, LaidOutPage } from "./types.js";

const num = (n: number): string => {
  const r = Math.round(n * 100) / 100;
  return Object.is(r, -0) ? "0" : String(r);
};

const rgb = (hex: string): string =>
  [0, 2, 4].map((i) => num(parseInt(hex.slice(i, i + 2), 16) / 255)).join(" ");

const RESOURCE: Record<FontId, string> = { regular: "F1", bold: "F2", italic: "F3", boldItalic: "F4" };

function contentStream(page: LaidOutPage, fonts: Map<FontId, EmbeddedFont>): string {
  const out: string[] = [];
  const H = page.height;
  for (const f of page.fills)
    out.push(
      `${rgb(f.color)} rg ${num(f.x)} ${num(H - f.y - f.height)} ${num(f.width)} ${num(f.height)} re f`,
    );
  for (const p of page.paths ?? []) {
    if (p.points.length < 2) continue;
    const [first, ...rest] = p.points;
    const path = [
      `${num(first.x)} ${num(H - first.y)} m`,
      ...rest.map((q) => `${num(q.x)} ${num(H - q.y)} l`),
    ];
    const paint = p.fill && p.stroke ? "b" : p.fill ? "f" : p.closed ? "s" : "S";
    out.push(
      "q",
      ...(p.fill ? [`${rgb(p.fill)} rg`] : []),
      ...(p.stroke ? [`${rgb(p.stroke)} RG ${num(p.width)} w${p.dashed ? " [3 2] 0 d" : ""}`] : []),
      `${path.join(" ")} ${paint}`,
      "Q",
    );
  }
  let width = -1;
  let stroke = "";
  for (const r of page.rules) {
    if (r.width !== width) out.push(`${num((width = r.width))} w`);
    if (r.color !== stroke) out.push(`${rgb((stroke = r.color))} RG`);
    out.push(`${num(r.x1)} ${num(H - r.y1)} m ${num(r.x2)} ${num(H - r.y2)} l S`);
  }
  const runs = page.running.length === 0 ? page.runs : page.runs.concat(page.running);
  if (runs.length > 0) {
    out.push("BT");
    let font = "";
    let color = "";
    for (const run of runs) {
      const f = `/${RESOURCE[run.font]} ${num(run.size)} Tf`;
      if (f !== font) out.push((font = f));
      if (run.color !== color) out.push(`${rgb((color = run.color))} rg`);
      out.push(
        `1 0 0 1 ${num(run.x)} ${num(H - run.baseline)} Tm (${fonts.get(run.font)!.encode(run.text)}) Tj`,
      );
    }
    out.push("ET");
  }
  return out.join("\n");
}

export async function paintDocument(laid: LaidOutDocument, meta: DocumentMeta): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit as Parameters<PDFDocument["registerFontkit"]>[0]);
  const used = new Set<FontId>();
  for (const p of laid.pages) for (const r of [...p.runs, ...p.running]) used.add(r.font);
  const fonts = new Map<FontId, EmbeddedFont>();
  for (const id of FONT_IDS) if (used.has(id)) fonts.set(id, await EmbeddedFont.embed(doc, id));

  const pageRefs: PDFRef[] = [];
  const pages = laid.pages.map((lp) => {
    const page = doc.addPage([lp.width, lp.height]);
    pageRefs.push(page.ref);
    for (const [id, f] of fonts) page.node.setFontDictionary(PDFName.of(RESOURCE[id]), f.ref);
    // Node's zlib, not pdf-lib's pure-JavaScript deflate: the content streams are most of the
    // bytes, and on a 1,500-resource PRA pako took longer than all the layout.
    const data = deflateSync(Buffer.from(contentStream(lp, fonts), "latin1"), { level: 6 });
    const dict = doc.context.obj({ Filter: "FlateDecode", Length: data.length });
    page.node.addContentStream(doc.context.register(PDFRawStream.of(dict, data)));
    return page;
  });
  laid.pages.forEach((lp, i) => {
    for (const link of lp.links) {
      const target = laid.headings[link.target];
      const annot = doc.context.obj({
        Type: "Annot",
        Subtype: "Link",
        Rect: [link.x, lp.height - link.y - link.height, link.x + link.width, lp.height - link.y].map(
          (v) => Math.round(v * 100) / 100,
        ),
        Border: [0, 0, 0],
      });
      annot.set(
        PDFName.of("Dest"),
        destination(doc, pageRefs[target.page], target.x, laid.pages[target.page].height - target.y),
      );
      pages[i].node.addAnnot(doc.context.register(annot));
    }
  });
  writeOutline(
    doc,
    laid.headings,
    pageRefs,
    laid.pages.map((p) => p.height),
  );

  const date = new Date(`${meta.date}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new Error(`date de document invalide : ${meta.date}`);
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setKeywords([meta.keywords]);
  doc.setCreator("pcapra");
  doc.setProducer("pcapra");
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  doc.setLanguage(meta.language);
  return doc.save({ useObjectStreams: false });
}
