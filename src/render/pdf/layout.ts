/**
 * The PDF layout: the document model in, positioned pages out (types.ts), without pdf-lib. The
 * cover is page 1 without running header or footer; the body starts on a new page; a level-1
 * heading starts a page; a heading (and a bold label) is kept with the first piece of what
 * follows, so it never ends a page; `!pagebreak odd` starts the next page on an odd number,
 * an inserted page printing only `Page laissée blanche intentionnellement` and the footer; a
 * `!section` block sets the orientation of the pages that follow.
 */
import type { Block, Document } from "../../doc/model.js";
import { measureCallout, placeCallout } from "./callout.js";
import { placeFigure } from "./figure.js";
import { Flow, type LineBox } from "./flow.js";
import { listBoxes, paragraphBoxes } from "./measure.js";
import { firstPieceHeight, linesHeight, placeLines } from "./paragraphs.js";
import { addRunning } from "./running.js";
import {
  AFTER_TABLE,
  LIST_ITEM,
  BLANK_PAGE_TEXT,
  HEADING,
  PARAGRAPH,
  TITLE,
  TOC_ENTRY,
  TOC_TITLE,
  type ParaStyle,
} from "./style.js";
import { measureTable, placeTable, tableFirstPiece } from "./table.js";
import { placeToc, resolveToc, type PendingEntry } from "./toc.js";
import type { LaidOutDocument, LaidOutPage } from "./types.js";

/**
 * Receives each page the layout has finished (page-streams.ts writes its content stream then):
 * every page the layout has moved on from, but the Sommaire's, whose page numbers are filled in
 * at the end (toc.ts). Their running header and footer are added at the end (running.ts), apart.
 */
export interface PageSink {
  finish(page: LaidOutPage): void;
}

type Measured =
  | { kind: "lines"; boxes: LineBox[]; style: ParaStyle; whole: boolean }
  | { kind: "list"; items: LineBox[][] }
  | { kind: "table"; table: ReturnType<typeof measureTable> }
  | { kind: "callout"; callout: ReturnType<typeof measureCallout> }
  | { kind: "other" };

/**
 * Measured blocks, kept from the look-ahead of keep-with-next until they are placed, then
 * forgotten: kept for the whole layout, a large plan's measured tables (every cell's lines)
 * outlived the young generation and were copied by the garbage collector (CHU PRA: ~10 % less
 * time in GC pauses).
 */
class Measurer {
  private cache = new Map<Block, { width: number; m: Measured }>();
  forget(block: Block): void {
    this.cache.delete(block);
  }
  measure(block: Block, width: number): Measured {
    const known = this.cache.get(block);
    if (known && known.width === width) return known.m;
    const m = this.compute(block, width);
    this.cache.set(block, { width, m });
    return m;
  }
  private compute(block: Block, width: number): Measured {
    switch (block.type) {
      case "heading":
        return {
          kind: "lines",
          boxes: paragraphBoxes(block.text, HEADING[block.level], width),
          style: HEADING[block.level],
          whole: true,
        };
      case "title":
        return { kind: "lines", boxes: paragraphBoxes(block.text, TITLE, width), style: TITLE, whole: true };
      case "paragraph": {
        const style = PARAGRAPH[block.style ?? "normal"];
        return { kind: "lines", boxes: paragraphBoxes(block.inlines, style, width), style, whole: false };
      }
      case "list":
        return { kind: "list", items: listBoxes(block, width) };
      case "table":
        return { kind: "table", table: measureTable(block, width) };
      case "callout":
        return { kind: "callout", callout: measureCallout(block, width) };
      default:
        return { kind: "other" };
    }
  }
}

/**
 * Height from the cursor that must fit on the page for block `index` to stay where it is: its
 * whole height when it is kept with the next (headings, labels) plus the next one's first piece.
 */
function keptHeight(blocks: Block[], index: number, width: number, m: Measurer, depth = 0): number {
  const block = blocks[index];
  if (!block || depth > 8) return 0;
  const measured = m.measure(block, width);
  switch (measured.kind) {
    case "lines": {
      const keep = block.type === "heading" || !!measured.style.keepNext;
      if (!keep)
        return measured.style.before + firstPieceHeight(measured.boxes, measured.style, measured.whole);
      const next = blocks[index + 1];
      const nextBefore = next?.type === "heading" ? HEADING[next.level].before : 0;
      return (
        linesHeight(measured.boxes, measured.style.ruled) +
        Math.max(measured.style.after, nextBefore) +
        keptHeight(blocks, index + 1, width, m, depth + 1)
      );
    }
    case "list":
      return measured.items.length === 0 ? 0 : firstPieceHeight(measured.items[0], PARAGRAPH.normal);
    case "table":
      return tableFirstPiece(measured.table);
    case "callout":
      return measured.callout.height;
    default:
      return block.type === "toc" ? TOC_TITLE.size * 2 + TOC_ENTRY.size * 2 : 0;
  }
}

export function layoutDocument(doc: Document, sink?: PageSink): LaidOutDocument {
  const flow = new Flow();
  const measurer = new Measurer();
  const pending: PendingEntry[] = [];
  let afterTable = false;
  // Pages before the current one are finished: the layout never comes back to them.
  const tocPages = new Set<number>();
  let handed = 0;
  // Held while the Sommaire is placed: its pages are known only once it is.
  let holding = false;
  const handOver = (): void => {
    if (!sink || holding) return;
    for (; handed < flow.index; handed++) if (!tocPages.has(handed)) sink.finish(flow.pages[handed]);
  };
  flow.onNewPage = handOver;

  const place = (blocks: Block[], cover: boolean): void => {
    blocks.forEach((block, index) => {
      // The previous block is placed: its measure is no longer needed.
      if (index > 0) measurer.forget(blocks[index - 1]);
      const at = afterTable;
      afterTable = false;
      switch (block.type) {
        case "pagebreak":
          flow.breakPage();
          if (block.odd && !cover && flow.index % 2 === 1) {
            // The new page would be even: it is left blank, with its sentence and the footer.
            flow.page.role = "blank";
            flow.y = flow.top + PARAGRAPH["blank-page"].before;
            placeLines(
              flow,
              paragraphBoxes(BLANK_PAGE_TEXT, PARAGRAPH["blank-page"], flow.width),
              PARAGRAPH["blank-page"],
              { before: 0 },
            );
            flow.newPage();
          }
          return;
        case "section":
          flow.orient(block.orientation);
          return;
        case "toc":
          holding = true;
          placeToc(flow, doc, block, pending);
          for (const entry of pending) tocPages.add(entry.page);
          holding = false;
          return;
        case "figure":
          placeFigure(flow, block);
          return;
      }
      const measured = measurer.measure(block, flow.width);
      switch (measured.kind) {
        case "lines": {
          if (block.type === "heading" && block.level === 1) flow.breakPage();
          const keep = block.type === "heading" || !!measured.style.keepNext;
          if (keep && !flow.fresh) {
            const gap = flow.gap(measured.style.before);
            const need = keptHeight(blocks, index, flow.width, measurer);
            if (flow.y + gap + need > flow.bottom && need <= flow.pageHeight) flow.newPage();
          }
          const before = at ? Math.max(measured.style.before, AFTER_TABLE) : undefined;
          placeLines(flow, measured.boxes, measured.style, {
            whole: measured.whole,
            heading: block.type === "heading" ? block : undefined,
            before,
          });
          return;
        }
        case "list":
          measured.items.forEach((boxes, i) =>
            placeLines(flow, boxes, LIST_ITEM, {
              before: at && i === 0 ? AFTER_TABLE : 0,
            }),
          );
          return;
        case "table":
          placeTable(flow, measured.table);
          afterTable = true;
          return;
        case "callout":
          placeCallout(flow, measured.callout);
          afterTable = true;
          return;
      }
    });
  };

  if (doc.cover.length > 0) {
    place(doc.cover, true);
    flow.orientation = "portrait";
    flow.newPage();
  } else flow.page.role = "body";
  place(doc.body, false);
  // A trailing empty page (a break at the very end) is not printed.
  if (flow.fresh && flow.pages.length > 1 && flow.page.role === "body") flow.pages.pop();

  const laid: LaidOutDocument = { pages: flow.pages, headings: flow.headings };
  resolveToc(laid, pending);
  addRunning(laid.pages, doc.meta);
  return laid;
}
