/**
 * Page geometry, fonts and styles of the DOCX output. One place, so the page estimator and the
 * renderer agree on sizes.
 */
import { AlignmentType, BorderStyle, LevelFormat, type IStylesOptions, type NumberingDefinition } from "docx";

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
  toc: 10,
} as const;
/** Space after a body paragraph, points. */
export const PARAGRAPH_AFTER = 6;
/** Space after a Sommaire entry, points. */
export const TOC_ENTRY_AFTER = 2;

const halfPoints = (pt: number): number => pt * 2;
const twips = (pt: number): number => pt * 20;

/** Custom paragraph style ids (the model's paragraph styles, and the Sommaire title). */
export const STYLE_ID = {
  banner: "Banner",
  subtitle: "Subtitle",
  label: "Label",
  small: "Small",
  "blank-page": "BlankPage",
  tocTitle: "TOCHeading",
  cell: "TableText",
} as const;

export function documentStyles(language: string = "fr-FR"): IStylesOptions {
  const heading = (size: number, before: number) => ({
    run: { font: FONT, size: halfPoints(size), bold: true, color: "1F3864" },
    paragraph: {
      keepNext: true,
      keepLines: true,
      spacing: { before: twips(before), after: twips(6) },
    },
  });
  return {
    default: {
      document: {
        run: { font: FONT, size: halfPoints(SIZE.body), language: { value: language } },
        paragraph: { spacing: { after: twips(PARAGRAPH_AFTER) } },
      },
      title: {
        run: { font: FONT, size: halfPoints(SIZE.title), bold: true, color: "1F3864" },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: twips(24), after: twips(18) } },
      },
      heading1: { ...heading(SIZE.h1, 0), paragraph: { ...heading(SIZE.h1, 0).paragraph, outlineLevel: 0 } },
      heading2: {
        ...heading(SIZE.h2, 12),
        paragraph: { ...heading(SIZE.h2, 12).paragraph, outlineLevel: 1 },
      },
      heading3: { ...heading(SIZE.h3, 9), paragraph: { ...heading(SIZE.h3, 9).paragraph, outlineLevel: 2 } },
      listParagraph: { paragraph: { spacing: { after: twips(2) } } },
    },
    paragraphStyles: [
      {
        id: STYLE_ID.banner,
        name: "Bandeau",
        basedOn: "Normal",
        next: "Normal",
        run: { bold: true, size: halfPoints(SIZE.banner), allCaps: true, color: "C00000" },
        paragraph: {
          alignment: AlignmentType.CENTER,
          spacing: { after: twips(18) },
          border: {
            top: { style: BorderStyle.SINGLE, size: 12, color: "C00000", space: 4 },
            bottom: { style: BorderStyle.SINGLE, size: 12, color: "C00000", space: 4 },
          },
        },
      },
      {
        id: STYLE_ID.subtitle,
        name: "Subtitle",
        basedOn: "Normal",
        next: "Normal",
        run: { size: halfPoints(SIZE.subtitle) },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { after: twips(8) } },
      },
      {
        id: STYLE_ID.label,
        name: "Intitulé",
        basedOn: "Normal",
        next: "Normal",
        run: { bold: true },
        paragraph: { keepNext: true, spacing: { before: twips(6), after: twips(2) } },
      },
      {
        id: STYLE_ID.small,
        name: "Petit",
        basedOn: "Normal",
        next: "Normal",
        run: { size: halfPoints(SIZE.small), color: "595959" },
      },
      {
        id: STYLE_ID["blank-page"],
        name: "Page blanche",
        basedOn: "Normal",
        next: "Normal",
        run: { italics: true, color: "595959" },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: twips(300) } },
      },
      {
        // Word's built-in style for a table of contents title: not a heading, not in the outline.
        id: STYLE_ID.tocTitle,
        name: "TOC Heading",
        basedOn: "Normal",
        next: "Normal",
        run: { bold: true, size: halfPoints(SIZE.h1), color: "1F3864" },
        paragraph: { keepNext: true, spacing: { after: twips(12) } },
      },
      // Sommaire entries: Word's built-in ids, so a field update keeps this look.
      ...[1, 2, 3].map((level) => ({
        id: `TOC${level}`,
        name: `toc ${level}`,
        basedOn: "Normal",
        next: "Normal",
        paragraph: {
          indent: { left: (level - 1) * 240 },
          spacing: { before: 0, after: twips(TOC_ENTRY_AFTER) },
        },
      })),
      {
        id: STYLE_ID.cell,
        name: "Texte de tableau",
        basedOn: "Normal",
        run: { size: halfPoints(SIZE.body - 1) },
        paragraph: { spacing: { before: 0, after: 0 } },
      },
    ],
  };
}

export const BULLET_REF = "pcapra-bullet";
export const NUMBER_REF = "pcapra-number";

/** One bullet and one decimal list definition; each list gets its own instance, so it restarts at 1. */
export function numberingConfig(): NumberingDefinition[] {
  const indent = { left: 567, hanging: 283 };
  return [
    {
      reference: BULLET_REF,
      levels: [
        {
          level: 0,
          format: LevelFormat.BULLET,
          text: "\u2022",
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent } },
        },
      ],
    },
    {
      reference: NUMBER_REF,
      levels: [
        {
          level: 0,
          format: LevelFormat.DECIMAL,
          text: "%1.",
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent } },
        },
      ],
    },
  ];
}
