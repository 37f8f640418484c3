/**
 * The document model: what every renderer (DOCX now, PDF next) consumes. Templates produce it
 * through the block language (docs/templates.md); nothing here knows about DOCX or PDF.
 * A union on `type`: renderers switch exhaustively, so the compiler catches a missing case.
 */
import type { Picture } from "../pictures/model.js";

export type Inline =
  | { type: "text"; text: string; bold?: boolean; italic?: boolean }
  /** A line break inside a paragraph or cell (a newline in a plan string). */
  | { type: "break" };

export interface Heading {
  type: "heading";
  level: 1 | 2 | 3;
  /** Full text, number included: `3.2 Lieux de crise`, `Annexe A – Annuaire de crise`. */
  text: string;
  /** Listed in the Sommaire (docs/documents.md 1.1: per-item headings only when ≤ 60 siblings). */
  toc: boolean;
}

/** The document title on the cover (DOCX style `Title`); not in the outline. */
export interface Title {
  type: "title";
  text: string;
}

export interface Paragraph {
  type: "paragraph";
  inlines: Inline[];
  /** `banner`: classification band on the cover; `subtitle`: large cover lines; `label`: bold lead-in. */
  style?: "normal" | "banner" | "subtitle" | "label" | "small" | "blank-page";
}

export interface List {
  type: "list";
  ordered: boolean;
  items: Inline[][];
}

export interface TableCell {
  inlines: Inline[];
}

export interface Table {
  type: "table";
  /** Header row, repeated on every page. Absent for key–value tables. */
  header?: TableCell[];
  rows: TableRow[];
  /** Relative column widths (sum irrelevant); absent = equal widths. */
  widths?: number[];
  /** Key–value table: first column bold labels, no header. */
  keyValue?: boolean;
}

export interface TableRow {
  cells: TableCell[];
  /** Whole row in bold (e.g. `rto-unreachable` rows of the PRA). */
  bold?: boolean;
  /** Minimum row height in points (blank main-courante rows). */
  minHeight?: number;
}

/** The Sommaire: entries are the headings with `toc: true`; page numbers come from layout. */
export interface Toc {
  type: "toc";
  title: string;
  /** Deepest heading level listed (2 for PCA/PRA/PSCA/binder, 1 for fiches). */
  maxLevel: 1 | 2 | 3;
}

export interface PageBreak {
  type: "pagebreak";
  /** Start the next page on an odd page (binder fiches). */
  odd?: boolean;
}

/**
 * Starts a new page whose orientation holds until the next section block (docs/documents.md 1.1:
 * Annexe A and PRA 4.2 may be set on landscape pages). DOCX: a section break with its own page
 * size; PDF: the page size of the following pages. Block language: `!section landscape|portrait`.
 */
export interface Section {
  type: "section";
  orientation: "portrait" | "landscape";
}

/** A framed box (callout), e.g. the reminder of reporting duties. */
export interface Callout {
  type: "callout";
  blocks: (Paragraph | List)[];
}

/**
 * A picture (src/pictures/model.ts: vector shapes in points) with its caption, kept whole on one
 * page. Data, not text: a template names it with `!figure <id>`, the id resolved from the view's
 * `figures` (docs/templates.md). PDF: drawn as vectors; DOCX: an inline PNG image.
 */
export interface Figure {
  type: "figure";
  picture: Picture;
  /** Printed in bold under the picture: `Figure 1 – Schéma des dépendances (niveaux 9 à 6)`. */
  caption: string;
}

export type Block = Heading | Title | Paragraph | List | Table | Toc | PageBreak | Section | Callout | Figure;

export interface DocumentMeta {
  /** Cover title + ` – ` + establishment name (docs/documents.md 1.3). */
  title: string;
  author: string;
  subject: string;
  keywords: string;
  language: "fr-FR";
  /** `plan.date` (YYYY-MM-DD): creation and modification dates at 00:00:00 UTC. */
  date: string;
  /** Running header. */
  header: { left: string; right: string };
  /** Running footer; the right slot is always `Page X / Y`. */
  footer: { left: string; centre: string };
}

export interface Document {
  meta: DocumentMeta;
  /** Cover blocks (page 1: no running header or footer). */
  cover: Block[];
  /** Everything after the cover, TOC included. */
  body: Block[];
}
