/**
 * PRA 4.4 figures (docs/documents.md §3, issue 12): the dependency diagram, cut by dependency
 * layer into pages, then the recovery timeline, cut into page-high parts. Each is a `!figure` of
 * the template (docs/templates.md), kept whole on one page by the renderers; the table of layers
 * stays as the readable fallback.
 */
import { layeredDiagramPages } from "../pictures/diagram-pages.js";
import { pictureResourceLimit, type Picture } from "../pictures/model.js";
import { recoveryTimelinePages } from "../pictures/timeline.js";
import type { ViewInput } from "./input.js";
import { NBSP } from "../text/french.js";

export interface FigureView {
  /** What `!figure` names: `dependencies-1`, `timeline-1`… */
  id: string;
  caption: string;
  picture: Picture;
}

/**
 * Room for a picture on an A4 portrait page with 2 cm margins (docs/templates.md, Rendu DOCX):
 * the full text width, and the text height less the caption line and its spacing.
 */
export const figureBox = { width: 481, height: 660 } as const;

function levelsText(levels: number[]): string {
  const high = Math.max(...levels);
  const low = Math.min(...levels);
  return high === low ? `niveau${NBSP}${high}` : `niveaux ${high} à ${low}`;
}

/**
 * Above this many resources the pictures are not drawn (src/pictures/model.ts says why); the table
 * of layers and the 4.2 table stay, and the PRA says so.
 */
export const figureResourceLimit = pictureResourceLimit;

/** The sentence printed instead of the pictures of a plan over the limit, else null. */
export function figuresOmitted(input: ViewInput): string | null {
  return (input.plan.resources ?? []).length > figureResourceLimit
    ? `Au-delà de ${figureResourceLimit} ressources, le schéma des dépendances et la chronologie de la reprise ne sont pas dessinés\u00a0: le tableau des niveaux ci-dessus et le tableau 4.2 en tiennent lieu.`
    : null;
}

export function praFigures(input: ViewInput): FigureView[] {
  const { plan, recovery } = input;
  const count = (plan.resources ?? []).length;
  if (count === 0 || count > figureResourceLimit) return [];
  const figures: FigureView[] = [];
  const caption = (text: string) => `Figure ${figures.length + 1} – ${text}`;
  const diagram = layeredDiagramPages(plan, recovery, figureBox);
  diagram.forEach((page, i) =>
    figures.push({
      id: `dependencies-${i + 1}`,
      caption: caption(`Schéma des dépendances (${levelsText(page.levels)})`),
      picture: page.picture,
    }),
  );
  if (recovery.ranked.length > 0) {
    const parts = recoveryTimelinePages(recovery, figureBox.height, { width: figureBox.width });
    parts.forEach((picture, i) =>
      figures.push({
        id: `timeline-${i + 1}`,
        caption: caption(
          parts.length === 1
            ? "Chronologie de la reprise"
            : `Chronologie de la reprise (partie ${i + 1} sur ${parts.length})`,
        ),
        picture,
      }),
    );
  }
  return figures;
}
