/**
 * Test helper: where LibreOffice really puts each heading. Converts a DOCX to PDF with a profile
 * of its own (so conversions may run side by side), reads each page's text with
 * `pdftotext -layout -f N -l N`, and finds the headings in order after the Sommaire.
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import type { Document, Heading } from "../../src/doc/model.js";
import { estimatePages, renderDocx } from "../../src/render/docx/index.js";
import { libreOfficeConvert, toolsAvailable } from "../helpers/tools.js";

const run = promisify(execFile);
/** The gate of tests/helpers/tools.ts for the tools this helper drives. */
export const layoutToolsAvailable = (): boolean => toolsAvailable("soffice", "pdftotext", "pdfinfo");

/** The text of each page of a PDF (index 0 = page 1), laid out as printed. */
export async function pdfPages(pdf: string): Promise<string[]> {
  const { stdout: info } = await run("pdfinfo", [pdf]);
  const count = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? NaN);
  if (!Number.isInteger(count)) throw new Error(`pdfinfo: pages illisibles pour ${pdf}`);
  return Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const n = String(i + 1);
      return (await run("pdftotext", ["-layout", "-f", n, "-l", n, pdf, "-"])).stdout;
    }),
  );
}

/** DOCX bytes → PDF pages as LibreOffice lays them out. */
export async function libreOfficePages(docx: Uint8Array): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), "pcapra-lo-pages-"));
  try {
    const file = join(dir, "doc.docx");
    await writeFile(file, docx);
    await libreOfficeConvert([file], dir, join(dir, "profile"));
    return await pdfPages(join(dir, "doc.pdf"));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const squash = (s: string): string => s.replace(/\s+/g, " ").trim();

/**
 * The page number printed on each page (the running footer's `Page N / M`), or its place in the
 * PDF when it has none (the cover). They differ after a page LibreOffice inserts blank to start
 * an odd-page section: it numbers that page but leaves it out of the PDF.
 */
export function printedPageNumbers(pages: string[]): number[] {
  return pages.map((text, i) => Number(/Page (\d+) \/ \d+\s*$/.exec(text.trimEnd())?.[1] ?? i + 1));
}

/**
 * Page number (as printed, 1-based) of each heading: searched in document order, each at or after
 * the previous one, as a line (or lines, when it wraps) starting with the heading text. Sommaire
 * lines (text then dot leaders) never match, as a heading line does not go on with dots.
 */
export function headingPages(pages: string[], headings: Heading[]): Map<Heading, number> {
  const printed = printedPageNumbers(pages);
  const found = new Map<Heading, number>();
  let page = 0;
  let line = 0;
  const lines = pages.map((p) => p.split("\n").map(squash));
  for (const h of headings) {
    const want = squash(h.text);
    let hit = false;
    for (let p = page; p < lines.length && !hit; p++) {
      for (let l = p === page ? line : 0; l < lines[p].length; l++) {
        // A wrapped heading: join the next lines until the text is long enough.
        let text = lines[p][l];
        for (let k = l + 1; text.length < want.length && k < lines[p].length && lines[p][k] !== ""; k++) {
          // A line broken after a hyphen (`sous-` / `traitance`) joins without a space.
          text += (text.endsWith("-") ? "" : " ") + lines[p][k];
        }
        if (!text.startsWith(want)) continue;
        const rest = text.slice(want.length);
        if (/^\s*\.{3,}/.test(rest) || /^ ?\.+ *\d+$/.test(rest)) continue; // a Sommaire entry
        found.set(h, printed[p]);
        page = p;
        line = l + 1;
        hit = true;
        break;
      }
    }
  }
  return found;
}

/** The Sommaire's entries of a model: its headings with `toc`, at its depth. */
export function tocHeadings(doc: Document): Heading[] {
  const toc = doc.body.find((b) => b.type === "toc");
  if (!toc || toc.type !== "toc") return [];
  return doc.body.filter((b): b is Heading => b.type === "heading" && b.toc && b.level <= toc.maxLevel);
}

export interface TocCheck {
  /** Entries whose cached page differs from LibreOffice's, as `title : cached ≠ real`. */
  errors: string[];
  entries: number;
  /** Largest difference, in pages. */
  worst: number;
  /** Pages estimated, and the last page number LibreOffice printed. */
  pages: [number, number];
  /** Every line of LibreOffice's PDF, as pdftotext lays it out. */
  printed: string[];
}

/** The DOCX Sommaire of `doc` against LibreOffice's layout of the same file. */
export async function tocCheck(doc: Document): Promise<TocCheck> {
  const pages = await libreOfficePages(await renderDocx(doc));
  const entries = tocHeadings(doc);
  const real = headingPages(pages, entries);
  const cached = estimatePages(doc).headingPage;
  const errors: string[] = [];
  let worst = 0;
  for (const h of entries) {
    const r = real.get(h);
    const c = cached.get(h);
    if (r === undefined) errors.push(`${h.text} : introuvable dans le PDF`);
    else if (r !== c) {
      errors.push(`${h.text} : ${c} ≠ ${r}`);
      worst = Math.max(worst, Math.abs(r - (c ?? 0)));
    }
  }
  // The last printed page number is the file's page count.
  const printed = printedPageNumbers(pages);
  return {
    errors,
    entries: entries.length,
    worst,
    pages: [estimatePages(doc).pages, printed[printed.length - 1]],
    printed: pages.flatMap((p) => p.split("\n")),
  };
}
