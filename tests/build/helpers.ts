/** Helpers of the build tests: a recording Io, DOCX reading, temporary folders. */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync, strFromU8 } from "fflate";
import type { Io } from "../../src/cli/io.js";
import { fakeIo } from "../helpers/io.js";

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `pcapra-${prefix}-`));
}

export interface RecordingIo extends Io {
  out: string[];
  err: string[];
}

/** The shared fakeIo (tests/helpers/io.ts) as an Io carrying its records, as the build tests read it. */
export function recordingIo(): RecordingIo {
  const t = fakeIo({ cwd: process.cwd() });
  return { ...t.io, out: t.stdout, err: t.stderr };
}

/** `word/document.xml` of a DOCX file. */
export function documentXml(path: string): string {
  const files = unzipSync(readFileSync(path));
  const xml = files["word/document.xml"];
  if (!xml) throw new Error(`${path} : word/document.xml absent`);
  return strFromU8(xml);
}

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** Text of every paragraph (`w:t` runs joined), in document order, with its style id. */
export function paragraphs(xml: string): { style: string | null; text: string }[] {
  const out: { style: string | null; text: string }[] = [];
  for (const m of xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)) {
    const p = m[0];
    const style = /<w:pStyle w:val="([^"]+)"\/>/.exec(p)?.[1] ?? null;
    const text = [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => unescapeXml(t[1])).join("");
    out.push({ style, text });
  }
  return out;
}

/** Heading paragraphs (`Heading1`–`Heading3`) as `#`-prefixed lines, in order. */
export function docxHeadings(path: string): string[] {
  return paragraphs(documentXml(path))
    .filter((p) => p.style !== null && /^Heading[1-3]$/.test(p.style))
    .map((p) => `${"#".repeat(Number(p.style!.slice(-1)))} ${p.text}`);
}
