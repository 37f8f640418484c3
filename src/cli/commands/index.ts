/**
 * The commands' arguments, and their handlers loaded lazily: `pcapra --version` and `--help`
 * load only yargs and this file, never the pipeline. A handler does no work while yargs parses:
 * it hands back a job that run() starts only once the whole command line is known to be valid
 * (docs/cli.md: usage errors are found before any work).
 */
import type { Argv } from "yargs";
import type { AnalyzeFn } from "../../analyze.js";
import type { Io } from "../io.js";
import { checkCsvDelimiter, checkList, checkStdinOnce, checkTemplatesDir } from "../usage.js";
import { starterTypes } from "../../init/starter.js";
import { registerExercise } from "./exercise.js";

/** The work of one command, started after parsing; resolves to the exit code. */
export type Job = () => Promise<number>;

const docKinds = ["pca", "pra", "psca", "fiches", "binder"] as const;
const outputFormats = ["docx", "pdf"] as const;

/** The pipeline, imported on first use. */
const analyze: AnalyzeFn = async (path, options) =>
  (await import("../../analyze.js")).analyzePlan(path, options);
const expand = async (paths: string[], each: boolean) =>
  (await import("../expand.js")).expandPlans(paths, each);

/** The plans of the batch commands (`validate`, `care`): same arguments, same `--each`. */
const pathsArgument = {
  type: "string",
  array: true,
  demandOption: true,
  describe: "plan YAML ou dossier (« - » : entrée standard pour validate)",
} as const;
const eachOption = {
  type: "boolean",
  default: false,
  describe: "chaque fichier YAML et sous-dossier d’un dossier donné est un plan distinct",
} as const;
const planArgument = { type: "string", demandOption: true, describe: "plan YAML ou dossier" } as const;
const csvDelimiterOption = {
  type: "string",
  default: ";",
  describe: "séparateur CSV (un caractère)",
} as const;

/** A check of yargs: true, or the French usage error thrown by `fn`. */
const check = (fn: () => void) => {
  fn();
  return true;
};

type YargsOptions = { key: Record<string, unknown>; alias: Record<string, string[]> };
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- yargs' inferred argv types per command
type AnyArgs = any;

/** The command line as yargs sees it: `-` (standard input) would be dropped, so it travels as this. */
export const STDIN_ARG = "\u0000stdin";
/** Puts `-` back in every parsed value (before checks and handlers). */
export function restoreStdinArg(argv: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(argv)) {
    if (v === STDIN_ARG) argv[k] = "-";
    else if (Array.isArray(v)) argv[k] = v.map((x) => (x === STDIN_ARG ? "-" : x));
  }
}

export interface CommandHooks {
  /** Receives the job of the chosen command (started by run() after a clean parse). */
  schedule(job: Job): void;
  /** Receives the option names (and aliases) of the chosen command, for usage messages. */
  options(names: string[]): void;
}

export function registerCommands(parent: Argv, io: Io, hooks: CommandHooks): void {
  // Every command goes through this wrapper: its builder reports the options it declared, and its
  // handler becomes a job (run after the parse). A handler returns its exit code, or reports it
  // through `setExit` (the signature of commands that register themselves, like `exercise`).
  let reported: number = 0;
  const setExit = (code: number) => {
    reported = code;
  };
  const y = {
    command(name: string, describe: string, builder: (c: Argv) => Argv, handler: (a: AnyArgs) => unknown) {
      parent.command(
        name,
        describe,
        (c: Argv) => {
          const built = builder(c);
          // getOptions() is public in yargs but missing from its type definitions.
          const o = (built as unknown as { getOptions(): YargsOptions }).getOptions();
          const names = [...Object.keys(o.key), ...Object.values(o.alias).flat()];
          hooks.options(names);
          // Options shared by several commands are checked alike, whoever declares them.
          if (names.includes("templates")) built.check((a) => check(() => checkTemplatesDir(a.templates)));
          if (names.includes("csv-delimiter"))
            built.check((a) => check(() => checkCsvDelimiter(a["csv-delimiter"])));
          return built;
        },
        (a: AnyArgs) =>
          hooks.schedule(async () => {
            const code = await handler(a);
            return typeof code === "number" ? code : reported;
          }),
      );
      return y;
    },
  };
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
        .option("each", eachOption)
        .check((a) => check(() => checkStdinOnce(a.paths as string[]))),
    async (a) =>
      (await import("./validate.js")).validateCommand(
        { paths: a.paths as string[], format: a.format, failOn: a["fail-on"], each: a.each },
        io,
      ),
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
    async (a) => (await import("./schema.js")).schemaCommand({ fragment: a.fragment }, io),
  );
  y.command(
    "priorities <plan>",
    "Affiche l’ordre de reprise des ressources (rang, priorité, échéances).",
    (c) =>
      c
        .positional("plan", planArgument)
        .option("scenario", {
          type: "string",
          describe: "identifiant d’un scénario du plan (défaut : perte totale du SI)",
        })
        .option("format", {
          choices: ["table", "json", "csv"] as const,
          default: "table" as const,
          describe: "format de sortie",
        })
        .option("csv-delimiter", csvDelimiterOption),
    async (a) =>
      (await import("./priorities.js")).prioritiesCommand(
        {
          plan: a.plan as string,
          scenario: a.scenario,
          format: a.format,
          csvDelimiter: a["csv-delimiter"],
        },
        io,
        analyze,
      ),
  );
  y.command(
    "graph <plan>",
    "Affiche le graphe des dépendances (Graphviz ou Mermaid).",
    (c) =>
      c
        .positional("plan", planArgument)
        .option("format", {
          choices: ["dot", "mermaid", "svg"] as const,
          default: "dot" as const,
          describe: "format de sortie",
        })
        .option("service", { type: "string", describe: "restreindre aux dépendances de cette activité" })
        .option("scenario", { type: "string", describe: "identifiant d’un scénario du plan" }),
    async (a) =>
      (await import("./graph.js")).graphCommand(
        { plan: a.plan as string, format: a.format, service: a.service, scenario: a.scenario },
        io,
        analyze,
      ),
  );
  y.command(
    "build <plan>",
    "Produit les documents (PCA, PRA, PSCA, fiches réflexes, classeur de crise) en DOCX et en PDF.",
    (c) =>
      c
        .positional("plan", planArgument)
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
        })
        .check((a) =>
          check(() => {
            checkList("document", a.doc, docKinds);
            checkList("format", a.format, outputFormats);
          }),
        ),
    async (a) =>
      (await import("./build.js")).buildCommand(
        {
          plan: a.plan as string,
          out: a.out,
          doc: a.doc,
          format: a.format,
          templates: a.templates,
          scenario: a.scenario,
        },
        io,
        analyze,
      ),
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
        .option("csv-delimiter", csvDelimiterOption),
    async (a) =>
      (await import("./care.js")).careCommand(
        {
          paths: a.paths as string[],
          format: a.format,
          each: a.each,
          csvDelimiter: a["csv-delimiter"],
        },
        io,
        analyze,
        expand,
      ),
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
    async (a) => (await import("./init.js")).initCommand({ dir: a.dir as string, type: a.type }, io),
  );
  y.command(
    "diff <old> <new>",
    "Compare deux versions d’un plan : modifications et conséquences (ordre de reprise, constats).",
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
      (await import("./diff.js")).diffCommand(
        { old: a.old as string, new: a.new as string, format: a.format },
        io,
      ),
  );
  registerExercise(y as unknown as Argv, io, setExit, analyze);
}
