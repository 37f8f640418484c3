/**
 * The page estimate's paragraphs (page-estimate.ts): the styles of styles.ts as the estimate
 * needs them (size, spacing, borders, in points) and a paragraph as a layout item of
 * page-layout.ts, its lines broken with Arial's widths (text-measure.ts).
 */
import type { Inline, Paragraph } from "../../doc/model.js";
import type { LinesItem } from "./page-layout.js";
import { HEADING_STYLE, MODEL_STYLE, PARAGRAPH_AFTER, SIZE, STYLE, type ParagraphStyle } from "./styles.js";
import { LINE_HEIGHT_EM } from "./arial-metrics.js";
import { wrapLines } from "./text-measure.js";

export const lineHeight = (size: number): number => size * LINE_HEIGHT_EM;
/** Below an inline image on its line: Arial's descent and line gap, (434 + 67) / 2,048 em. */
export const IMAGE_LINE_BELOW = 501 / 2048;

/** What the estimate needs of a paragraph style (styles.ts), in points. */
export interface ParaStyle {
  size: number;
  before: number;
  after: number;
  bold?: boolean;
  keepNext?: boolean;
  /** Extra height (borders and their spacing). */
  extra?: number;
}

/** A style of styles.ts, its inherited values filled in (document defaults: body size, space after). */
export function paraStyle(s: ParagraphStyle): ParaStyle {
  const rules = [s.border?.top, s.border?.bottom].filter((r) => r !== undefined);
  return {
    size: s.size ?? SIZE.body,
    before: s.before ?? 0,
    after: s.after ?? PARAGRAPH_AFTER,
    bold: !!s.bold,
    keepNext: !!s.keepNext,
    extra: rules.reduce((sum, r) => sum + r.size / 8 + r.space, 0),
  };
}

export const NORMAL: ParaStyle = { size: SIZE.body, before: 0, after: PARAGRAPH_AFTER };
export const MODEL: Record<keyof typeof MODEL_STYLE, ParaStyle> = {
  banner: paraStyle(MODEL_STYLE.banner),
  subtitle: paraStyle(MODEL_STYLE.subtitle),
  label: paraStyle(MODEL_STYLE.label),
  small: paraStyle(MODEL_STYLE.small),
  "blank-page": paraStyle(MODEL_STYLE["blank-page"]),
};
export const HEADING: Record<1 | 2 | 3, ParaStyle> = {
  1: paraStyle(HEADING_STYLE[1]),
  2: paraStyle(HEADING_STYLE[2]),
  3: paraStyle(HEADING_STYLE[3]),
};
export const TITLE = paraStyle(STYLE.title);
export const LIST_ITEM = paraStyle(STYLE.listItem);
export const TOC_TITLE = paraStyle(STYLE.tocTitle);
/** The empty paragraph of walk.ts (spacing after 0). */
export const SPACER: ParaStyle = { size: SIZE.body, before: 0, after: 0 };

export function para(
  text: Inline[] | string,
  style: ParaStyle,
  width: number,
  extra: Pick<LinesItem, "pageBreakBefore" | "heading"> = {},
): LinesItem {
  const lines = wrapLines(text, width, style.size, style.bold);
  return {
    kind: "lines",
    lines,
    lineHeight: lineHeight(style.size),
    extra: style.extra ?? 0,
    before: style.before,
    after: style.after,
    keepNext: !!style.keepNext,
    ...extra,
  };
}

export const styleOf = (block: Paragraph): ParaStyle =>
  block.style && block.style !== "normal" ? MODEL[block.style] : NORMAL;
