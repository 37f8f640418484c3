/**
 * The page-filling part of the estimate: a column of items (lines of paragraphs, table rows,
 * section starts) poured into pages of a fixed height, as LibreOffice fills them.
 */
import type { Heading } from "../../doc/model.js";

export type Item = LinesItem | RowItem | SectionItem;

/** A section start: a new page (odd ones on an odd page), of `height` points of text from there on. */
export interface SectionItem {
  kind: "section";
  odd: boolean;
  height?: number;
  /** Index of the body part it starts (orientation.ts), to report an even page left empty. */
  part?: number;
}

export interface LinesItem {
  kind: "lines";
  lines: number;
  lineHeight: number;
  /** Height that is not lines: paragraph rules and their spacing. */
  extra: number;
  before: number;
  after: number;
  /** Kept on the page of the next item's first line (headings, labels, Sommaire title). */
  keepNext: boolean;
  pageBreakBefore?: boolean;
  /** The heading this paragraph is, to record its page. */
  heading?: Heading;
}

export interface RowItem {
  kind: "row";
  /** Whole height, rule below included; never split. */
  height: number;
  /** Height of the table's header row (0: none), repeated at the top of each page. */
  header: number;
  /** First row of its table: the table's top rule and header come before it. */
  first: boolean;
  /**
   * Its lines, for a row no page can hold (the writer leaves it free to break, row-lines.ts):
   * LibreOffice breaks it between lines, each part under the repeated header with the cell
   * padding above and below.
   */
  split?: { lines: number; lineHeight: number; padding: number };
}

/** Top margin minus the running header's bottom (distance 28.35 + height 19.7 pt), twips. */
const ODD_SECTION_GAIN = 173;
/** Widow and orphan control: lines kept together at either side of a page break. */
const MIN_LINES = 2;
/** Table rule (top edge of a table or of its part on a new page): 0.5 pt, in twips. */
const RULE = 10;

export interface Layout {
  headingPage: Map<Heading, number>;
  /** Distance from the top of the text area to the top of each heading's first line, points. */
  headingTop: Map<Heading, number>;
  pages: number;
  /** Parts whose odd section leaves the even page before it empty. */
  blankBefore: Set<number>;
}

const twips = (pt: number): number => Math.round(pt * 20);

/** An item's heights in whole twips. */
function inTwips(it: Item): Item {
  if (it.kind === "section") return it.height === undefined ? it : { ...it, height: twips(it.height) };
  if (it.kind === "row") {
    const split = it.split && {
      ...it.split,
      lineHeight: twips(it.split.lineHeight),
      padding: twips(it.split.padding),
    };
    return { ...it, height: twips(it.height), header: twips(it.header), split };
  }
  return {
    ...it,
    lineHeight: twips(it.lineHeight),
    extra: twips(it.extra),
    before: twips(it.before),
    after: twips(it.after),
  };
}

/**
 * Pours the items into pages of `pageHeight` points. LibreOffice lays out in whole twips (a 10 pt
 * line is 230 twips, a 9 pt one 207): so does this, so that what fits to the twip fits here too.
 */
export function layoutItems(items: Item[], pageHeight: number): Layout {
  const { headingPage, headingTop, pages, blankBefore } = layoutTwips(items.map(inTwips), twips(pageHeight));
  return {
    headingPage,
    headingTop: new Map([...headingTop].map(([h, y]) => [h, y / 20])),
    pages,
    blankBefore,
  };
}

function layoutTwips(items: Item[], firstLimit: number): Layout {
  let limit = firstLimit;
  const blankBefore = new Set<number>();
  const headingPage = new Map<Heading, number>();
  const headingTop = new Map<Heading, number>();
  let page = 1;
  let y = 0;
  let after = 0;
  // Top of the text on the current page (below 0 on an odd-page section's first page).
  let top = 0;
  // The item just after a section start.
  let sectionStart = false;
  const newPage = (): void => {
    page++;
    y = top = 0;
    after = 0;
  };
  /** Height of the first piece that must share a page with what is kept with it. */
  const firstPiece = (it: Item): number => {
    if (it.kind === "row") return (it.first ? RULE + it.header : 0) + it.height;
    if (it.kind === "section") return 0;
    // What may stay at the foot of a page: two lines, or all when the paragraph cannot split.
    const lines = it.lines < 2 * MIN_LINES ? it.lines : MIN_LINES;
    return lines * it.lineHeight + it.extra;
  };
  const fullHeight = (it: Item): number =>
    it.kind === "lines" ? it.lines * it.lineHeight + it.extra : firstPiece(it);

  items.forEach((it, index) => {
    if (it.kind === "section") {
      if (y > top || index === 0) newPage();
      if (it.odd && page % 2 === 0) {
        // This even page stays empty (`Page laissée blanche intentionnellement`).
        if (it.part !== undefined) blankBefore.add(it.part);
        newPage();
      }
      if (it.height !== undefined) limit = it.height;
      // LibreOffice starts the text of an odd-page section's first page right under the running
      // header, above the top margin: that page holds a little more.
      if (it.odd) y = top = -ODD_SECTION_GAIN;
      sectionStart = true;
      return;
    }
    // A paragraph that a page or section break puts at the top of a page keeps its space before
    // (LibreOffice: the heading 4.2 of a PRA opens its landscape section 12 pt down).
    const forced = it.kind === "lines" && (!!it.pageBreakBefore || sectionStart);
    sectionStart = false;
    if (forced && y > top) newPage();
    const before = it.kind === "lines" ? it.before : 0;
    // Space before is dropped at the top of a page, unless a page break put the paragraph there.
    let gap = y === top ? (forced ? before : 0) : Math.max(after, before);

    if (it.kind === "lines" && it.keepNext && y > top) {
      // The chain of kept items and the first piece of the one after them.
      let chain = gap + fullHeight(it);
      let prevAfter = it.after;
      for (let j = index + 1; j < items.length; j++) {
        const next = items[j];
        if (next.kind === "section" || (next.kind === "lines" && next.pageBreakBefore)) break;
        const nextGap = Math.max(prevAfter, next.kind === "lines" ? next.before : 0);
        if (next.kind === "lines" && next.keepNext) {
          chain += nextGap + fullHeight(next);
          prevAfter = next.after;
          continue;
        }
        chain += nextGap + firstPiece(next);
        break;
      }
      if (y + chain > limit && chain <= limit) {
        newPage();
        gap = 0;
      }
    }

    if (it.kind === "lines") {
      // Headings and kept paragraphs move whole; others flow line by line.
      const whole = it.lines * it.lineHeight + it.extra;
      if (it.heading && y > top && y + gap + whole > limit) {
        newPage();
        gap = 0;
      }
      y += gap;
      // Line by line, with widow and orphan control: a paragraph split across pages leaves at
      // least two lines at the foot of the page and carries at least two to the next.
      let remaining = it.lines;
      let first = true;
      while (remaining > 0) {
        const head = first ? it.extra : 0;
        const room = Math.floor((limit - y - head) / it.lineHeight);
        let count = Math.min(remaining, y === top ? Math.max(1, room) : room);
        if (count < remaining && y > top) {
          if (remaining - count < MIN_LINES) count = remaining - MIN_LINES;
          if (count < MIN_LINES) count = 0;
        }
        if (count > 0) {
          if (first && it.heading) {
            headingPage.set(it.heading, page);
            headingTop.set(it.heading, y);
          }
          y += head + count * it.lineHeight;
          remaining -= count;
          first = false;
        }
        if (remaining > 0) newPage();
      }
      after = it.after;
      return;
    }

    // A table row: whole, the header repeated above it on a new page.
    const head = it.first ? RULE + it.header : 0;
    y += gap;
    if (it.split) {
      // A row no page can hold, without `w:cantSplit` (row-lines.ts): broken where it stands,
      // each part under the repeated header, keeping its padding and rule on its page.
      const { lines: total, lineHeight, padding } = it.split;
      y += head + padding;
      let remaining = total;
      while (remaining > 0) {
        const room = Math.max(0, Math.floor((limit - y - padding - RULE) / lineHeight));
        const count = Math.min(remaining, room);
        y += count * lineHeight;
        remaining -= count;
        if (remaining > 0) {
          newPage();
          y = RULE + it.header + padding;
        }
      }
      y += padding + RULE;
      after = 0;
      return;
    }
    if (y > top && y + head + it.height > limit) {
      newPage();
      y = RULE + it.header;
    } else {
      y += head;
    }
    y += it.height;
    // A row taller than a page runs on over the next pages.
    while (y > limit) {
      y -= limit;
      page++;
      top = 0;
    }
    after = 0;
  });
  return { headingPage, headingTop, pages: y === top && page > 1 ? page - 1 : page, blankBefore };
}
