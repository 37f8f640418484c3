/**
 * What `build` and `exercise` share once their documents are rendered in memory: how a rendering
 * failure becomes a user's message, and how the files reach the output folder (docs/cli.md:
 * atomic writes, stale temporary files of a killed run removed, an unwritable folder is exit 2).
 */
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { BlockSyntaxError } from "../doc/parse.js";
import { normalizeFiness } from "../plan/finess.js";
import type { SourceMap } from "../plan/source-map.js";
import type { Plan } from "../plan/types.js";
import { removeStaleTemps, writeFileAtomic } from "../output/index.js";
import { TemplateError } from "../templates/engine.js";
import { isMissingGlyph, locateCharacter } from "./render.js";

/** A failure the user can act on: a broken template (2) or a plan character no font draws (1). */
export interface RenderFailure {
  exitCode: 1 | 2;
  message: string;
}

/** The user's side of a rendering error, or null for a bug (to be rethrown). */
export function renderFailure(error: unknown, plan: Plan, map: SourceMap): RenderFailure | null {
  if (error instanceof TemplateError || error instanceof BlockSyntaxError) {
    return { exitCode: 2, message: `Erreur de modèle\u00a0: ${error.message}` };
  }
  if (isMissingGlyph(error)) {
    // The plan holds a character the PDF font cannot draw: the plan is to fix (exit 1).
    const where = locateCharacter(plan, map, error.char);
    return { exitCode: 1, message: (where ? `${where}\u00a0: ` : "") + error.message };
  }
  return null;
}

/** The FINESS printed in file names: normalised when valid, as typed otherwise. */
export function fileFiness(plan: Plan): string {
  const result = normalizeFiness(plan.establishment.finess);
  return result.ok ? result.finess : plan.establishment.finess;
}

export type WriteOutcome = { written: string[]; error: string | null };

/** Writes every file atomically into `outDir`; stops at the first failure with a French message. */
export async function writeOutputs(
  outDir: string,
  files: { name: string; bytes: Uint8Array }[],
): Promise<WriteOutcome> {
  const written: string[] = [];
  try {
    await mkdir(outDir, { recursive: true });
    await removeStaleTemps(outDir);
    for (const { name, bytes } of files) {
      const path = join(outDir, name);
      await writeFileAtomic(path, bytes);
      written.push(path);
    }
  } catch (error) {
    // An unwritable output folder is the user's to fix, not a bug: say where and why.
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return {
      written,
      error:
        `impossible d’écrire dans le dossier de sortie «\u00a0${outDir}\u00a0» (${reason})\u202f; ` +
        `choisissez un dossier accessible en écriture avec --out.`,
    };
  }
  return { written, error: null };
}
