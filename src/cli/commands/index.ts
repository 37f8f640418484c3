/** Registers every command on the yargs parser; handlers report their exit code through setExit. */
import type { Argv } from "yargs";
import type { Io } from "../io.js";
import { validateCommand } from "./validate.js";
import { schemaCommand } from "./schema.js";
import { prioritiesCommand } from "./priorities.js";
import { graphCommand } from "./graph.js";
import { buildCommand } from "./build.js";
import { careCommand } from "./care.js";
import { initCommand } from "./init.js";
import { diffCommand } from "./diff.js";
import { starterTypes } from "../../init/index.js";
import { registerExercise } from "./exercise.js";
import { analyzePlan } from "../../analyze.js";
import { expandPlans } from "../expand.js";

type SetExit = (code: number) => void;

/** The plans of the batch commands (`validate`, `care`): same arguments, same `--each`. */
const pathsArgument = {
  type: "string",
  array: true,
  demandOption: true,
  describe: "plan YAML ou dossier",
} as const;
const eachOption = {
  type: "boolean",
  default: false,
  describe: "chaque fichier YAML et sous-dossier d’un dossier donné est un plan distinct",
} as const;

export function registerCommands(y: Argv, io: Io, setExit: SetExit): void {
  y.command(
    "validate <paths..>",
    "Valide un ou plusieurs plans (fichier ou dossier de fragments).",
    (c) =>
      c
        .positional("paths", pathsArgument)
        .option("format", {
          choices: ["text", "json"] as const,
          default: "text" as const,
          describe: "format de sortie",
        })
        .option("fail-on", {
          choices: ["error", "warning"] as const,
          default: "error" as const,
          describe: "gravité à partir de laquelle le code de sortie vaut 1",
        })
        .option("each", eachOption),
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
    (c) =>
      c.option("fragment", {
        type: "boolean",
        default: false,
        describe: "schéma d’un fragment (sans clé obligatoire au premier niveau)",
      }),
    (a) => setExit(schemaCommand({ fragment: a.fragment }, io)),
  );
  y.command(
    "priorities <plan>",
    "Affiche l’ordre de reprise des ressources (rang, priorité, échéances).",
    (c) =>
      c
        .positional("plan", { type: "string", demandOption: true, describe: "plan YAML ou dossier" })
        .option("scenario", {
          type: "string",
          describe: "identifiant d’un scénario du plan (défaut : perte totale du SI)",
        })
        .option("format", {
          choices: ["table", "json", "csv"] as const,
          default: "table" as const,
          describe: "format de sortie",
        })
        .option("csv-delimiter", { type: "string", default: ";", describe: "séparateur CSV" }),
    async (a) => {
      setExit(
        await prioritiesCommand(
          {
            plan: a.plan as string,
            scenario: a.scenario,
            format: a.format,
            csvDelimiter: a["csv-delimiter"],
          },
          io,
          analyzePlan,
        ),
      );
    },
  );
  y.command(
    "graph <plan>",
    "Affiche le graphe des dépendances (Graphviz ou Mermaid).",
    (c) =>
      c
        .positional("plan", { type: "string", demandOption: true, describe: "plan YAML ou dossier" })
        .option("format", {
          choices: ["dot", "mermaid", "svg"] as const,
          default: "dot" as const,
          describe: "format de sortie",
        })
        .option("service", { type: "string", describe: "restreindre aux dépendances de cette activité" })
        .option("scenario", { type: "string", describe: "identifiant d’un scénario du plan" }),
    async (a) => {
      setExit(
        await graphCommand(
          { plan: a.plan as string, format: a.format, service: a.service, scenario: a.scenario },
          io,
          analyzePlan,
        ),
      );
    },
  );
  y.command(
    "build <plan>",
    "Produit les documents (PCA, PRA, PSCA, fiches) au format DOCX.",
    (c) =>
      c
        .positional("plan", { type: "string", demandOption: true, describe: "plan YAML ou dossier" })
        .option("out", { type: "string", default: "./out", describe: "dossier de sortie" })
        .option("doc", { type: "string", describe: "documents : pca,pra,psca,fiches,binder" })
        .option("format", { type: "string", describe: "formats : docx,pdf" })
        .option("templates", {
          type: "string",
          describe: "dossier de modèles remplaçant ceux fournis, par nom de fichier",
        })
        .option("scenario", {
          type: "string",
          describe: "scénario de l’ordre de reprise (défaut : perte totale du SI)",
        }),
    async (a) => {
      setExit(
        await buildCommand(
          {
            plan: a.plan as string,
            out: a.out,
            doc: a.doc,
            format: a.format,
            templates: a.templates,
            scenario: a.scenario,
          },
          io,
          analyzePlan,
        ),
      );
    },
  );
  y.command(
    "care <paths..>",
    "Évalue ce que le plan montre des exigences CaRE, domaine 2.",
    (c) =>
      c
        .positional("paths", pathsArgument)
        .option("format", {
          choices: ["text", "json", "csv"] as const,
          default: "text" as const,
          describe: "format de sortie",
        })
        .option("each", eachOption)
        .option("csv-delimiter", { type: "string", default: ";", describe: "séparateur CSV" }),
    async (a) => {
      setExit(
        await careCommand(
          { paths: a.paths as string[], format: a.format, each: a.each, csvDelimiter: a["csv-delimiter"] },
          io,
          analyzePlan,
          expandPlans,
        ),
      );
    },
  );
  y.command(
    "init [dir]",
    "Écrit un plan de départ commenté (fragments pour le sanitaire, un plan.yaml pour le médico-social).",
    (c) =>
      c
        .positional("dir", { type: "string", default: ".", describe: "dossier du plan (créé s’il manque)" })
        .option("type", {
          choices: starterTypes,
          default: "sanitaire" as const,
          describe: "type d’établissement",
        }),
    async (a) => setExit(await initCommand({ dir: a.dir as string, type: a.type }, io)),
  );
  y.command(
    "diff <old> <new>",
    "Compare deux versions d’un plan : modifications et conséquences (ordre de reprise, constats).",
    (c) =>
      c
        .positional("old", {
          type: "string",
          demandOption: true,
          describe: "ancien plan (ou - pour l’entrée standard)",
        })
        .positional("new", {
          type: "string",
          demandOption: true,
          describe: "nouveau plan (ou - pour l’entrée standard)",
        })
        .option("format", {
          choices: ["text", "json"] as const,
          default: "text" as const,
          describe: "format de sortie",
        }),
    async (a) =>
      setExit(await diffCommand({ old: a.old as string, new: a.new as string, format: a.format }, io)),
  );
  registerExercise(y, io, setExit, analyzePlan);
}
