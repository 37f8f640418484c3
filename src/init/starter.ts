/**
 * The starter plans of `pcapra init` (docs/cli.md): files shipped under `templates/init/<type>/`,
 * fragments for `sanitaire`, one `plan.yaml` for `medico-social`.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

export type StarterType = "sanitaire" | "medico-social";
export const starterTypes: readonly StarterType[] = ["sanitaire", "medico-social"];

/** The package root; the same relative path works from `src/init` and `dist/init`. */
const packageRoot = fileURLToPath(new URL("../../", import.meta.url));
const startersDir = join(packageRoot, "templates", "init");
export const bundledSchemasDir = join(packageRoot, "schemas");

export interface StarterFile {
  /** File name inside the target folder. */
  name: string;
  text: string;
}

const modeline = /^# yaml-language-server: \$schema=(\S*)(.*)$/m;

/**
 * The starter files of `type`, their modeline pointing at the bundled schema as seen from
 * `targetDir`. yaml-language-server resolves a relative `$schema` path against the YAML file
 * itself, so the path is relative to the folder written: with pcapra installed in the
 * project (`node_modules/pcapra/schemas/…`), it survives a clone of the repository anywhere.
 */
export function starterFiles(type: StarterType, targetDir: string): StarterFile[] {
  const dir = join(startersDir, type);
  const names = readdirSync(dir)
    .filter((n) => /\.ya?ml$/.test(n))
    .sort();
  return names.map((name) => {
    const text = readFileSync(join(dir, name), "utf8");
    return {
      name,
      text: text.replace(modeline, (_all, schema: string, rest: string) => {
        const file = schema.split("/").at(-1)!;
        const path = relative(targetDir, join(bundledSchemasDir, file)).split(sep).join("/");
        return `# yaml-language-server: $schema=${path}${rest}`;
      }),
    };
  });
}
