/**
 * Figures in the DOCX (docs/templates.md `!figure`): the picture's SVG (src/pictures/svg.ts)
 * rasterised to PNG by resvg with the DejaVu Sans files of `dejavu-fonts-ttf` given explicitly
 * and system fonts off, so the image is the same on every machine; placed as an inline
 * `w:drawing` (Word and LibreOffice both show it) kept with its bold caption paragraph.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import type { Figure } from "../../doc/model.js";
import { toSvg } from "../../pictures/svg.js";
import { LINE_HEIGHT_EM } from "./arial-metrics.js";
import { TEXT_HEIGHT } from "./styles.js";
import { KEEP_NEXT, esc, spacing, textRun } from "./xml.js";

/** resvg zoom over its 96 px per inch: 2.25 → 216 dpi, sharp in print at 100 %. */
const ZOOM = 2.25;
const EMU_PER_PT = 12700;
/** Caption paragraph (body text is 10 pt): space above the picture, between picture and caption. */
export const FIGURE_SPACING = { before: 12, between: 4, after: 12, caption: 10 } as const;

let fontFiles: string[] | undefined;
function dejavu(): string[] {
  const dir = join(dirname(createRequire(import.meta.url).resolve("dejavu-fonts-ttf/package.json")), "ttf");
  return (fontFiles ??= ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"].map((f) => join(dir, f)));
}

export function rasterize(figure: Figure): Uint8Array {
  const resvg = new Resvg(toSvg(figure.picture), {
    fitTo: { mode: "zoom", value: ZOOM },
    font: { loadSystemFonts: false, fontFiles: dejavu(), defaultFontFamily: "DejaVu Sans" },
    shapeRendering: 2,
    textRendering: 1,
  });
  return new Uint8Array(resvg.render().asPng());
}

/** The picture's size on the page, points: its own, scaled down to the text width if wider. */
export function figureSize(
  figure: Figure,
  maxWidth: number,
  maxHeight: number,
): { width: number; height: number } {
  const { width, height } = figure.picture;
  const scale = Math.min(1, maxWidth / width, maxHeight / height);
  return { width: width * scale, height: height * scale };
}

/** One figure in the package: its image part and relationship id. */
export interface FigurePart {
  rId: string;
  name: string;
  png: Uint8Array;
}

const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture";

/** The image paragraph (kept with the next) and the caption paragraph, as [pPr, content] pairs. */
export function figureParagraphs(
  figure: Figure,
  part: FigurePart,
  id: number,
  size: { width: number; height: number },
  pageBreakBefore: string,
): [string, string][] {
  const cx = Math.round(size.width * EMU_PER_PT);
  const cy = Math.round(size.height * EMU_PER_PT);
  const descr = esc(figure.caption);
  const drawing =
    `<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">` +
    `<wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>` +
    `<wp:docPr id="${id}" name="Figure ${id}" descr="${descr}"/>` +
    `<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="${A}" noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
    `<a:graphic xmlns:a="${A}"><a:graphicData uri="${PIC}"><pic:pic xmlns:pic="${PIC}">` +
    `<pic:nvPicPr><pic:cNvPr id="${id}" name="${part.name}" descr="${descr}"/><pic:cNvPicPr/></pic:nvPicPr>` +
    `<pic:blipFill><a:blip r:embed="${part.rId}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm>` +
    `<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>` +
    `</wp:inline></w:drawing></w:r>`;
  const s = FIGURE_SPACING;
  return [
    [
      KEEP_NEXT +
        pageBreakBefore +
        spacing({ before: s.before * 20, after: s.between * 20 }) +
        `<w:jc w:val="center"/>`,
      drawing,
    ],
    [
      spacing({ before: 0, after: s.after * 20 }) + `<w:jc w:val="center"/>`,
      textRun(figure.caption, true, false),
    ],
  ];
}

/** Tallest picture on a portrait page: the text height less the caption and its spacing. */
export const FIGURE_MAX_HEIGHT =
  TEXT_HEIGHT / 20 -
  FIGURE_SPACING.before -
  FIGURE_SPACING.between -
  FIGURE_SPACING.after -
  2 * FIGURE_SPACING.caption;

/** Height the figure takes in the flow, points (page-estimate.ts counts it as one unbreakable row). */
export function figureFlowHeight(figure: Figure, maxWidth: number): number {
  const s = FIGURE_SPACING;
  return (
    s.before +
    figureSize(figure, maxWidth, FIGURE_MAX_HEIGHT).height +
    s.between +
    s.caption * LINE_HEIGHT_EM +
    s.after
  );
}
