/**
 * Builds documents from a YAML string (loadPlanText + analyzeLoaded, then `buildDocuments` as the
 * CLI does) and reads each DOCX body back as an ordered list of paragraphs and tables.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { analyzeLoaded } from "../../src/analyze.js";
import { buildDocuments } from "../../src/build/index.js";
import { loadPlanText } from "../../src/plan/load.js";
import type { DocKind } from "../../src/view/input.js";
import { tempDir } from "../build/helpers.js";
import { paras, tablesOf, unzipDocx } from "./docx.js";

export type BodyBlock =
  | { kind: "p"; style: string | null; text: string; xml: string }
  | { kind: "table"; rows: string[][]; xml: string };

export interface Built {
  parts: Record<string, string>;
  blocks: BodyBlock[];
}

/** Top-level body children in order (the TOC `w:sdt` and section properties are skipped). */
export function bodyBlocks(documentXml: string): BodyBlock[] {
  const body = /<w:body>([\s\S]*)<\/w:body>/.exec(documentXml)?.[1] ?? "";
  const out: BodyBlock[] = [];
  let i = 0;
  while (i < body.length) {
    const rest = body.slice(i);
    const take = (close: string): string => {
      const end = rest.indexOf(close);
      return rest.slice(0, end < 0 ? rest.length : end + close.length);
    };
    let chunk: string;
    if (rest.startsWith("<w:tbl>")) {
      chunk = take("</w:tbl>");
      out.push({ kind: "table", rows: tablesOf(chunk)[0].rows, xml: chunk });
    } else if (rest.startsWith("<w:sdt>")) {
      chunk = take("</w:sdt>");
    } else if (/^<w:p[ >/]/.test(rest)) {
      chunk = /^<w:p[^>]*\/>/.exec(rest)?.[0] ?? take("</w:p>");
      const p = paras(chunk)[0];
      if (p) out.push({ kind: "p", style: p.style, text: p.text, xml: chunk });
    } else if (rest.startsWith("<w:sectPr")) {
      chunk = take("</w:sectPr>");
    } else {
      chunk = rest.slice(0, Math.max(1, rest.indexOf("<", 1)));
    }
    i += chunk.length;
  }
  return out;
}

export async function buildYaml(
  yaml: string,
  docs: DocKind[],
  scenario?: string,
): Promise<Record<string, Built>> {
  const out = tempDir("spec-content");
  const analyze = async (_path: string, options: { scenario?: string | null }) =>
    analyzeLoaded(loadPlanText(yaml, "plan.yaml"), options);
  const result = await buildDocuments(
    { path: "plan.yaml", outDir: out, docs, formats: ["docx"], scenario: scenario ?? null },
    analyze,
  );
  if (result.exitCode !== 0) {
    throw new Error(
      `build ${result.exitCode}: ${[...result.messages, ...result.diagnostics.map((d) => `${d.code} ${d.message}`)].join("\n")}`,
    );
  }
  const built: Record<string, Built> = {};
  for (const doc of docs) {
    const name = readdirSync(out).find((f) => f.includes(`-${doc}-`));
    if (!name) throw new Error(`${doc} non écrit`);
    const parts = unzipDocx(join(out, name));
    built[doc] = { parts, blocks: bodyBlocks(parts["word/document.xml"]) };
  }
  return built;
}

const isHeading = (b: BodyBlock) => b.kind === "p" && /^Heading[1-3]$/.test(b.style ?? "");

/** Blocks under the heading whose text is `title`, up to the next heading of any level. */
export function under(b: Built, title: string): BodyBlock[] {
  const start = b.blocks.findIndex((x) => isHeading(x) && x.kind === "p" && x.text === title);
  if (start < 0) throw new Error(`titre absent : ${title}`);
  const rest = b.blocks.slice(start + 1);
  const end = rest.findIndex(isHeading);
  return (end < 0 ? rest : rest.slice(0, end)).filter((x) => !(x.kind === "p" && x.text === ""));
}

/** Texts of the paragraphs (outside tables) of some blocks. */
export function texts(blocks: BodyBlock[]): string[] {
  return blocks.flatMap((x) => (x.kind === "p" ? [x.text] : []));
}

export function tablesIn(blocks: BodyBlock[]): string[][][] {
  return blocks.flatMap((x) => (x.kind === "table" ? [x.rows] : []));
}

/** Every text of some blocks, table cells and callouts included, one per paragraph or cell. */
export function allText(blocks: BodyBlock[]): string[] {
  return blocks.flatMap((x) => (x.kind === "p" ? [x.text] : x.rows.flat()));
}

/** Headings as `#`-prefixed lines. */
export function headingList(b: Built): string[] {
  return b.blocks
    .filter(isHeading)
    .map(
      (x) =>
        `${"#".repeat(Number((x as { style: string }).style.slice(-1)))} ${(x as { text: string }).text}`,
    );
}
