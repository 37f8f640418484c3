/**
 * The outline (bookmarks): one entry per heading, nested by level, each with an explicit `/XYZ`
 * destination on its page (docs/documents.md §1.1). pdf-lib has no outline API: the /Outlines
 * dictionaries are written with its low-level objects.
 */
import {
  PDFArray,
  PDFDict,
  PDFHexString,
  PDFName,
  PDFNull,
  PDFNumber,
  type PDFDocument,
  type PDFRef,
} from "./pdf-lib.js";
import type { PlacedHeading } from "./types.js";

interface Node {
  ref: PDFRef;
  heading?: PlacedHeading;
  children: Node[];
  parent?: Node;
}

/** `[page /XYZ left top null]`: the heading's top left corner, zoom unchanged. */
export function destination(doc: PDFDocument, pageRef: PDFRef, x: number, top: number): PDFArray {
  const ctx = doc.context;
  const arr = ctx.obj([]) as PDFArray;
  arr.push(pageRef);
  arr.push(PDFName.of("XYZ"));
  arr.push(PDFNumber.of(Math.round(x * 100) / 100));
  arr.push(PDFNumber.of(Math.round(top * 100) / 100));
  arr.push(PDFNull);
  return arr;
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
  const write = (node: Node): void => {
    const dict = ctx.obj({}) as PDFDict;
    if (node === root) dict.set(PDFName.of("Type"), PDFName.of("Outlines"));
    else {
      const h = node.heading!;
      dict.set(PDFName.of("Title"), PDFHexString.fromText(h.heading.text));
      dict.set(PDFName.of("Parent"), node.parent!.ref);
      const siblings = node.parent!.children;
      const i = siblings.indexOf(node);
      if (i > 0) dict.set(PDFName.of("Prev"), siblings[i - 1].ref);
      if (i < siblings.length - 1) dict.set(PDFName.of("Next"), siblings[i + 1].ref);
      dict.set(PDFName.of("Dest"), destination(doc, pageRefs[h.page], h.x, pageHeights[h.page] - h.y));
    }
    if (node.children.length > 0) {
      dict.set(PDFName.of("First"), node.children[0].ref);
      dict.set(PDFName.of("Last"), node.children[node.children.length - 1].ref);
      // Open at the top level (positive count): chapters are listed, their sections unfold.
      dict.set(PDFName.of("Count"), PDFNumber.of(node === root ? count(node) : -count(node)));
    }
    ctx.assign(node.ref, dict);
    node.children.forEach(write);
  };
  write(root);
  doc.catalog.set(PDFName.of("Outlines"), root.ref);
  doc.catalog.set(PDFName.of("PageMode"), PDFName.of("UseOutlines"));
}
