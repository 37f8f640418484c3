/**
 * Reads a generated DOCX the way the outside contract checker does (docs/documents.md): parts by name,
 * heading paragraphs by style id, paragraph texts, tables. Nothing here knows pcapra's code.
 */
import { readFileSync } from "node:fs";
import { strFromU8, unzipSync } from "fflate";

export interface Para {
  xml: string;
  style: string | null;
  text: string;
}

export function unzipDocx(path: string): Record<string, string> {
  const files = unzipSync(readFileSync(path));
  const out: Record<string, string> = {};
  for (const [name, data] of Object.entries(files))
    if (/\.(xml|rels)$/.test(name)) out[name] = strFromU8(data);
  return out;
}

export function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** Text of an XML fragment: `w:t` runs joined, `w:br` as a line break, `w:tab` as a tab. */
export function xmlText(xml: string): string {
  let out = "";
  for (const m of xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>|<w:br [^>]*\/>|<w:tab\/>/g)) {
    if (m[0].startsWith("<w:br")) out += "\n";
    else if (m[0] === "<w:tab/>") out += "\t";
    else out += unescapeXml(m[1]);
  }
  return out;
}

export function paras(xml: string): Para[] {
  return [...xml.matchAll(/<w:p(?: [^>]*)?>[\s\S]*?<\/w:p>|<w:p\/>/g)].map((m) => ({
    xml: m[0],
    style: /<w:pStyle w:val="([^"]+)"\/>/.exec(m[0])?.[1] ?? null,
    text: xmlText(m[0]),
  }));
}

/** `# 1 Titre`, `## 1.1 Titre`… for every Heading1–3 paragraph, in order. */
export function headingLines(documentXml: string): string[] {
  return paras(documentXml)
    .filter((p) => p.style !== null && /^Heading[1-3]$/.test(p.style))
    .map((p) => `${"#".repeat(Number(p.style!.slice(-1)))} ${p.text}`);
}

/** Top-level tables of the body (pcapra never nests tables), each as rows of cell texts. */
export function tablesOf(xml: string): { xml: string; rows: string[][] }[] {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => ({
    xml: m[0],
    rows: [...m[0].matchAll(/<w:tr(?: [^>]*)?>[\s\S]*?<\/w:tr>/g)].map((r) =>
      [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) =>
        paras(c[0])
          .map((p) => p.text)
          .join("\n"),
      ),
    ),
  }));
}

/** The body split at `w:sectPr`: [cover, body…] (each section's XML). */
export function sections(documentXml: string): string[] {
  const body = /<w:body>([\s\S]*)<\/w:body>/.exec(documentXml)?.[1] ?? "";
  // A section's sectPr sits in the pPr of its last paragraph: cut after that paragraph.
  const out: string[] = [];
  let rest = body;
  for (;;) {
    const at = rest.indexOf("</w:sectPr>");
    if (at < 0) break;
    const close = rest.indexOf("</w:p>", at);
    const end = close < 0 ? at + "</w:sectPr>".length : close + "</w:p>".length;
    out.push(rest.slice(0, end));
    rest = rest.slice(end);
  }
  if (rest.trim() !== "") out.push(rest);
  return out;
}
