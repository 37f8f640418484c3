/**
 * Document model → DOCX bytes (docx library), then normalised for byte-determinism.
 * Sections: the cover (no running header or footer, page 1), then the body; each `!pagebreak odd`
 * opens a new body section of type oddPage. Every body section carries the same header and footer.
 */
import {
  Document as DocxDocument,
  Footer,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  SectionType,
  Tab,
  TabStopType,
  TextRun,
  BorderStyle,
  type ISectionOptions,
} from "docx";
import { unzipSync } from "fflate";
import type { Block, Document, Heading } from "../../doc/model.js";
import { renderBlocks, type RenderContext } from "./blocks.js";
import { normalizeParts } from "./normalize.js";
import { estimatePages } from "./page-estimate.js";
import { MARGIN, PAGE, SIZE, TEXT_WIDTH, documentStyles, numberingConfig } from "./styles.js";

const page = {
  size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
  margin: { ...MARGIN, gutter: 0 },
};

const runningSize = SIZE.small * 2;
const rule = { style: BorderStyle.SINGLE, size: 4, color: "808080", space: 4 } as const;

function header(doc: Document): Header {
  return new Header({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
        border: { bottom: rule },
        children: [
          new TextRun({
            size: runningSize,
            children: [doc.meta.header.left, new Tab(), doc.meta.header.right],
          }),
        ],
      }),
    ],
  });
}

function footer(doc: Document): Footer {
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [
          { type: TabStopType.CENTER, position: Math.round(TEXT_WIDTH / 2) },
          { type: TabStopType.RIGHT, position: TEXT_WIDTH },
        ],
        border: { top: rule },
        children: [
          new TextRun({
            size: runningSize,
            children: [
              doc.meta.footer.left,
              new Tab(),
              doc.meta.footer.centre,
              new Tab(),
              "Page ",
              PageNumber.CURRENT,
              " / ",
              PageNumber.TOTAL_PAGES,
            ],
          }),
        ],
      }),
    ],
  });
}

/**
 * docx writes the cached TOC entries with their page-number tab at 9025 twips (the text width of
 * its default margins); ours is TEXT_WIDTH, so the dotted right tab is moved to the margin.
 */
export function tocTabFixup(name: string, xml: string): string {
  if (name !== "word/document.xml") return xml;
  return xml.replace(
    /<w:tab w:val="right" w:pos="9025" w:leader="/g,
    `<w:tab w:val="right" w:pos="${TEXT_WIDTH}" w:leader="`,
  );
}

type PartCompiler = { compile(file: DocxDocument): Map<string, string | Uint8Array> };

/**
 * The package parts before zipping. Packer zips them and we would unzip them again to normalise:
 * on a large plan that is most of a second, so the Packer's own compiler (docx 9.15, internal) is
 * used when present, and the public `Packer.toBuffer` otherwise.
 */
async function compileParts(file: DocxDocument): Promise<Map<string, string | Uint8Array>> {
  const compiler = (Packer as unknown as { compiler?: PartCompiler }).compiler;
  if (compiler && typeof compiler.compile === "function") {
    const parts = compiler.compile(file);
    if (parts instanceof Map && parts.has("word/document.xml")) return parts;
  }
  const packed = await Packer.toBuffer(file);
  return new Map(
    Object.entries(unzipSync(new Uint8Array(packed.buffer, packed.byteOffset, packed.byteLength))),
  );
}

/** Splits the body at odd page breaks: each part after the first starts on an odd page. */
function bodyParts(body: Block[]): Block[][] {
  const parts: Block[][] = [[]];
  for (const block of body) {
    if (block.type === "pagebreak" && block.odd) parts.push([]);
    else parts[parts.length - 1].push(block);
  }
  return parts;
}

/** The docx object model of a document (exposed for tests; `renderDocx` is the entry point). */
export function buildDocx(doc: Document): DocxDocument {
  const estimate = estimatePages(doc);
  const headings = doc.body.filter((b): b is Heading => b.type === "heading");
  const ctx: RenderContext = { headingPage: estimate.headingPage, headings, nextListInstance: 1 };

  const sections: ISectionOptions[] = [];
  if (doc.cover.length > 0) {
    // The cover's own odd breaks are plain page breaks: it is a single section without header.
    const coverBlocks = doc.cover.map((b): Block => (b.type === "pagebreak" ? { type: "pagebreak" } : b));
    sections.push({ properties: { page }, children: renderBlocks(coverBlocks, ctx) });
  }
  bodyParts(doc.body).forEach((blocks, index) => {
    const children = renderBlocks(blocks, ctx);
    if (children.length === 0) children.push(new Paragraph({}));
    sections.push({
      properties: {
        page,
        type: index === 0 ? SectionType.NEXT_PAGE : SectionType.ODD_PAGE,
      },
      headers: { default: header(doc) },
      footers: { default: footer(doc) },
      children,
    });
  });

  return new DocxDocument({
    title: doc.meta.title,
    creator: doc.meta.author,
    lastModifiedBy: doc.meta.author,
    subject: doc.meta.subject,
    keywords: doc.meta.keywords,
    revision: 1,
    styles: documentStyles(doc.meta.language),
    numbering: { config: numberingConfig() },
    sections,
  });
}

export async function renderDocx(doc: Document): Promise<Uint8Array> {
  return normalizeParts(await compileParts(buildDocx(doc)), doc.meta.date, tocTabFixup);
}

export { estimatePages } from "./page-estimate.js";
