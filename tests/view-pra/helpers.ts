/** Renders a view through the bundled template and the block parser, as `build` does. */
import type { Block, Heading, Table } from "../../src/doc/model.js";
import { inlinesText } from "../../src/doc/inline.js";
import { parseBlockText } from "../../src/doc/parse.js";
import { figuresOf } from "../../src/doc/figure.js";
import { renderTemplate, type TemplateName } from "../../src/templates/engine.js";

export function renderBlocks(name: TemplateName, data: unknown): { cover: Block[]; body: Block[] } {
  return parseBlockText(renderTemplate(name, data), `${name}.hbs`, figuresOf(data));
}

export function headings(blocks: Block[]): Heading[] {
  return blocks.filter((b): b is Heading => b.type === "heading");
}

/** Heading texts, with `#`/`##`/`###` prefixes to check levels too. */
export function headingLines(blocks: Block[]): string[] {
  return headings(blocks).map((h) => `${"#".repeat(h.level)} ${h.text}`);
}

/** Blocks between the heading whose text is `title` and the next heading of the same or a higher level. */
export function section(blocks: Block[], title: string): Block[] {
  const start = blocks.findIndex((b) => b.type === "heading" && b.text === title);
  if (start < 0) throw new Error(`titre absent : ${title}`);
  const level = (blocks[start] as Heading).level;
  const out: Block[] = [];
  for (const b of blocks.slice(start + 1)) {
    if (b.type === "heading" && b.level <= level) break;
    out.push(b);
  }
  return out;
}

/** Plain text of any block (paragraph, list items, table cells), one line per row / item. */
export function blockText(b: Block): string {
  switch (b.type) {
    case "heading":
    case "title":
      return b.text;
    case "paragraph":
      return inlinesText(b.inlines);
    case "list":
      return b.items.map((i) => inlinesText(i)).join("\n");
    case "table":
      return tableRows(b)
        .map((r) => r.join(" | "))
        .join("\n");
    case "callout":
      return b.blocks.map(blockText).join("\n");
    case "figure":
      return b.caption;
    default:
      return "";
  }
}

/** Text of the blocks, one line per row / item; page breaks and section starts carry none. */
export function text(blocks: Block[]): string {
  return blocks
    .filter((b) => b.type !== "pagebreak" && b.type !== "section")
    .map(blockText)
    .join("\n");
}

export function tableRows(t: Table): string[][] {
  const rows = t.rows.map((r) => r.cells.map((c) => inlinesText(c.inlines)));
  return t.header ? [t.header.map((c) => inlinesText(c.inlines)), ...rows] : rows;
}

export function tables(blocks: Block[]): Table[] {
  return blocks.filter((b): b is Table => b.type === "table");
}
