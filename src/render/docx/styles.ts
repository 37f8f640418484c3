/**
 * Page geometry, fonts and paragraph styles of the DOCX output: the one source of every size and
 * space. docx writes `word/styles.xml` from the table below (docx-styles.ts), and the page
 * estimate (page-estimate.ts) reads the same table, so what the estimate lays out is what the
 * file says.
 */

/**
 * Arial: on every Word installation, and LibreOffice substitutes its metric-compatible Liberation
 * Sans. Both carry the French letters (é, œ, «, U+00A0, U+202F); symbols they lack (☐) are drawn
 * through the applications' own font fallback. DOCX only names the font, it cannot embed it.
 */
export const FONT = "Arial";

/** A4 portrait, in twips (1/20 pt). */
export const PAGE = { width: 11906, height: 16838 } as const;
/** 2 cm margins, header and footer 1 cm from the edge. */
export const MARGIN = { top: 1134, bottom: 1134, left: 1134, right: 1134, header: 567, footer: 567 } as const;
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
export const TEXT_HEIGHT = PAGE.height - MARGIN.top - MARGIN.bottom;

/** Table cell padding, twips (set once per table). */
export const CELL_MARGIN = { top: 60, bottom: 60, left: 100, right: 100 } as const;
/** Padding inside a callout's frame, twips. */
export const CALLOUT_MARGIN = { top: 120, left: 160, bottom: 60, right: 160 } as const;
/** Table rules and the callout's frame, in eighths of a point (`w:sz`). */
export const RULE_SIZE = { table: 4, callout: 12 } as const;

/** Font sizes in points. */
export const SIZE = {
  body: 10,
  small: 8,
  title: 24,
  subtitle: 14,
  banner: 12,
  h1: 16,
  h2: 13,
  h3: 11,
} as const;
/** Space after a body paragraph, points (the document default). */
export const PARAGRAPH_AFTER = 6;
/** Space after a Sommaire entry, points. */
export const TOC_ENTRY_AFTER = 2;
/** Space above the first paragraph after a table, points (Word puts none). */
export const AFTER_TABLE = 6;
/** Indent of a Sommaire entry per level below 1, twips. */
export const TOC_INDENT = 240;
/** List items: text indent and hanging marker, twips. */
export const LIST_INDENT = { left: 567, hanging: 283 } as const;

/** A paragraph border: colour, width in eighths of a point, distance from the text in points. */
export interface Rule {
  color: string;
  size: number;
  space: number;
}

/** One paragraph style, in the units of the tables above (points, twips for indents). */
export interface ParagraphStyle {
  id: string;
  name: string;
  /** Built-in styles Word shows in its gallery. */
  quick?: boolean;
  basedOn?: "Normal";
  next?: "Normal";
  keepNext?: boolean;
  keepLines?: boolean;
  border?: { top?: Rule; bottom?: Rule };
  /** Space before and after, points; absent: inherited (before 0, after PARAGRAPH_AFTER). */
  before?: number;
  after?: number;
  /** Left indent, twips. */
  indent?: number;
  center?: boolean;
  outlineLevel?: number;
  /** Font named again on top of the default (the built-in title and headings). */
  font?: boolean;
  bold?: boolean;
  italic?: boolean;
  caps?: boolean;
  color?: string;
  /** Points; absent: SIZE.body. */
  size?: number;
}

const NAVY = "1F3864";
const heading = (level: 1 | 2 | 3, size: number, before: number): ParagraphStyle => ({
  id: `Heading${level}`,
  name: `Heading ${level}`,
  quick: true,
  basedOn: "Normal",
  next: "Normal",
  keepNext: true,
  keepLines: true,
  before,
  after: 6,
  outlineLevel: level - 1,
  font: true,
  bold: true,
  color: NAVY,
  size,
});
const BANNER_RULE: Rule = { color: "C00000", size: 12, space: 4 };

/** Every style the body uses, by role. */
export const STYLE = {
  title: {
    id: "Title",
    name: "Title",
    quick: true,
    basedOn: "Normal",
    next: "Normal",
    before: 24,
    after: 18,
    center: true,
    font: true,
    bold: true,
    color: NAVY,
    size: SIZE.title,
  },
  h1: heading(1, SIZE.h1, 0),
  h2: heading(2, SIZE.h2, 12),
  h3: heading(3, SIZE.h3, 9),
  listItem: { id: "ListParagraph", name: "List Paragraph", quick: true, basedOn: "Normal", after: 2 },
  banner: {
    id: "Banner",
    name: "Bandeau",
    basedOn: "Normal",
    next: "Normal",
    border: { top: BANNER_RULE, bottom: BANNER_RULE },
    after: 18,
    center: true,
    bold: true,
    caps: true,
    color: "C00000",
    size: SIZE.banner,
  },
  subtitle: {
    id: "Subtitle",
    name: "Subtitle",
    basedOn: "Normal",
    next: "Normal",
    after: 8,
    center: true,
    size: SIZE.subtitle,
  },
  label: {
    id: "Label",
    name: "Intitulé",
    basedOn: "Normal",
    next: "Normal",
    keepNext: true,
    before: 6,
    after: 2,
    bold: true,
  },
  small: { id: "Small", name: "Petit", basedOn: "Normal", next: "Normal", color: "595959", size: SIZE.small },
  "blank-page": {
    id: "BlankPage",
    name: "Page blanche",
    basedOn: "Normal",
    next: "Normal",
    before: 300,
    center: true,
    italic: true,
    color: "595959",
  },
  // Word's built-in style for a table of contents title: not a heading, not in the outline.
  tocTitle: {
    id: "TOCHeading",
    name: "TOC Heading",
    basedOn: "Normal",
    next: "Normal",
    keepNext: true,
    after: 12,
    bold: true,
    color: NAVY,
    size: SIZE.h1,
  },
  // Sommaire entries: Word's built-in ids, so a field update keeps this look.
  toc1: tocEntry(1),
  toc2: tocEntry(2),
  toc3: tocEntry(3),
  cell: {
    id: "TableText",
    name: "Texte de tableau",
    basedOn: "Normal",
    before: 0,
    after: 0,
    size: SIZE.body - 1,
  },
} as const satisfies Record<string, ParagraphStyle>;

function tocEntry(level: 1 | 2 | 3): ParagraphStyle & { indent: number } {
  return {
    id: `TOC${level}`,
    name: `toc ${level}`,
    basedOn: "Normal",
    next: "Normal",
    before: 0,
    after: TOC_ENTRY_AFTER,
    indent: (level - 1) * TOC_INDENT,
  };
}

/** The model's paragraph styles → their style (`normal` has none: the document default). */
export const MODEL_STYLE = {
  banner: STYLE.banner,
  subtitle: STYLE.subtitle,
  label: STYLE.label,
  small: STYLE.small,
  "blank-page": STYLE["blank-page"],
} as const;
export const HEADING_STYLE = { 1: STYLE.h1, 2: STYLE.h2, 3: STYLE.h3 } as const;
export const TOC_STYLE = { 1: STYLE.toc1, 2: STYLE.toc2, 3: STYLE.toc3 } as const;
