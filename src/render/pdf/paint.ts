/**
 * Content streams → PDF bytes with pdf-lib's object layer: each page's content stream (its body,
 * written by the layout when it finished the page, or here; then its running header and footer:
 * content.ts, page-streams.ts) deflated by Node's zlib (deflater.ts); the pages pushed onto one
 * flat /Pages node (`addPage` walks the page tree at every page: quadratic on a 2,000-page PRA),
 * sharing one resource dictionary, their dictionaries and content streams written as bytes
 * (streams.ts `rawObject`); the fonts embedded with the glyphs the streams drew (fonts-embed.ts).
 * Then links, outline and metadata (docs/documents.md §1.3: title, author, subject, keywords,
 * fr-FR, dates = plan date at 00:00:00 UTC). pdf-lib writes no clock date, producer or random id
 * when asked not to: same input, same bytes.
 */
import { PDFDocument, PDFName, type PDFRef } from "./pdf-lib.js";
import { deflate, deflatedStream, rawDeflatedStream, rawObject } from "./streams.js";
import type { DocumentMeta } from "../../doc/model.js";
import { numText } from "./bytes.js";
import { Deflater } from "./deflater.js";
import { RESOURCE } from "./content.js";
import { fontkitForEmbedding } from "./fonts.js";
import { embedFont } from "./fonts-embed.js";
import { destination, writeOutline } from "./outline.js";
import { PageStreams } from "./page-streams.js";
import type { LaidOutDocument, LaidOutPage } from "./types.js";

/**
 * Deflate level of the content streams. Level 6 (zlib's default) took ~1.6 times the CPU of
 * level 3 for a file ~9 % smaller on the 2,176-page bench PRA (4.15 against 3.78 MB of
 * streams). Deterministic at any level.
 */
const DEFLATE_LEVEL = 3;

/**
 * The PDF of a laid-out document whose finished pages `streams` has written (layout.ts
 * `PageSink`); throws `CodeSpaceFull` when a font needs more glyphs than its codes can name.
 */
export async function paintDocument(
  laid: LaidOutDocument,
  meta: DocumentMeta,
  streams: PageStreams,
): Promise<Uint8Array> {
  const date = new Date(`${meta.date}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new Error(`date de document invalide : ${meta.date}`);
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkitForEmbedding() as unknown as Parameters<PDFDocument["registerFontkit"]>[0]);
  const ctx = doc.context;
  // pdf-lib deflates the embedded font files and ToUnicode maps with pako (JavaScript, ~10 % of a
  // large PDF's CPU); Node's zlib does the same work natively.
  ctx.flateStream = (contents, dict = {}) => deflatedStream(ctx, deflate(contents), dict);
  // Every page's content first: the fonts are embedded with the glyphs drawn.
  const deflater = new Deflater(DEFLATE_LEVEL);
  const contents = laid.pages.map((page) => deflater.deflate(...streams.parts(page)));
  deflater.close();
  const fontDict: Record<string, PDFRef> = {};
  for (const codes of streams.fonts.used()) fontDict[RESOURCE[codes.font]] = await embedFont(doc, codes);
  // One resource dictionary for every page: the pages use the same fonts.
  const resources = ctx.register(ctx.obj({ Font: fontDict }));

  const tree = doc.catalog.Pages();
  const treeRef = doc.catalog.get(PDFName.of("Pages")) as PDFRef;
  // References first: links point at pages further on (the Sommaire).
  const pageRefs = laid.pages.map(() => ctx.nextRef());
  // Every page dictionary as bytes, in pdf-lib's formatting (PDFDict.toString: one `/Key value`
  // per line), its constant head made once per page size: no pdf-lib dictionary, map, name or
  // number objects per page (rawObject).
  const heads = new Map<string, string>();
  const headOf = (lp: LaidOutPage): string => {
    const size = `${lp.width} ${lp.height}`;
    let head = heads.get(size);
    if (head === undefined) {
      const box = ctx.obj([0, 0, lp.width, lp.height]);
      head = `<<\n/Type /Page\n/Parent ${treeRef}\n/MediaBox ${box}\n/Resources ${resources}\n/Contents `;
      heads.set(size, head);
    }
    return head;
  };
  laid.pages.forEach((lp, i) => {
    const content = ctx.register(rawDeflatedStream(contents[i]));
    let dict = `${headOf(lp)}${content}\n`;
    if (lp.links.length > 0) {
      const annots = lp.links.map((link) => {
        const target = laid.headings[link.target];
        const rect = [link.x, lp.height - link.y - link.height, link.x + link.width, lp.height - link.y];
        const dest = destination(pageRefs[target.page], target.x, laid.pages[target.page].height - target.y);
        return ctx.register(
          rawObject(
            `<<\n/Type /Annot\n/Subtype /Link\n/Rect [ ${rect.map(numText).join(" ")} ]\n` +
              `/Border [ 0 0 0 ]\n/Dest ${dest}\n>>`,
          ),
        );
      });
      dict += `/Annots [ ${annots.join(" ")} ]\n`;
    }
    ctx.assign(pageRefs[i], rawObject(`${dict}>>`));
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
