/**
 * Test helpers reading a PDF back with the tools users have (Poppler, qpdf, MuPDF) and a DOCX
 * with its document.xml, to compare what both formats print.
 */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";
import { strFromU8, unzipSync } from "fflate";

export const run = promisify(execFile);
const big = { maxBuffer: 256 * 1024 * 1024 };

/** Text of each page, in content order (`pdftotext -raw`), index 0 = page 1. */
export async function pdfPageTexts(pdf: string): Promise<string[]> {
  const { stdout } = await run("pdftotext", ["-raw", "-enc", "UTF-8", pdf, "-"], big);
  const pages = stdout.split("\f");
  if (pages[pages.length - 1].trim() === "") pages.pop();
  return pages;
}

/** Outline entries as `#`-prefixed lines (level = depth) with their page, from `mutool show`. */
export async function pdfOutline(pdf: string): Promise<{ line: string; page: number }[]> {
  const { stdout } = await run("mutool", ["show", pdf, "outline"], big);
  return stdout
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => {
      const m = /^[+|-](\t+)"(.*)"\t#page=(\d+)/.exec(l);
      if (!m) throw new Error(`ligne de plan illisible : ${l}`);
      return { line: `${"#".repeat(m[1].length)} ${m[2].replace(/\\"/g, '"')}`, page: Number(m[3]) };
    });
}

/** `pdfinfo` fields by name. */
export async function pdfInfo(pdf: string): Promise<Record<string, string>> {
  const { stdout } = await run("pdfinfo", ["-isodates", pdf]);
  return Object.fromEntries(
    stdout
      .split("\n")
      .map((l) => /^([^:]+):\s*(.*)$/.exec(l))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1], m[2]]),
  );
}

/** Whitespace of any kind removed: line breaks fall where the layouts differ. */
export const squeeze = (s: string): string => s.replace(/\s+/g, "");

const unescape = (s: string): string =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

export interface DocxText {
  /** Paragraph texts in order, list markers (`•`, `1.`) prefixed as printed; Sommaire left out. */
  paragraphs: string[];
  /** Texts of repeated header rows (tblHeader), each row's cells joined. */
  headerRows: string[];
}

/** What a DOCX prints, read from its XML. */
export function docxText(path: string): DocxText {
  const files = unzipSync(readFileSync(path));
  const xml = strFromU8(files["word/document.xml"]);
  const numbering = files["word/numbering.xml"] ? strFromU8(files["word/numbering.xml"]) : "";
  const bulletAbstract = new Set(
    [...numbering.matchAll(/<w:abstractNum [^>]*w:abstractNumId="(\d+)"[\s\S]*?<\/w:abstractNum>/g)]
      .filter((m) => /<w:numFmt w:val="bullet"\/>/.test(m[0]))
      .map((m) => m[1]),
  );
  const bullets = new Set(
    [...numbering.matchAll(/<w:num w:numId="(\d+)"[^>]*>\s*<w:abstractNumId w:val="(\d+)"\/>/g)]
      .filter((m) => bulletAbstract.has(m[2]))
      .map((m) => m[1]),
  );
  const counters = new Map<string, number>();
  const textOf = (p: string): string =>
    unescape([...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""));
  const paragraphs: string[] = [];
  for (const m of xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g)) {
    const p = m[0];
    const style = /<w:pStyle w:val="([^"]+)"\/>/.exec(p)?.[1] ?? "";
    if (/^TOC/.test(style)) continue;
    let text = textOf(p);
    const num = /<w:numId w:val="(\d+)"\/>/.exec(p)?.[1];
    if (num !== undefined) {
      const n = (counters.get(num) ?? 0) + 1;
      counters.set(num, n);
      text = (bullets.has(num) ? "\u2022" : `${n}.`) + text;
    }
    paragraphs.push(text);
  }
  const headerRows = [...xml.matchAll(/<w:tr>(?:(?!<\/w:tr>)[\s\S])*?<w:tblHeader\/>[\s\S]*?<\/w:tr>/g)].map(
    (m) => textOf(m[0]),
  );
  return { paragraphs, headerRows };
}
