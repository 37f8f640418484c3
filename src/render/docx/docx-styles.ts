/**
 * The style table of styles.ts as docx's options: docx writes `word/styles.xml` and
 * `word/numbering.xml` from them (package.ts). Nothing here sets a size or a space of its own.
 */
import { AlignmentType, BorderStyle, LevelFormat, type IStylesOptions, type NumberingDefinition } from "docx";
import { FONT, LIST_INDENT, PARAGRAPH_AFTER, SIZE, STYLE, type ParagraphStyle, type Rule } from "./styles.js";

const twips = (pt: number): number => Math.round(pt * 20);
const halfPoints = (pt: number): number => pt * 2;
const border = (r: Rule) => ({ style: BorderStyle.SINGLE, size: r.size, color: r.color, space: r.space });

/** One of our styles as docx's style options (docx writes `word/styles.xml` from them). */
function docxStyle(s: ParagraphStyle) {
  const spacing =
    s.before === undefined && s.after === undefined
      ? undefined
      : {
          ...(s.before !== undefined ? { before: twips(s.before) } : {}),
          ...(s.after !== undefined ? { after: twips(s.after) } : {}),
        };
  return {
    run: {
      ...(s.font ? { font: FONT } : {}),
      ...(s.size !== undefined ? { size: halfPoints(s.size) } : {}),
      ...(s.bold ? { bold: true } : {}),
      ...(s.italic ? { italics: true } : {}),
      ...(s.caps ? { allCaps: true } : {}),
      ...(s.color ? { color: s.color } : {}),
    },
    paragraph: {
      ...(s.center ? { alignment: AlignmentType.CENTER } : {}),
      ...(s.keepNext ? { keepNext: true } : {}),
      ...(s.keepLines ? { keepLines: true } : {}),
      ...(spacing ? { spacing } : {}),
      ...(s.outlineLevel !== undefined ? { outlineLevel: s.outlineLevel } : {}),
      ...(s.indent !== undefined ? { indent: { left: s.indent } } : {}),
      ...(s.border
        ? {
            border: {
              ...(s.border.top ? { top: border(s.border.top) } : {}),
              ...(s.border.bottom ? { bottom: border(s.border.bottom) } : {}),
            },
          }
        : {}),
    },
  };
}

/** Our own paragraph styles, after Word's built-in ones. */
function customStyle(s: ParagraphStyle) {
  return {
    id: s.id,
    name: s.name,
    ...(s.basedOn ? { basedOn: s.basedOn } : {}),
    ...(s.next ? { next: s.next } : {}),
    ...docxStyle(s),
  };
}

/** The styles of `word/styles.xml`: document defaults, Word's built-in styles we set, ours. */
export function documentStyles(language: string): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: FONT, size: halfPoints(SIZE.body), language: { value: language } },
        paragraph: { spacing: { after: twips(PARAGRAPH_AFTER) } },
      },
      title: docxStyle(STYLE.title),
      heading1: docxStyle(STYLE.h1),
      heading2: docxStyle(STYLE.h2),
      heading3: docxStyle(STYLE.h3),
      listParagraph: { paragraph: docxStyle(STYLE.listItem).paragraph },
    },
    paragraphStyles: [
      STYLE.banner,
      STYLE.subtitle,
      STYLE.label,
      STYLE.small,
      STYLE["blank-page"],
      STYLE.tocTitle,
      STYLE.toc1,
      STYLE.toc2,
      STYLE.toc3,
      STYLE.cell,
    ].map(customStyle),
  };
}

export const BULLET_REF = "pcapra-bullet";
export const NUMBER_REF = "pcapra-number";

/** One bullet and one decimal list definition; each list gets its own instance, so it restarts at 1. */
export function numberingConfig(): NumberingDefinition[] {
  const level = (format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string) => ({
    level: 0,
    format,
    text,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { ...LIST_INDENT } } },
  });
  return [
    { reference: BULLET_REF, levels: [level(LevelFormat.BULLET, "\u2022")] },
    { reference: NUMBER_REF, levels: [level(LevelFormat.DECIMAL, "%1.")] },
  ];
}
