/**
 * The one walk over a run of blocks (one section's worth) that both the body writer
 * (body-xml.ts) and the page estimate (page-estimate.ts) follow, so that what the estimate lays
 * out is what the file holds. It owns the decisions that are not a block's own:
 * - a page break applies to the next block (`pageBreakBefore`), and a level-1 heading always
 *   starts a page, so a break followed by one leaves no blank page;
 * - a table (or a callout, or a figure) cannot carry a page break: an empty paragraph opens the
 *   new page before it;
 * - Word glues consecutive tables together: an empty paragraph keeps them apart; before anything
 *   else the next paragraph gets space above instead (`afterTable`).
 * Odd page breaks and `!section` blocks are split off before (orientation.ts); one left here (in
 * the cover) is a plain page break.
 */
import type { Block, Callout, Figure, Heading, List, Paragraph, Table, Title, Toc } from "../../doc/model.js";

export interface BlockVisitor {
  heading(block: Heading, pageBreakBefore: boolean): void;
  title(block: Title, pageBreakBefore: boolean): void;
  paragraph(block: Paragraph, pageBreakBefore: boolean, afterTable: boolean): void;
  list(block: List, pageBreakBefore: boolean, afterTable: boolean): void;
  table(block: Table): void;
  callout(block: Callout): void;
  /** A figure: image and caption, kept together; it carries its page break itself. */
  figure(block: Figure, pageBreakBefore: boolean): void;
  toc(block: Toc, pageBreakBefore: boolean): void;
  /** An empty paragraph: opens a page before a table (`pageBreakBefore`) or parts two tables. */
  spacer(pageBreakBefore: boolean): void;
}

const isTable = (block: Block | undefined): boolean => block?.type === "table" || block?.type === "callout";

export function walkBlocks(blocks: Block[], visit: BlockVisitor): void {
  let breakPending = false;
  let afterTable = false;
  blocks.forEach((block, index) => {
    const pb = breakPending;
    const at = afterTable;
    breakPending = false;
    afterTable = false;
    switch (block.type) {
      case "heading":
        visit.heading(block, block.level === 1 || pb);
        break;
      case "title":
        visit.title(block, pb);
        break;
      case "paragraph":
        visit.paragraph(block, pb, at);
        break;
      case "list":
        visit.list(block, pb, at);
        break;
      case "table":
      case "callout":
        if (pb) visit.spacer(true);
        if (block.type === "table") visit.table(block);
        else visit.callout(block);
        if (isTable(blocks[index + 1])) visit.spacer(false);
        else afterTable = true;
        break;
      case "toc":
        visit.toc(block, pb);
        break;
      case "figure":
        visit.figure(block, pb);
        break;
      case "pagebreak":
      case "section":
        breakPending = true;
        break;
    }
  });
}
