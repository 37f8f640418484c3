/**
 * Positioned pages → PDF bytes with pdf-lib's object layer: the content streams are written here
 * from the layout data (fills, figure paths, rules, then text with raw operators and cached glyph
 * codes) into one reused byte buffer and deflated by Node's zlib; the pages are pdf-lib page
 * leaves pushed onto one flat /Pages node (`addPage` walks the page tree at every page: quadratic
 * on a 2,000-page PRA), sharing one resource dictionary. Then links, outline and metadata
 * (docs/documents.md §1.3: title, author, subject, keywords, fr-FR, dates = plan date at 00:00:00
 * UTC). pdf-lib writes no clock date, producer or random id when asked not to: same input, same
 * bytes.
 */
import { PDFDocument, PDFName, PDFPageLeaf, type PDFArray, type PDFRef } from "./pdf-lib.js";
import { deflate, deflatedStream } from "./streams.js";
import type { DocumentMeta } from "../../doc/model.js";
import { ByteWriter } from "./bytes.js";
import { fontkitForEmbedding, FONT_IDS, type FontId } from "./fonts.js";
import { CodeSpaceFull, EmbeddedFont, type CodeWidth } from "./fonts-embed.js";
import { destination, writeOutline } from "./outline.js";
import type { LaidOutDocument, LaidOutPage } from "./types.js";

/**
 * Deflate level of the content streams. Level 6 (zlib's default) took ~1.6 times the CPU of
 * level 3 for a file ~9 % smaller on the 2,176-page bench PRA (4.15 against 3.78 MB of
 * streams). Deterministic at any level.
 */
const DEFLATE_LEVEL = 3;

/** A number with at most two decimals, `0` for `-0` (fills, rules, colours, links). */
const num = (n: number): string => {
  const r = Math.round(n * 100);
  return r === 0 ? "0" : String(r / 100);
};

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
  // positions are exactly the absolute ones rounded: shorter than a full `Tm` matrix per run. A
  // run that starts the next line of a paragraph (same x, lower by the leading) is shown with `'`
  // (next line, then show), its leading set once with `TL`: 3 bytes instead of ≈16 for most lines
  // of text — the CHU PRA's content streams 13.7 → 12.5 MB before deflate, less to write and to
  // deflate.
  let atX = 0;
  let atY = 0;
  let leading = 0;
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
      const nextLine = x === atX && y < atY;
      if (nextLine) {
        if (atY - y !== leading) {
          out.centi((leading = atY - y));
          out.ascii(" TL ");
        }
        out.byte(0x28);
      } else {
        out.centi(x - atX);
        out.byte(0x20);
        out.centi(y - atY);
        out.ascii(" Td (");
      }
      atX = x;
      atY = y;
      encoder!.writeText(out, run.text);
      out.ascii(nextLine ? ")'\n" : ") Tj\n");
    }
  out.ascii("ET\n");
}

export async function paintDocument(laid: LaidOutDocument, meta: DocumentMeta): Promise<Uint8Array> {
  try {
    return await paintWith(laid, meta, 1);
  } catch (error) {
    // A font needs more than 255 glyphs: the whole document again, with two-byte codes.
    if (error instanceof CodeSpaceFull) return paintWith(laid, meta, 2);
    throw error;
  }
}

async function paintWith(
  laid: LaidOutDocument,
  meta: DocumentMeta,
  codeWidth: CodeWidth,
): Promise<Uint8Array> {
  const date = new Date(`${meta.date}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new Error(`date de document invalide : ${meta.date}`);
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkitForEmbedding() as unknown as Parameters<PDFDocument["registerFontkit"]>[0]);
  const ctx = doc.context;
  // pdf-lib deflates the embedded font files and ToUnicode maps with pako (JavaScript, ~10 % of a
  // large PDF's CPU); Node's zlib does the same work natively.
  ctx.flateStream = (contents, dict = {}) => deflatedStream(ctx, deflate(contents), dict);
  const used = new Set<FontId>();
  for (const p of laid.pages) {
    for (const r of p.runs) used.add(r.font);
    for (const r of p.running) used.add(r.font);
  }
  const fonts = new Map<FontId, EmbeddedFont>();
  for (const id of FONT_IDS) if (used.has(id)) fonts.set(id, await EmbeddedFont.embed(doc, id, codeWidth));
  const fontDict: Record<string, PDFRef> = {};
  for (const [id, f] of fonts) fontDict[RESOURCE[id]] = f.ref;
  // One resource dictionary for every page: the pages use the same fonts.
  const resources = ctx.register(ctx.obj({ Font: fontDict }));

  const tree = doc.catalog.Pages();
  const treeRef = doc.catalog.get(PDFName.of("Pages")) as PDFRef;
  // References first: links point at pages further on (the Sommaire).
  const pageRefs = laid.pages.map(() => ctx.nextRef());
  const stream = new ByteWriter();
  // Names and page boxes made once, not per page: pdf-lib formats each number of a new array
  // (MediaBox), and a direct object shared by pages is written in full in each of them.
  const name = {
    Type: PDFName.of("Type"),
    Page: PDFName.of("Page"),
    Parent: PDFName.of("Parent"),
    MediaBox: PDFName.of("MediaBox"),
    Resources: PDFName.of("Resources"),
    Contents: PDFName.of("Contents"),
  };
  const boxes = new Map<string, PDFArray>();
  const mediaBox = (lp: LaidOutPage): PDFArray => {
    const size = `${lp.width} ${lp.height}`;
    let box = boxes.get(size);
    if (!box) boxes.set(size, (box = ctx.obj([0, 0, lp.width, lp.height])));
    return box;
  };
  laid.pages.forEach((lp, i) => {
    stream.reset();
    contentStream(stream, lp, fonts);
    const contents = ctx.register(deflatedStream(ctx, deflate(stream.view(), DEFLATE_LEVEL)));
    const entries = new Map([
      [name.Type, name.Page],
      [name.Parent, treeRef],
      [name.MediaBox, mediaBox(lp)],
      [name.Resources, resources],
      [name.Contents, contents],
    ] as [PDFName, Parameters<typeof ctx.assign>[1]][]);
    if (lp.links.length > 0) {
      const annots = lp.links.map((link) => {
        const target = laid.headings[link.target];
        const rect = [link.x, lp.height - link.y - link.height, link.x + link.width, lp.height - link.y];
        const annot = ctx.obj({
          Type: "Annot",
          Subtype: "Link",
          Rect: rect.map((v) => Math.round(v * 100) / 100),
          Border: [0, 0, 0],
        });
        annot.set(
          PDFName.of("Dest"),
          destination(doc, pageRefs[target.page], target.x, laid.pages[target.page].height - target.y),
        );
        return ctx.register(annot);
      });
      entries.set(PDFName.of("Annots"), ctx.obj(annots));
    }
    ctx.assign(pageRefs[i], PDFPageLeaf.fromMapWithContext(entries, ctx));
    // Appends to the one /Pages node's kids: constant time, unlike addPage's tree walk.
    tree.pushLeafNode(pageRefs[i]);
  });
  writeOutline(
    doc,
    laid.headings,
    pageRefs,
    laid.pages.map((p) => p.height),
  );

  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setKeywords([meta.keywords]);
  doc.setCreator("pcapra");
  doc.setProducer("pcapra");
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  doc.setLanguage(meta.language);
  // The pages were added below pdf-lib's page API: no default page may be added for them.
  // pdf-lib yields to the event loop (a `setTimeout`) every `objectsPerTick` objects, 50 by
  // default: on the 2,176-page CHU PRA that was ≈0.23 s of idle wall time in `save`. A build
  // has nothing else to run meanwhile.
  return doc.save({ useObjectStreams: false, addDefaultPage: false, objectsPerTick: Infinity });
}
