/**
 * The outline (bookmarks): one entry per heading, nested by level, each with an explicit `/XYZ`
 * destination on its page (docs/documents.md §1.1). pdf-lib has no outline API: the /Outlines
 * dictionaries are written as text in its object layer.
 */
import { numText } from "./bytes.js";
import { PDFName, type PDFDocument, type PDFRef } from "./pdf-lib.js";
import { rawObject } from "./streams.js";
import type { PlacedHeading } from "./types.js";

interface Node {
  ref: PDFRef;
  heading?: PlacedHeading;
  children: Node[];
  parent?: Node;
}

/**
 * `[page /XYZ left top null]`: the heading's top left corner, zoom unchanged, as text in
 * pdf-lib's formatting (outline items here, Sommaire links in paint.ts).
 */
export function destination(pageRef: PDFRef, x: number, top: number): string {
  return `[ ${pageRef} /XYZ ${numText(x)} ${numText(top)} null ]`;
}

/** `00XX` for each code unit below 256: most of the outline's titles. */
const HEX_LOW = Array.from({ length: 256 }, (_, c) => c.toString(16).toUpperCase().padStart(4, "0"));

/** A text string as pdf-lib's `PDFHexString.fromText` writes it: UTF-16BE with its BOM, upper-case hex. */
function hexText(text: string): string {
  let hex = "<FEFF";
  for (let i = 0, n = text.length; i < n; i++) {
    const c = text.charCodeAt(i);
    hex += c < 256 ? HEX_LOW[c] : c.toString(16).toUpperCase().padStart(4, "0");
  }
  return `${hex}>`;
}

export function writeOutline(
  doc: PDFDocument,
  headings: PlacedHeading[],
  pageRefs: PDFRef[],
  pageHeights: number[],
): void {
  if (headings.length === 0) return;
  const ctx = doc.context;
  const root: Node = { ref: ctx.nextRef(), children: [] };
  const stack: { level: number; node: Node }[] = [{ level: 0, node: root }];
  for (const h of headings) {
    while (stack[stack.length - 1].level >= h.heading.level) stack.pop();
    const parent = stack[stack.length - 1].node;
    const node: Node = { ref: ctx.nextRef(), heading: h, children: [], parent };
    parent.children.push(node);
    stack.push({ level: h.heading.level, node });
  }
  const count = (n: Node): number => n.children.reduce((s, c) => s + 1 + count(c), 0);
  // Each item written as text in pdf-lib's formatting (PDFDict.toString), without pdf-lib
  // objects: a large PRA has some 1,700 items (streams.ts `rawObject`).
  const write = (node: Node, index: number): void => {
    let dict = "<<\n";
    if (node === root) dict += "/Type /Outlines\n";
    else {
      const h = node.heading!;
      const siblings = node.parent!.children;
      dict += `/Title ${hexText(h.heading.text)}\n/Parent ${node.parent!.ref}\n`;
      if (index > 0) dict += `/Prev ${siblings[index - 1].ref}\n`;
      if (index < siblings.length - 1) dict += `/Next ${siblings[index + 1].ref}\n`;
      dict += `/Dest ${destination(pageRefs[h.page], h.x, pageHeights[h.page] - h.y)}\n`;
    }
    if (node.children.length > 0) {
      // Open at the top level (positive count): chapters are listed, their sections unfold.
      const n = node === root ? count(node) : -count(node);
      dict += `/First ${node.children[0].ref}\n/Last ${node.children[node.children.length - 1].ref}\n/Count ${n}\n`;
    }
    ctx.assign(node.ref, rawObject(`${dict}>>`));
    node.children.forEach(write);
  };
  write(root, 0);
  doc.catalog.set(PDFName.of("Outlines"), root.ref);
  doc.catalog.set(PDFName.of("PageMode"), PDFName.of("UseOutlines"));
}
