/**
 * The kit's document model through the same path as `build` (docs/templates.md): view →
 * template `exercise` (user-overridable by file name) → block text → document model.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Document } from "../doc/model.js";
import { parseBlockText } from "../doc/parse.js";
import type { Scenario } from "../plan/types.js";
import { bundledTemplatesDir, renderTemplate } from "../templates/engine.js";
import { exerciseView } from "../view/exercise.js";
import type { ViewInput } from "../view/input.js";
import type { ExerciseKit } from "./types.js";

export const exerciseTemplate = "exercise";

/** Template and block errors are thrown as is (TemplateError, BlockSyntaxError), as in build. */
export function composeExercise(
  input: ViewInput,
  scenario: Scenario,
  kit: ExerciseKit,
  startMinutes: number,
  templatesDir?: string,
): Document {
  const data = exerciseView(input, scenario, kit, startMinutes);
  const text = renderTemplate(exerciseTemplate, data, { templatesDir });
  const file = `${exerciseTemplate}.hbs`;
  const override = templatesDir === undefined ? undefined : join(templatesDir, file);
  const origin = `texte produit par ${override !== undefined && existsSync(override) ? override : join(bundledTemplatesDir, file)}`;
  const { cover, body } = parseBlockText(text, origin);
  return { meta: data.common.meta, cover, body };
}
