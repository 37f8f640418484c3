/**
 * How the body splits into DOCX sections (docs/templates.md): a `!pagebreak odd` starts a section
 * on the next odd page, a `!section landscape|portrait` block starts one on a new page with that
 * orientation (docs/documents.md §1.1: Annexe A and PRA 4.2 may be landscape). The renderer
 * (sections.ts) and the page estimate (page-estimate.ts) split the same way, from here.
 */
import type { Block, Paragraph } from "../../doc/model.js";
import { MARGIN, PAGE } from "./styles.js";

export type Orientation = "portrait" | "landscape";

/** Text area of a page, twips. */
export const textArea: Record<Orientation, { width: number; height: number }> = {
  portrait: {
    width: PAGE.width - MARGIN.left - MARGIN.right,
    height: PAGE.height - MARGIN.top - MARGIN.bottom,
  },
  landscape: {
    width: PAGE.height - MARGIN.left - MARGIN.right,
    height: PAGE.width - MARGIN.top - MARGIN.bottom,
  },
};

/** The only text of a page left empty so that the next section starts on an odd page (§6). */
export const BLANK_PAGE_TEXT = "Page laissée blanche intentionnellement";

export const blankPageParagraph: Paragraph = {
  type: "paragraph",
  style: "blank-page",
  inlines: [{ type: "text", text: BLANK_PAGE_TEXT }],
};

export interface BodyPart {
  blocks: Block[];
  orientation: Orientation;
  /** Starts on the next odd page (`!pagebreak odd`); otherwise on the next page. */
  odd: boolean;
}

/**
 * Splits the body at odd page breaks and section blocks. Breaks that follow each other with
 * nothing between them make one section (`!section portrait` then `!pagebreak odd`: a portrait
 * section on an odd page), so no empty page is ever made by the split itself.
 */
export function bodyParts(body: Block[]): BodyPart[] {
  const parts: BodyPart[] = [{ blocks: [], orientation: "portrait", odd: false }];
  for (const block of body) {
    const current = parts[parts.length - 1];
    const isOdd = block.type === "pagebreak" && block.odd === true;
    if (!isOdd && block.type !== "section") {
      current.blocks.push(block);
      continue;
    }
    const orientation = block.type === "section" ? block.orientation : current.orientation;
    if (current.blocks.length === 0) {
      current.orientation = orientation;
      // The first body section always starts right after the cover.
      if (parts.length > 1) current.odd = current.odd || isOdd;
    } else {
      parts.push({ blocks: [], orientation, odd: isOdd });
    }
  }
  return parts;
}
