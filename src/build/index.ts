/**
 * `pcapra build` (docs/cli.md): analyse the plan once, then for each requested document
 * view → template → block text → document model → DOCX and PDF bytes (the PDF on its own thread
 * when both formats are built: pdf-thread.ts) → atomic writes.
 * Every document is rendered in memory before the first file is written, so a template error
 * leaves the output folder as it was. Diagnostics and notes are returned, never printed here.
 */
import type { Diagnostic, Finding } from "../diagnostics/types.js";
import type { Plan, Scenario } from "../plan/types.js";
import type { SourceMap } from "../plan/source-map.js";
import type { Recovery } from "../recovery/types.js";
import { hasErrors } from "../diagnostics/format.js";
import { figuresOf } from "../doc/figure.js";
import type { Document } from "../doc/model.js";
import { evaluateCare } from "../care/index.js";
import { outputFileName } from "../output/index.js";
import type { AnalyzeFn } from "../analyze.js";
import { computeRecovery, unknownScenarioPath } from "../recovery/index.js";
import { renderTemplate } from "../templates/engine.js";
import type { DocKind, ScenarioOrder, ViewInput } from "../view/input.js";
import { renderDocument, type OutputFormat } from "./render.js";
import { parseComposed, type ComposedText } from "./composed.js";
import { renderPdfModel, type PdfOutcome } from "./pdf-job.js";
import { pdfThreadFor, withinThreadLimit, type PdfThread } from "./pdf-thread.js";
import { buildableDocs, documentData, templateOf, type BuildableDoc } from "./views.js";
import { fileFiness, renderFailure, writeOutputs } from "./outputs.js";

export type { OutputFormat } from "./render.js";
export { renderDocument } from "./render.js";

export interface BuildInput {
  path: string;
  outDir: string;
  /** Documents asked with `--doc`; absent = the defaults of docs/cli.md for the establishment type. */
  docs?: DocKind[];
  /** Formats asked with `--format`; absent = the defaults of docs/cli.md. */
  formats?: OutputFormat[];
  templatesDir?: string;
  scenario?: string | null;
}

export interface BuildResult {
  /** Paths written, in document order. */
  written: string[];
  /** Diagnostics of the analysis (warnings and infos on success, errors on an invalid plan). */
  diagnostics: Diagnostic[];
  /** French lines for standard error: notes (defaults not yet available) or the usage error. */
  messages: string[];
  exitCode: 0 | 1 | 2;
}

/** docs/cli.md defaults, per establishment type. */
export const defaultDocs: Record<"sanitaire" | "medico-social", DocKind[]> = {
  sanitaire: ["pca", "pra", "fiches", "binder"],
  "medico-social": ["psca", "fiches", "binder"],
};

/** docs/cli.md: both formats unless `--format` says otherwise. */
export const defaultFormats: OutputFormat[] = ["docx", "pdf"];

function usage(message: string, diagnostics: Diagnostic[] = []): BuildResult {
  return { written: [], diagnostics, messages: [message], exitCode: 2 };
}

/** View → template. Template errors are thrown as is. */
export function composeText(doc: BuildableDoc, input: ViewInput, templatesDir?: string): ComposedText {
  const data = documentData(doc, input);
  const template = templateOf[doc];
  // The text carries the template positions: block errors name the template file and line.
  const text = renderTemplate(template, data, { templatesDir });
  return { text, origin: `${template}.hbs`, figures: figuresOf(data), meta: data.common.meta };
}

/**
 * One document's model: view → template → block text → document model. Shared by every backend
 * and by the golden tests. Template and block errors are thrown as is.
 */
export function composeDocument(doc: BuildableDoc, input: ViewInput, templatesDir?: string): Document {
  return parseComposed(composeText(doc, input, templatesDir));
}

/**
 * What every document view receives, from one analysis. The CaRE report (PCA, PSCA) and the
 * scenario orders (PRA 4.5, one engine run per scenario) are computed on first use, once: a
 * build without those documents (the médico-social defaults, `--doc fiches`) skips them.
 */
export function viewInput(
  source: string,
  analysis: { plan: Plan; map: SourceMap; recovery: Recovery; findings: Finding[] },
  scenario: Scenario | null,
): ViewInput {
  const { plan, map, recovery, findings } = analysis;
  let care: ViewInput["care"] | undefined;
  let orders: ScenarioOrder[] | undefined;
  return {
    plan,
    recovery,
    findings,
    scenario,
    get care() {
      return (care ??= evaluateCare({ source, plan, map, recovery, findings }));
    },
    get scenarioOrders() {
      return (orders ??= scenarioOrders(plan, map));
    },
  };
}

/** PRA 4.5: one engine run per scenario that makes a resource unavailable (docs/recovery.md). */
function scenarioOrders(plan: Plan, map: SourceMap): ScenarioOrder[] {
  return (plan.scenarios ?? []).flatMap((scenario) => {
    const recovery = computeRecovery(plan, map, { scenario: scenario.id }).recovery;
    return recovery && recovery.ranked.length > 0 ? [{ scenario, recovery }] : [];
  });
}

export async function buildDocuments(input: BuildInput, analyze: AnalyzeFn): Promise<BuildResult> {
  // Started first: the PDF renderer loads on its thread while the plan is analysed.
  const thread = pdfThreadFor(input.formats ?? defaultFormats);
  try {
    return await build(input, analyze, thread);
  } finally {
    await thread?.close();
  }
}

async function build(
  input: BuildInput,
  analyze: AnalyzeFn,
  thread: PdfThread | undefined,
): Promise<BuildResult> {
  const analysis = await analyze(input.path, { scenario: input.scenario ?? null });
  const diagnostics = analysis.diagnostics;
  const scenarioError = diagnostics.find((d) => d.severity === "error" && d.path === unknownScenarioPath);
  if (scenarioError) return usage(scenarioError.message);
  if (hasErrors(diagnostics) || !analysis.plan || !analysis.recovery || !analysis.map) {
    return { written: [], diagnostics, messages: [], exitCode: 1 };
  }
  const plan = analysis.plan;
  const recovery = analysis.recovery;
  // A plan past the thread's limit renders in one heap (pdf-thread.ts: memory).
  const onThread = withinThreadLimit(plan) ? thread : (await thread?.close(), undefined);

  const messages: string[] = [];
  const asked = input.docs ?? defaultDocs[plan.establishment.type];
  const formats = defaultFormats.filter((f) => (input.formats ?? defaultFormats).includes(f));
  const docs = buildableDocs.filter((d) => asked.includes(d));
  const scenario =
    input.scenario === undefined || input.scenario === null
      ? null
      : ((plan.scenarios ?? []).find((s) => s.id === input.scenario) ?? null);
  const view = viewInput(input.path, { ...analysis, plan, recovery, map: analysis.map }, scenario);

  // Each document's PDF is rendered on the PDF thread while this thread writes its DOCX and
  // composes the next documents; the outputs keep the document, then format, order.
  const rendered: {
    doc: BuildableDoc;
    format: OutputFormat;
    bytes?: Uint8Array;
    notes?: string[];
    pdf?: Promise<PdfOutcome>;
  }[] = [];
  let current = 0;
  try {
    for (; current < docs.length; current++) {
      const doc = docs[current];
      const composed = composeText(doc, view, input.templatesDir);
      const ficheNotes = doc === "fiches";
      const pdfOutcome = onThread?.render({ ...composed, ficheNotes });
      // Its failure is read below, in document order, not left unhandled meanwhile.
      pdfOutcome?.catch(() => {});
      // Parsed once for whatever this thread renders, then freed before the next document.
      let model: Document | undefined;
      for (const format of formats) {
        if (format === "pdf" && pdfOutcome) {
          rendered.push({ doc, format, pdf: pdfOutcome });
          continue;
        }
        model ??= parseComposed(composed);
        if (format === "pdf") rendered.push({ doc, format, ...(await renderPdfModel(model, ficheNotes)) });
        else rendered.push({ doc, format, bytes: await renderDocument(model, format) });
      }
    }
    for (const r of rendered) {
      if (r.pdf) Object.assign(r, await r.pdf);
      // docs/documents.md §5: a fiche that its PDF sets on more than one page is reported.
      messages.push(...(r.notes ?? []));
    }
  } catch (thrown) {
    // The failure reported is the first in document order, as if the documents were rendered
    // one after the other: an earlier document's PDF may have failed on its thread meanwhile.
    const error = (await firstPdfFailure(rendered, docs.slice(0, current))) ?? thrown;
    const failure = renderFailure(error, plan, analysis.map);
    if (failure === null) throw error;
    return failure.exitCode === 2
      ? usage(failure.message, diagnostics)
      : { written: [], diagnostics, messages: [failure.message], exitCode: 1 };
  }

  const finess = fileFiness(plan);
  const { written, error: writeError } = await writeOutputs(
    input.outDir,
    rendered.map(({ doc, format, bytes }) => ({
      name: outputFileName(finess, doc, plan.plan.version, format),
      bytes: bytes!,
    })),
  );
  if (writeError !== null) return { ...usage(writeError, diagnostics), written };
  return { written, diagnostics, messages, exitCode: 0 };
}

/** The failure of the first PDF, among those of `docs`, that failed on the PDF thread. */
async function firstPdfFailure(
  rendered: { doc: BuildableDoc; pdf?: Promise<PdfOutcome> }[],
  docs: BuildableDoc[],
): Promise<unknown> {
  for (const r of rendered) {
    if (!r.pdf || !docs.includes(r.doc)) continue;
    try {
      await r.pdf;
    } catch (error) {
      return error;
    }
  }
  return undefined;
}
