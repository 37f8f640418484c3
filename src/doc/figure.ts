/**
 * `!figure <id>` (docs/templates.md): a figure is data, not text, so the block language names it
 * and the view's `figures` (id → picture and caption) supplies it. Kept apart from parse.ts so the
 * parser stays a text parser.
 */
import type { Picture } from "../pictures/model.js";
import type { Figure } from "./model.js";

/** What a view offers to `!figure`: its figures by id. */
export type FigureSource = Record<string, { picture: Picture; caption: string }>;

/** The figure named by `arg`, or the French reason why there is none. */
export function figureBlock(arg: string, figures: FigureSource): Figure | string {
  // `{{id}}` in a template escapes block-language characters (`\-`): the id is read unescaped.
  const id = arg.trim().replace(/\\(.)/g, "$1");
  if (id === "" || /\s/.test(id)) return "!figure attend un seul identifiant de figure";
  const found = Object.prototype.hasOwnProperty.call(figures, id) ? figures[id] : undefined;
  if (!found) return `figure «\u00a0${id}\u00a0» inconnue (absente des données du modèle)`;
  return { type: "figure", picture: found.picture, caption: found.caption };
}

/** The `figures` of a view's data, when it has some (only the PRA today). */
export function figuresOf(data: unknown): FigureSource {
  const figures = (data as { figures?: { id: string; picture: Picture; caption: string }[] }).figures;
  return Object.fromEntries((figures ?? []).map((f) => [f.id, { picture: f.picture, caption: f.caption }]));
}
