/** Registers every command on the yargs parser; handlers report their exit code through setExit. */
import type { Argv } from "yargs";
import type { Io } from "../io.js";
import { validateCommand } from "./validate.js";
import { schemaCommand } from "./schema.js";

type SetExit = (code: number) => void;

export function registerCommands(y: Argv, io: Io, setExit: SetExit): void {
  y.command(
    "validate <paths..>",
    "Valide un ou plusieurs plans (fichier ou dossier de fragments).",
    (c) =>
      c
        .positional("paths", { type: "string", array: true, demandOption: true, describe: "plan YAML ou dossier" })
        .option("format", { choices: ["text", "json"] as const, default: "text" as const, describe: "format de sortie" })
        .option("fail-on", {
          choices: ["error", "warning"] as const,
          default: "error" as const,
          describe: "gravité à partir de laquelle le code de sortie vaut 1",
        })
        .option("each", {
          type: "boolean",
          default: false,
          describe: "chaque fichier YAML et sous-dossier d’un dossier donné est un plan distinct",
        }),
    async (a) => {
      setExit(
        await validateCommand(
          { paths: a.paths as string[], format: a.format, failOn: a["fail-on"], each: a.each },
          io,
        ),
      );
    },
  );
  y.command(
    "schema",
    "Affiche le schéma JSON du format de plan.",
    (c) => c.option("fragment", { type: "boolean", default: false, describe: "schéma d’un fragment (sans clé obligatoire au premier niveau)" }),
    (a) => setExit(schemaCommand({ fragment: a.fragment }, io)),
  );
}
