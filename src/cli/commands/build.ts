/**
 * `pcapra build <plan> [--out dir] [--doc …] [--format …] [--templates dir] [--scenario id]`
 * (docs/cli.md). Standard output: the written paths, one per line; everything else on standard error.
 */
import { buildDocuments, type OutputFormat } from "../../build/index.js";
import { formatDiagnosticText } from "../../diagnostics/format.js";
import type { AnalyzeFn } from "../../analyze.js";
import type { DocKind } from "../../view/input.js";
import type { Io } from "../io.js";

export interface BuildArgs {
  plan: string;
  out?: string;
  /** As typed: `pra,fiches` or an array of such (yargs gives either). */
  doc?: string | string[];
  format?: string | string[];
  templates?: string;
  scenario?: string;
}

const docKinds: readonly DocKind[] = ["pca", "pra", "psca", "fiches", "binder"];
const formats: readonly OutputFormat[] = ["docx", "pdf"];

/** Splits `a,b` lists (repeated flags allowed); null when a value is not in `allowed`. */
function list<T extends string>(
  value: string | string[] | undefined,
  allowed: readonly T[],
): { values?: T[]; bad?: string } {
  if (value === undefined) return {};
  const items = (Array.isArray(value) ? value : [value])
    .flatMap((v) => String(v).split(","))
    .map((v) => v.trim())
    .filter((v) => v !== "");
  const bad = items.find((v) => !(allowed as readonly string[]).includes(v));
  if (bad !== undefined) return { bad };
  return { values: [...new Set(items as T[])] };
}

export async function buildCommand(args: BuildArgs, io: Io, analyze: AnalyzeFn): Promise<number> {
  const docs = list(args.doc, docKinds);
  if (docs.bad !== undefined) {
    io.stderr(
      `pcapra build\u00a0: document inconnu «\u00a0${docs.bad}\u00a0» (attendu\u00a0: ${docKinds.join(", ")}).\n`,
    );
    return 2;
  }
  const fmts = list(args.format, formats);
  if (fmts.bad !== undefined) {
    io.stderr(
      `pcapra build\u00a0: format inconnu «\u00a0${fmts.bad}\u00a0» (attendu\u00a0: ${formats.join(", ")}).\n`,
    );
    return 2;
  }
  const result = await buildDocuments(
    {
      // Paths stay as the user typed them, so diagnostics and printed paths read like the command line.
      path: args.plan,
      outDir: args.out ?? "out",
      docs: docs.values,
      formats: fmts.values,
      templatesDir: args.templates,
      scenario: args.scenario ?? null,
    },
    analyze,
  );
  for (const d of result.diagnostics) io.stderr(formatDiagnosticText(d) + "\n");
  for (const m of result.messages) io.stderr(`pcapra build\u00a0: ${m}\n`);
  for (const path of result.written) io.stdout(path + "\n");
  // A path that cannot be read is exit 2 for every command (docs/cli.md), not "plan invalid".
  if (result.diagnostics.some((d) => d.code === "unreadable")) return 2;
  return result.exitCode;
}
