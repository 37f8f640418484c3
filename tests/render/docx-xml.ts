import { strFromU8, unzipSync } from "fflate";

/** The parts of a DOCX as text, by name. */
export function parts(docx: Uint8Array): Record<string, string> {
  const files = unzipSync(docx);
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

/** `<w:p>` elements of a part, in order (paragraphs are never nested in WordprocessingML bodies). */
export function paragraphs(xml: string): string[] {
  return xml.match(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g) ?? [];
}

/** Concatenated `<w:t>` text of an XML fragment, XML entities decoded. */
export function text(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1])
    .join("")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

export function styleOf(paragraph: string): string | undefined {
  return /<w:pStyle w:val="([^"]+)"\/>/.exec(paragraph)?.[1];
}

const RUNNING_PART = /^word\/(?:_rels\/)?(?:header|footer)\d+\.xml(?:\.rels)?$/;

/**
 * The parts with each section's header and footer reference replaced by the text of the part it
 * points to, and the header and footer parts themselves (with their relationships and content
 * types) left out: two packages that print the same running lines on the same sections compare
 * equal whether sections share parts (the renderer: one per kind) or each has its own (the
 * object-model reference of tests/render/reference).
 */
export function runningResolved(p: Record<string, string>): Record<string, string> {
  const rels = p["word/_rels/document.xml.rels"] ?? "";
  const target = new Map(
    [...rels.matchAll(/<Relationship Id="([^"]+)" Type="[^"]+\/(?:header|footer)" Target="([^"]+)"\/>/g)].map(
      (m) => [m[1], m[2]],
    ),
  );
  // The relationships left are renumbered in order (docx numbers them after the running parts).
  const kept = rels.replace(
    /<Relationship Id="[^"]+" Type="[^"]+\/(?:header|footer)" Target="[^"]+"\/>/g,
    "",
  );
  const renumber = new Map([...kept.matchAll(/Id="(rId\d+)"/g)].map((m, i) => [m[1], `rId${i + 1}`]));
  const renumbered = (xml: string): string =>
    xml.replace(/(Id|r:id|r:embed)="(rId\d+)"/g, (w, attr: string, id: string) =>
      renumber.has(id) ? `${attr}="${renumber.get(id)}"` : w,
    );
  const out: Record<string, string> = {};
  for (const [name, xml] of Object.entries(p)) {
    if (RUNNING_PART.test(name)) continue;
    let x = xml;
    if (name === "word/document.xml")
      x = x.replace(
        /<w:(header|footer)Reference w:type="(\w+)" r:id="([^"]+)"\/>/g,
        (_w, kind: string, type: string, id: string) =>
          `<w:${kind}Reference w:type="${type}">${p[`word/${target.get(id)}`]}</w:${kind}Reference>`,
      );
    if (name === "word/_rels/document.xml.rels") x = kept;
    if (name === "word/document.xml" || name === "word/_rels/document.xml.rels") x = renumbered(x);
    if (name === "[Content_Types].xml")
      x = x.replace(/<Override [^>]*PartName="\/word\/(?:header|footer)\d+\.xml"[^>]*\/>/g, "");
    out[name] = x;
  }
  return out;
}
