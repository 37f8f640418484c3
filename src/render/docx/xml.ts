/**
 * The few WordprocessingML pieces the body writer needs, as strings. They reproduce what the docx
 * library writes for the same options byte for byte (element order, attribute order, escaping), so
 * that swapping its object model for plain strings changes nothing in the files; the tests compare
 * both on the example documents and on generated ones.
 */

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  '"': "&quot;",
  "'": "&apos;",
  "<": "&lt;",
  ">": "&gt;",
};

/**
 * Text or attribute value as docx escapes it: the five XML specials as entities, and the C0 control
 * characters XML 1.0 forbids dropped (tab, line feed and carriage return are kept).
 */
export function esc(value: string): string {
  // Most strings need nothing: test first, replace only when needed.
  if (!/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/.test(value)) return value;
  return value.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (ch) => ESCAPES[ch] ?? "");
}

/** A paragraph from its properties' content (may be empty) and its runs. */
export function paragraphXml(pPr: string, content: string): string {
  if (pPr === "") return content === "" ? "<w:p/>" : `<w:p>${content}</w:p>`;
  return `<w:p><w:pPr>${pPr}</w:pPr>${content}</w:p>`;
}

export const pStyle = (id: string): string => `<w:pStyle w:val="${esc(id)}"/>`;
export const KEEP_NEXT = "<w:keepNext/>";
export const PAGE_BREAK_BEFORE = "<w:pageBreakBefore/>";

/** `<w:spacing>` with the attributes given, in docx's order (before, after). */
export function spacing(s: { before?: number; after?: number }): string {
  const before = s.before !== undefined ? ` w:before="${s.before}"` : "";
  const after = s.after !== undefined ? ` w:after="${s.after}"` : "";
  return `<w:spacing${before}${after}/>`;
}

export function numPr(numId: number): string {
  return `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr>`;
}

const BOLD = "<w:b/><w:bCs/>";
const ITALIC = "<w:i/><w:iCs/>";

/** A text run, bold and italic as given. */
export function textRun(text: string, bold: boolean, italic: boolean): string {
  const props = bold || italic ? `<w:rPr>${bold ? BOLD : ""}${italic ? ITALIC : ""}</w:rPr>` : "";
  return `<w:r>${props}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
}

export const BREAK_RUN = "<w:r><w:br/></w:r>";

/** A border element (`w:top`, `w:insideH`…). */
export function border(name: string, b: { style: string; size: number; color: string }): string {
  return `<${name} w:val="${b.style}" w:color="${b.color}" w:sz="${b.size}"/>`;
}

/** Margins as docx writes them (`w:tblCellMar`, `w:tcMar`): top, left, bottom, right in twips. */
export function margins(
  name: string,
  m: { top: number; left: number; bottom: number; right: number },
): string {
  const side = (s: string, v: number): string => `<w:${s} w:type="dxa" w:w="${v}"/>`;
  return `<${name}>${side("top", m.top)}${side("left", m.left)}${side("bottom", m.bottom)}${side("right", m.right)}</${name}>`;
}

/** Clear cell shading with a fill colour. */
export const shading = (fill: string): string => `<w:shd w:fill="${fill}" w:color="auto" w:val="clear"/>`;

type Slot = { section: number; paragraph?: { pPr: string; content: string } };

/** Text gathered before it is encoded: large enough to make few buffers, small enough to stay cheap. */
const ENCODE_AT = 1 << 16;

/**
 * Writes the body of one document: paragraphs and other blocks in order, and the section ends.
 * A section that is not the last one ends as docx ends it: its `w:sectPr` goes inside the
 * properties of its last paragraph, or in an empty paragraph of its own after a table or a TOC.
 * Section properties are known only once the package is compiled: section ends are kept as
 * slots, filled by `toBytes`. The XML is encoded to UTF-8 as it is written, 64 K characters at a
 * time: a large PRA's body (tens of megabytes) is never held as one string, nor as the many
 * pieces of concatenated strings.
 */
export class BodyWriter {
  private readonly chunks: (Uint8Array | Slot)[] = [];
  private text = "";
  private pending: { pPr: string; content: string } | undefined;
  private sinceSection = 0;

  paragraph(pPr: string, content: string): void {
    this.flush();
    this.pending = { pPr, content };
    this.sinceSection++;
  }

  /** Any other block (a table, the Sommaire's structured tag). */
  raw(xml: string): void {
    this.flush();
    this.write(xml);
    this.sinceSection++;
  }

  /** Blocks written since the last section end. */
  get blocksInSection(): number {
    return this.sinceSection;
  }

  /** Ends section `index` (not the last one). */
  endSection(index: number): void {
    this.encode();
    this.chunks.push({ section: index, paragraph: this.pending });
    this.pending = undefined;
    this.sinceSection = 0;
  }

  /** The XML as UTF-8 pieces, each section end given its properties. */
  toBytes(sectPr: readonly string[] = []): Uint8Array[] {
    this.flush();
    this.encode();
    return this.chunks.map((c) => {
      if (c instanceof Uint8Array) return c;
      const props = sectPr[c.section];
      if (props === undefined) throw new Error(`propriétés de la section ${c.section} absentes`);
      return Buffer.from(paragraphXml((c.paragraph?.pPr ?? "") + props, c.paragraph?.content ?? ""), "utf8");
    });
  }

  /** The XML as one string (callouts, tests). */
  toXml(sectPr: readonly string[] = []): string {
    return Buffer.concat(this.toBytes(sectPr)).toString("utf8");
  }

  private write(xml: string): void {
    this.text += xml;
    if (this.text.length >= ENCODE_AT) this.encode();
  }

  private encode(): void {
    if (this.text !== "") this.chunks.push(Buffer.from(this.text, "utf8"));
    this.text = "";
  }

  private flush(): void {
    if (this.pending) this.write(paragraphXml(this.pending.pPr, this.pending.content));
    this.pending = undefined;
  }
}
