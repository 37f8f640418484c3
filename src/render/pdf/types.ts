/**
 * What the PDF layout produces and the painter consumes: positioned pages as plain data, so the
 * layout can be tested without pdf-lib (every box inside the printable area, no overlap, rows on
 * one page). Coordinates are points from the top-left corner of the page, y growing downwards;
 * the painter turns them into PDF's bottom-up space.
 */
import type { Heading } from "../../doc/model.js";
import type { FontId } from "./fonts.js";

/** One run of text on one line, in one font. */
export interface TextRun {
  x: number;
  /** Top of the line box. */
  y: number;
  /** Baseline, where the painter puts the text. */
  baseline: number;
  width: number;
  /** Line height: the box is (x, y, width, height). */
  height: number;
  font: FontId;
  size: number;
  /** RGB hex, `000000` for body text. */
  color: string;
  text: string;
}

/** A straight rule (table borders, header and footer rules, frames). */
export interface Rule {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width: number;
  color: string;
}

/** A filled rectangle (table header shading). */
export interface Fill {
  x: number;
  y: number;
  width: number;
  height: number;
  color: string;
}

/** A path of a figure (figure.ts): filled and/or stroked, in page points. */
export interface PathShape {
  points: { x: number; y: number }[];
  closed: boolean;
  /** RGB hex, or none. */
  fill?: string;
  stroke?: string;
  width: number;
  dashed: boolean;
}

/** A clickable area leading to a heading (Sommaire entries). */
export interface LinkArea {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Index into `LaidOutDocument.headings`. */
  target: number;
}

export type PageRole = "cover" | "body" | "blank";

export interface LaidOutPage {
  width: number;
  height: number;
  role: PageRole;
  /** The box text must stay in (margins; the running header and footer lie outside it). */
  area: { x: number; y: number; width: number; height: number };
  fills: Fill[];
  /** Figure paths, painted in order after the fills (absent on pages without figures). */
  paths?: PathShape[];
  rules: Rule[];
  runs: TextRun[];
  links: LinkArea[];
  /** Running header and footer runs (inside the margins, outside `area`). */
  running: TextRun[];
  /** The rules under the running header and over the footer. */
  runningRules: Rule[];
}

export interface PlacedHeading {
  heading: Heading;
  /** 0-based page index. */
  page: number;
  /** Top of its first line. */
  y: number;
  x: number;
}

/**
 * A laid-out document. Laid out for a PDF (index.ts), a page handed to the page sink as finished
 * keeps its size, role and area but no longer its runs, rules, fills and paths: they are in its
 * content stream already.
 */
export interface LaidOutDocument {
  pages: LaidOutPage[];
  /** Body headings in order, with where they landed (outline, Sommaire, links). */
  headings: PlacedHeading[];
}
