/**
 * Positioned pages → PDF bytes: the content streams are written here from the layout data
 * (fills, figure paths, rules, then text with raw operators and cached glyph codes), then the
 * page tree (flat: one /Pages node), links, outline and metadata (docs/documents.md §1.3: title,
 * author, subject, keywords, fr-FR, dates = plan date at 00:00:00 UTC), with the small writer of
 * pdf-writer.ts. No clock date, producer or random id: same input, same bytes.
 */
import type { DocumentMeta } from "../../doc/model.js";
import { ByteWriter } from "./bytes.js";
import { FONT_IDS, type FontId } from "./fonts.js";
import { EmbeddedFont } from "./fonts-embed.js";
import { destination, writeOutline } from "./outline.js";
import { literal, num, PdfWriter, ref, textString } from "./pdf-writer.js";
import type { LaidOutDocument, LaidOutPage } from "./types.js";

const colors = new Map<string, string>();
/** `r g b` of an RGB hex colour, each colour formatted once. */
function rgb(hex: string): string {
  let c = colors.get(hex);
  if (c === undefined) {
    c = [0, 2, 4].map((i) => num(parseInt(hex.slice(i, i + 2), 16) / 255)).join(" ");
    colors.set(hex, c);
  }
  return c;
}

const RESOURCE: Record<FontId, string> = { regular: "F1", bold: "F2", italic: "F3", boldItalic: "F4" };

/** Writes the page's drawing operators into `out` (glyph codes are bytes). */
export function contentStream(out: ByteWriter, page: LaidOutPage, fonts: Map<FontId, EmbeddedFont>): void {
  const H = page.height;
  const xy = (x: number, y: number): void => {
    out.num(x);
    out.byte(0x20);
    out.num(H - y);
    out.byte(0x20);
  };
  for (const f of page.fills) {
    out.ascii(`${rgb(f.color)} rg `);
    xy(f.x, f.y + f.height);
    out.num(f.width);
    out.byte(0x20);
    out.num(f.height);
    out.ascii(" re f\n");
  }
  for (const p of page.paths ?? []) {
    if (p.points.length < 2) continue;
    out.ascii("q\n");
    if (p.fill) out.ascii(`${rgb(p.fill)} rg\n`);
    if (p.stroke) out.ascii(`${rgb(p.stroke)} RG ${num(p.width)} w${p.dashed ? " [3 2] 0 d" : ""}\n`);
    p.points.forEach((q, i) => {
      xy(q.x, q.y);
      out.ascii(i === 0 ? "m " : "l ");
    });
    out.ascii(`${p.fill && p.stroke ? "b" : p.fill ? "f" : p.closed ? "s" : "S"}\nQ\n`);
  }
  let width = -1;
  let stroke = "";
  for (const r of page.rules) {
    if (r.width !== width) {
      out.num((width = r.width));
      out.ascii(" w\n");
    }
    if (r.color !== stroke) out.ascii(`${rgb((stroke = r.color))} RG\n`);
    xy(r.x1, r.y1);
    out.ascii("m ");
    xy(r.x2, r.y2);
    out.ascii("l S\n");
  }
  if (page.runs.length + page.running.length === 0) return;
  out.ascii("BT\n");
  // Each run is moved to from the previous one with `Td`, in whole hundredths of a point so the
  // positions are exactly the absolute ones rounded: shorter than a full `Tm` matrix per run.
  let atX = 0;
  let atY = 0;
  let font: FontId | "" = "";
  let size = -1;
  let color = "";
  let encoder: EmbeddedFont | undefined;
  for (const runs of [page.runs, page.running])
    for (const run of runs) {
      if (run.font !== font || run.size !== size) {
        font = run.font;
        size = run.size;
        encoder = fonts.get(font);
        out.ascii(`/${RESOURCE[font]} `);
        out.num(size);
        out.ascii(" Tf\n");
      }
      if (run.color !== color) out.ascii(`${rgb((color = run.color))} rg\n`);
      const x = Math.round(run.x * 100);
      const y = Math.round((H - run.baseline) * 100);
      out.centi(x - atX);
      out.byte(0x20);
      out.centi(y - atY);
      out.ascii(" Td (");
      atX = x;
      atY = y;
      encoder!.writeText(out, run.text);
      out.ascii(") Tj\n");
    }
  out.ascii("ET\n");
}

/** `D:YYYYMMDDHHmmSSZ` of the plan date, midnight UTC. */
function pdfDate(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) throw new Error(`date de document invalide : ${date}`);
  return `D:${d.toISOString().slice(0, 10).replace(/-/g, "")}000000Z`;
}

export async function paintDocument(laid: LaidOutDocument, meta: DocumentMeta): Promise<Uint8Array> {
  const created = pdfDate(meta.date);
  const pdf = new PdfWriter();
  const catalog = pdf.alloc();
  const pagesRoot = pdf.alloc();
  const resources = pdf.alloc();
  const used = new Set<FontId>();
  for (const p of laid.pages) {
    for (const r of p.runs) used.add(r.font);
    for (const r of p.running) used.add(r.font);
  }
  const fonts = new Map<FontId, EmbeddedFont>();
  const fontRefs = new Map<FontId, number>();
  for (const id of FONT_IDS)
    if (used.has(id)) {
      fonts.set(id, new EmbeddedFont(id));
      fontRefs.set(id, pdf.alloc());
    }
  const pageRefs = laid.pages.map(() => pdf.alloc());
  const stream = new ByteWriter();

  laid.pages.forEach((lp, i) => {
    stream.reset();
    contentStream(stream, lp, fonts);
    const contents = pdf.addStream(stream.view());
    const annots = lp.links.map((link) => {
      const target = laid.headings[link.target];
      const rect = [link.x, lp.height - link.y - link.height, link.x + link.width, lp.height - link.y];
      return pdf.add(
        `<< /Type /Annot /Subtype /Link /Rect [${rect.map(num).join(" ")}] /Border [0 0 0] ` +
          `/Dest ${destination(pageRefs[target.page], target.x, laid.pages[target.page].height - target.y)} >>`,
      );
    });
    pdf.set(
      pageRefs[i],
      `<< /Type /Page /Parent ${ref(pagesRoot)} /MediaBox [0 0 ${num(lp.width)} ${num(lp.height)}] ` +
        `/Resources ${ref(resources)} /Contents ${ref(contents)}` +
        (annots.length > 0 ? ` /Annots [${annots.map(ref).join(" ")}]` : "") +
        " >>",
    );
  });
  // A flat page tree: one node whose kids are all the pages (valid at any count, PDF 32000 §7.7.3.2).
  pdf.set(pagesRoot, `<< /Type /Pages /Kids [${pageRefs.map(ref).join(" ")}] /Count ${pageRefs.length} >>`);
  const fontEntries = [...fontRefs].map(([id, n]) => `/${RESOURCE[id]} ${ref(n)}`).join(" ");
  pdf.set(resources, `<< /Font << ${fontEntries} >> /ProcSet [/PDF /Text] >>`);
  for (const [id, f] of fonts) f.write(pdf, fontRefs.get(id)!);

  const outline = writeOutline(
    pdf,
    laid.headings,
    pageRefs,
    laid.pages.map((p) => p.height),
  );
  pdf.set(
    catalog,
    `<< /Type /Catalog /Pages ${ref(pagesRoot)}` +
      (outline !== undefined ? ` /Outlines ${ref(outline)} /PageMode /UseOutlines` : "") +
      ` /ViewerPreferences << /DisplayDocTitle true >> /Lang ${literal(meta.language)} >>`,
  );
  const info = pdf.add(
    `<< /Title ${textString(meta.title)} /Author ${textString(meta.author)} ` +
      `/Subject ${textString(meta.subject)} /Keywords ${textString(meta.keywords)} ` +
      `/Creator ${textString("pcapra")} /Producer ${textString("pcapra")} ` +
      `/CreationDate ${literal(created)} /ModDate ${literal(created)} >>`,
  );
  return pdf.finish(catalog, info);
}
