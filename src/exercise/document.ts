/**
 * The kit's document model through the same path as `build` (docs/templates.md): view →
 * template `exercise` (user-overridable by file name) → block text → document model.
 */
import type { Document } from "../doc/model.js";
import { parseBlockText } from "../doc/parse.js";
import type { Scenario } from "../plan/types.js";
import { renderTemplate } from "../templates/engine.js";
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
  // Block errors name the template file and line that wrote the faulty text (src/doc/source.ts).
  const text = renderTemplate(exerciseTemplate, data, { templatesDir });
  const { cover, body } = parseBlockText(text, `${exerciseTemplate}.hbs`);
  return { meta: data.common.meta, cover, body };
}
