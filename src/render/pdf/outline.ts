/**
 * The outline (bookmarks): one entry per heading, nested by level, each with an explicit `/XYZ`
 * destination on its page (docs/documents.md §1.1), written as the /Outlines dictionaries.
 */
import { num, ref, textString, type PdfWriter } from "./pdf-writer.js";
import type { PlacedHeading } from "./types.js";

interface Node {
  n: number;
  heading?: PlacedHeading;
  children: Node[];
  parent?: Node;
}

/** `[page /XYZ left top null]`: the heading's top left corner, zoom unchanged. */
export function destination(page: number, x: number, top: number): string {
  return `[${ref(page)} /XYZ ${num(x)} ${num(top)} null]`;
}

/** Writes the outline; returns its object number, or undefined when there is no heading. */
export function writeOutline(
  pdf: PdfWriter,
  headings: PlacedHeading[],
  pageRefs: number[],
  pageHeights: number[],
): number | undefined {
  if (headings.length === 0) return undefined;
  const root: Node = { n: pdf.alloc(), children: [] };
  const stack: { level: number; node: Node }[] = [{ level: 0, node: root }];
  for (const h of headings) {
    while (stack[stack.length - 1].level >= h.heading.level) stack.pop();
    const parent = stack[stack.length - 1].node;
    const node: Node = { n: pdf.alloc(), heading: h, children: [], parent };
    parent.children.push(node);
    stack.push({ level: h.heading.level, node });
  }
  const count = (n: Node): number => n.children.reduce((s, c) => s + 1 + count(c), 0);
  const write = (node: Node, i: number): void => {
    const entries: string[] = [];
    if (node === root) entries.push("/Type /Outlines");
    else {
      const h = node.heading!;
      const siblings = node.parent!.children;
      entries.push(`/Title ${textString(h.heading.text)}`, `/Parent ${ref(node.parent!.n)}`);
      if (i > 0) entries.push(`/Prev ${ref(siblings[i - 1].n)}`);
      if (i < siblings.length - 1) entries.push(`/Next ${ref(siblings[i + 1].n)}`);
      entries.push(`/Dest ${destination(pageRefs[h.page], h.x, pageHeights[h.page] - h.y)}`);
    }
    if (node.children.length > 0) {
      entries.push(
        `/First ${ref(node.children[0].n)}`,
        `/Last ${ref(node.children[node.children.length - 1].n)}`,
        // Open at the top level (positive count): chapters are listed, their sections unfold.
        `/Count ${node === root ? count(node) : -count(node)}`,
      );
    }
    pdf.set(node.n, `<< ${entries.join(" ")} >>`);
    node.children.forEach(write);
  };
  write(root, 0);
  return root.n;
}
