/**
 * The command line: yargs wiring only. Each command lives in `commands/` and returns an exit
 * code; `run` never throws and never exits the process (bin/pcapra.js does).
 */
import { readFileSync } from "node:fs";
import yargs from "yargs";
import { formatDiagnosticText } from "../diagnostics/format.js";
import { exitCodes, type Io } from "./io.js";
import { registerCommands } from "./commands/index.js";

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
    version: string;
  };
  return pkg.version;
}

/** yargs drops a lone `-` (standard input): it travels as a token no command line can hold. */
const stdinArg = "\u0000stdin";

export async function run(rawArgv: string[], io: Io): Promise<number> {
  const argv = rawArgv.map((a) => (a === "-" ? stdinArg : a));
  let exitCode: number = exitCodes.ok;
  let usageError: string | null = null;
  const setExit = (code: number) => {
    exitCode = code;
  };
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
    .middleware((a) => {
      for (const [k, v] of Object.entries(a)) {
        if (v === stdinArg) a[k] = "-";
        else if (Array.isArray(v)) a[k] = v.map((x) => (x === stdinArg ? "-" : x));
      }
    }, true)
    .fail((msg: string | null, err: Error | undefined) => {
      if (err && !msg) throw err;
      usageError = msg ?? err?.message ?? "usage incorrect";
      // Without exitProcess, yargs would go on and run the command: stop before any work (docs/cli.md).
      throw new Error(usageError);
    });
  registerCommands(parser, io, setExit);

  try {
    let output = "";
    await parser.parseAsync(argv, {}, (_err: unknown, _args: unknown, out: string) => {
      output = out;
    });
    if (usageError !== null) {
      io.stderr(`pcapra\u00a0: ${usageError}\nVoir «\u00a0pcapra --help\u00a0».\n`);
      return exitCodes.usage;
    }
    if (output) io.stdout(output.endsWith("\n") ? output : output + "\n");
    return exitCode;
  } catch (error) {
    if (usageError !== null) {
      io.stderr(`pcapra\u00a0: ${usageError}\nVoir «\u00a0pcapra --help\u00a0».\n`);
      return exitCodes.usage;
    }
    return internalError(error, io);
  }
}

/** An internal error is a bug: say so plainly, keep the stack for the report, exit 2. */
export function internalError(error: unknown, io: Io): number {
  const e = error as { diagnostic?: Parameters<typeof formatDiagnosticText>[0] };
  if (e?.diagnostic) io.stderr(formatDiagnosticText(e.diagnostic) + "\n");
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.stderr(`pcapra\u00a0: erreur interne, merci de la signaler avec le plan qui la provoque.\n${stack}\n`);
  return exitCodes.usage;
}
