/** Test helpers: render a bundled template and read the parsed document back. */
import type { Block, Inline } from "../../src/doc/model.js";
import { parseBlockText } from "../../src/doc/parse.js";
import { figuresOf } from "../../src/doc/figure.js";
import { plainText } from "../../src/doc/source.js";
import { renderTemplate, type TemplateName } from "../../src/templates/engine.js";

export function render(name: TemplateName, view: unknown): { cover: Block[]; body: Block[]; text: string } {
  const text = renderTemplate(name, view);
  return { ...parseBlockText(text, `${name}.hbs`, figuresOf(view)), text: plainText(text.text) };
}

/** `## 5.1 Titre` (`##!` when left out of the Sommaire), in document order. */
export function headings(blocks: Block[]): string[] {
  return blocks.flatMap((b) =>
    b.type === "heading" ? [`${"#".repeat(b.level)}${b.toc ? "" : "!"} ${b.text}`] : [],
  );
}

export function inlineText(inlines: Inline[]): string {
  return inlines.map((i) => (i.type === "break" ? "\n" : i.text)).join("");
}

/** Texts of the paragraphs (any style) of the blocks, callouts included. */
export function paragraphs(blocks: Block[]): string[] {
  return blocks.flatMap((b) => {
    if (b.type === "paragraph") return [inlineText(b.inlines)];
    if (b.type === "callout") return paragraphs(b.blocks);
    return [];
  });
}

/** The blocks between the heading whose text starts with `prefix` and the next heading. */
export function section(blocks: Block[], prefix: string): Block[] {
  const start = blocks.findIndex((b) => b.type === "heading" && b.text.startsWith(prefix + " "));
  if (start < 0) throw new Error(`section ${prefix} absente`);
  const rest = blocks.slice(start + 1);
  const end = rest.findIndex((b) => b.type === "heading");
  return end < 0 ? rest : rest.slice(0, end);
}

export function tables(blocks: Block[]): Extract<Block, { type: "table" }>[] {
  return blocks.filter((b): b is Extract<Block, { type: "table" }> => b.type === "table");
}

/** Rows of a table as cell texts (header first when present). */
export function tableText(t: Extract<Block, { type: "table" }>): string[][] {
  const rows = t.rows.map((r) => r.cells.map((c) => inlineText(c.inlines)));
  return t.header ? [t.header.map((c) => inlineText(c.inlines)), ...rows] : rows;
}
