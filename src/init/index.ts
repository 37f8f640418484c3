/**
 * `pcapra init [dir] [--type sanitaire|medico-social]` (docs/cli.md): writes a commented starter
 * plan that validates and builds as is. It never overwrites: when any file it would write exists,
 * it writes nothing and names that file (exit 2).
 */
import { lstatSync, mkdirSync, unlinkSync } from "node:fs";
import { join, resolve } from "node:path";
import { createFileAtomic } from "../output/index.js";
import { starterFiles, type StarterType } from "./starter.js";

export { starterTypes, type StarterType } from "./starter.js";

export interface InitOptions {
  /** The folder as the user typed it (printed paths read like the command line). */
  dir: string;
  type: StarterType;
  /** Folder `dir` is relative to. */
  cwd: string;
}

export interface InitResult {
  exitCode: 0 | 2;
  /** Paths written, as `dir/name`. */
  written: string[];
  /** French messages for standard error. */
  messages: string[];
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

export async function initPlan(options: InitOptions): Promise<InitResult> {
  const target = resolve(options.cwd, options.dir);
  const files = starterFiles(options.type, target);
  const shown = (name: string) => join(options.dir, name);
  if (exists(target) && !lstatSync(target).isDirectory()) {
    return {
      exitCode: 2,
      written: [],
      messages: [`«\u00a0${options.dir}\u00a0» existe et n’est pas un dossier\u202f; rien n’a été écrit.`],
    };
  }
  const existing = files.find((f) => exists(join(target, f.name)));
  if (existing) {
    return {
      exitCode: 2,
      written: [],
      messages: [
        `${shown(existing.name)} existe déjà\u202f; rien n’a été écrit (init ne remplace jamais un fichier).`,
      ],
    };
  }
  mkdirSync(target, { recursive: true });
  const written: string[] = [];
  for (const f of files) {
    try {
      await createFileAtomic(join(target, f.name), f.text);
    } catch (error) {
      // A file created meanwhile by someone else: take back what this run wrote (only ours).
      for (const done of files.slice(0, written.length)) unlinkSync(join(target, done.name));
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === "EEXIST" ? "existe déjà" : `ne peut pas être écrit (${code ?? String(error)})`;
      return { exitCode: 2, written: [], messages: [`${shown(f.name)} ${why}\u202f; rien n’a été écrit.`] };
    }
    written.push(shown(f.name));
  }
  const plan = options.type === "sanitaire" ? options.dir : shown("plan.yaml");
  return {
    exitCode: 0,
    written,
    messages: [
      `plan de départ écrit\u202f: complétez les valeurs «\u00a0à compléter\u00a0», puis lancez «\u00a0pcapra validate ${plan}\u00a0».`,
    ],
  };
}
