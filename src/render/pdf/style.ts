/**
 * Page geometry, sizes and colours of the PDF, matching the DOCX's (docx/styles.ts) so both
 * formats look alike: A4, 2 cm margins, running header and footer 1 cm from the edge, the same
 * font sizes and colours. Only the line height differs: DejaVu Sans's own (ascent + descent).
 */
import type { Paragraph } from "../../doc/model.js";
import { SIZE as DOCUMENT_SIZE } from "../docx/styles.js";
import { verticalMetrics } from "./fonts.js";

/** A4 portrait, points. */
export const A4 = { width: 595.28, height: 841.89 } as const;
/** 2 cm. */
export const MARGIN = 56.69;
/** 1 cm: distance of the running header and footer from the edge. */
export const RUNNING_EDGE = 28.35;

/** The documents' font sizes (docx/styles.ts owns them), plus the PDF's own: cells, Sommaire, running lines. */
export const SIZE = { ...DOCUMENT_SIZE, cell: 9, toc: 10, running: 8 } as const;

export const COLOR = {
  text: "000000",
  navy: "1F3864",
  red: "C00000",
  grey: "595959",
  rule: "808080",
  headerFill: "D9E2F3",
} as const;

/** Line height in em (DejaVu Sans: ascent 0.928 + descent 0.236), rounded up a little. */
export const LINE_EM = 1.17;
export const lineHeight = (size: number): number => size * LINE_EM;

/** Baseline below the top of a line box of `size` points. */
export function baselineOffset(size: number): number {
  const { ascent, descent } = verticalMetrics();
  return ((LINE_EM - ascent - descent) / 2 + ascent) * size;
}

/** Table cell padding (DOCX: 60 twips above and below, 100 at the sides). */
export const CELL_PAD = { v: 3, h: 5 } as const;
/** Table rules and the callout frame. */
export const RULE_WIDTH = 0.5;
export const FRAME_WIDTH = 1.5;
/** Callout inner padding. */
export const FRAME_PAD = 6;
/** List indent and the marker's hanging width (DOCX: 567 and 283 twips). */
export const LIST_INDENT = 28.35;
export const LIST_HANGING = 14.15;
/** Space above the first paragraph after a table. */
export const AFTER_TABLE = 6;

export interface ParaStyle {
  size: number;
  before: number;
  after: number;
  bold?: boolean;
  italic?: boolean;
  color?: string;
  align?: "left" | "center";
  keepNext?: boolean;
  /** Rules above and below (banner): width, distance from the text. */
  ruled?: { width: number; gap: number };
}

export const PARAGRAPH: Record<NonNullable<Paragraph["style"]>, ParaStyle> = {
  normal: { size: SIZE.body, before: 0, after: 6 },
  banner: {
    size: SIZE.banner,
    before: 0,
    after: 18,
    bold: true,
    color: COLOR.red,
    align: "center",
    ruled: { width: 1.5, gap: 4 },
  },
  subtitle: { size: SIZE.subtitle, before: 0, after: 8, align: "center" },
  label: { size: SIZE.body, before: 6, after: 2, bold: true, keepNext: true },
  small: { size: SIZE.small, before: 0, after: 6, color: COLOR.grey },
  "blank-page": { size: SIZE.body, before: 300, after: 6, italic: true, color: COLOR.grey, align: "center" },
};

export const TITLE: ParaStyle = {
  size: SIZE.title,
  before: 24,
  after: 18,
  bold: true,
  color: COLOR.navy,
  align: "center",
};

export const HEADING: Record<1 | 2 | 3, ParaStyle> = {
  1: { size: SIZE.h1, before: 0, after: 6, bold: true, color: COLOR.navy, keepNext: true },
  2: { size: SIZE.h2, before: 12, after: 6, bold: true, color: COLOR.navy, keepNext: true },
  3: { size: SIZE.h3, before: 9, after: 6, bold: true, color: COLOR.navy, keepNext: true },
};

export const TOC_TITLE: ParaStyle = { size: SIZE.h1, before: 0, after: 12, bold: true, color: COLOR.navy };
export const TOC_ENTRY: ParaStyle = { size: SIZE.toc, before: 0, after: 2 };
export const LIST_ITEM: ParaStyle = { size: SIZE.body, before: 0, after: 2 };

/** The sentence of a page left empty so that the next part starts on an odd page. */
export const BLANK_PAGE_TEXT = "Page laissée blanche intentionnellement";
