/**
 * The command line: yargs wiring only. Each command lives in `commands/` and returns an exit
 * code; `run` never throws and never exits the process (bin/pcapra.js does).
 *
 * Two steps (docs/cli.md): yargs parses and checks the whole command line, and the chosen
 * command's handler only hands back its job; the job runs only when no usage error was found,
 * so a bad option never leaves half-written documents or a half-printed table behind.
 */
import { readFileSync } from "node:fs";
import { formatDiagnosticText } from "../diagnostics/format.js";
import { visible } from "../text/visible.js";
import { exitCodes, type Io } from "./io.js";
import { registerCommands, restoreStdinArg, STDIN_ARG, type Job } from "./commands/index.js";
import { frenchUsage } from "./usage.js";

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
    version: string;
  };
  return pkg.version;
}

export async function run(rawArgv: string[], io: Io): Promise<number> {
  // `pcapra --version` answers without loading yargs (about twice the start-up of node itself).
  if (rawArgv.length === 1 && rawArgv[0] === "--version") {
    io.stdout(packageVersion() + "\n");
    return exitCodes.ok;
  }
  const { default: yargs } = await import("yargs");
  // yargs drops a lone `-`: it travels as a token no command line can hold (NUL).
  const argv = rawArgv.map((a) => (a === "-" ? STDIN_ARG : a));
  let usageError: string | null = null;
  let job: Job | null = null;
  let known: string[] | null = null;
  const parser = yargs(argv)
    .scriptName("pcapra")
    .locale("fr")
    .usage(
      "pcapra — plans de continuité et de reprise d’activité des établissements de santé\n\nUsage : $0 <commande> [options]",
    )
    .version(packageVersion())
    .help()
    .alias("h", "help")
    .strict()
    .demandCommand(
      1,
      "Indiquez une commande\u00a0: validate, priorities, graph, build, schema, care, init, diff, exercise.",
    )
    .recommendCommands()
    .wrap(Math.min(100, process.stdout.columns ?? 100))
    .exitProcess(false)
    .middleware((a) => restoreStdinArg(a), true)
    .fail((msg: string | null, err: Error | undefined) => {
      // The first error is the one to show: later ones are often its echo.
      usageError ??= msg ?? err?.message ?? "usage incorrect";
    });
  registerCommands(parser, io, {
    schedule: (j) => {
      job = j;
    },
    options: (names) => {
      known = names;
    },
  });

  let output = "";
  try {
    await parser.parseAsync(argv, {}, (_err: unknown, _args: unknown, out: string) => {
      output = out;
    });
  } catch (error) {
    usageError ??= error instanceof Error ? error.message : String(error);
  }
  if (usageError !== null) {
    // `--bogus plan.yaml`: yargs gives the path to the unknown option, then complains that the
    // path is missing; the unknown option is the mistake to name.
    const unknown = known === null ? undefined : unknownOption(rawArgv, known);
    const message = unknown !== undefined ? `Argument inconnu : ${unknown}` : usageError;
    const oneLine = (message as string)
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l !== "")
      .join(" ");
    io.stderr(`pcapra\u00a0: ${visible(frenchUsage(oneLine))}\nVoir «\u00a0pcapra --help\u00a0».\n`);
    return exitCodes.usage;
  }
  // --help and --version: yargs' text, nothing else.
  if (output) io.stdout(output.endsWith("\n") ? output : output + "\n");
  if (job === null) return exitCodes.ok;
  try {
    return await (job as Job)();
  } catch (error) {
    return internalError(error, io);
  }
}

/** The first `--name` / `-n` of the command line that the chosen command does not know. */
function unknownOption(argv: string[], known: string[]): string | undefined {
  const names = new Set(known);
  for (const a of argv) {
    if (a === "--") break;
    const m = /^--?(?:no-)?([^=]+)/.exec(a);
    if (!m || a === "-") continue;
    const name = m[1];
    // `-abc` is three short options.
    const parts = a.startsWith("--") ? [name] : [...name];
    const bad = parts.find((p) => !names.has(p) && !names.has(camelToKebab(p)));
    if (bad !== undefined) return bad;
  }
  return undefined;
}

function camelToKebab(s: string): string {
  return s.replace(/[A-Z]/g, (c) => "-" + c.toLowerCase());
}

/**
 * A file-system error that escaped a command names a path the user gave: a French usage error
 * (exit 2), no stack. Anything else is a bug: say so plainly, keep the stack for the report.
 */
export function internalError(error: unknown, io: Io): number {
  const e = error as {
    code?: string;
    path?: string;
    diagnostic?: Parameters<typeof formatDiagnosticText>[0];
  };
  if (typeof e?.code === "string" && /^E[A-Z]+$/.test(e.code) && typeof e.path === "string") {
    io.stderr(`pcapra\u00a0: chemin inutilisable (${e.code})\u00a0: ${visible(e.path)}\n`);
    return exitCodes.usage;
  }
  if (e?.diagnostic) io.stderr(formatDiagnosticText(e.diagnostic) + "\n");
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.stderr(`pcapra\u00a0: erreur interne, merci de la signaler avec le plan qui la provoque.\n${stack}\n`);
  return exitCodes.usage;
}
