/**
 * Block language (docs/templates.md) → document model (model.ts). The text is what Handlebars
 * produced from a template, with the template positions of source.ts; any syntax error here is a
 * template bug, so it is thrown as a `BlockSyntaxError` naming the template file and its line, and
 * reported by `build`. Headings are numbered once everything is parsed (numbering.ts).
 */
import type { Block, Callout, Heading, Inline, List, Paragraph } from "./model.js";
import { inlinesText, parseInlines } from "./inline.js";
import { figureBlock, type FigureSource } from "./figure.js";
import { parseTable, tableDirective, type CellCache, type TableOptions } from "./table.js";
import { numberHeadings, type HeadingSource, type Numbering } from "./numbering.js";
import {
  fail,
  linePosition,
  setBlockPosition,
  splitLines,
  trimBlanks,
  type BlockText,
  type Line,
  type Source,
} from "./source.js";

export { BlockSyntaxError } from "./source.js";

type Kind =
  | { kind: "blank" }
  | { kind: "heading"; level: 1 | 2 | 3; toc: boolean; text: string; numbering: Numbering; item: boolean }
  | { kind: "directive"; name: string; arg: string }
  | { kind: "item"; ordered: boolean; text: string }
  | { kind: "quote"; text: string }
  | { kind: "row"; text: string }
  | { kind: "text"; text: string };

const paragraphStyles = new Set(["banner", "subtitle", "small", "label", "blank-page"]);
const tableDirectives = new Set(["kv", "widths", "rowheight"]);

function classify(line: Line, src: Source): Kind {
  const t = line.text;
  if (t === "") return { kind: "blank" };
  if (t.startsWith("#")) {
    const m = /^(#+)(!?)(?:[ \t]+([^]*))?$/.exec(t);
    if (!m) fail(src, line, "titre mal formé (une espace doit suivre «\u00a0#\u00a0»)");
    if (m[1].length > 3) fail(src, line, `niveau de titre ${m[1].length} inconnu (1 à 3)`);
    const { title, numbering, item } = headingAttributes(m[3] ?? "", src, line);
    const text = trimBlanks(inlinesText(parseInlines(title), " "));
    if (text === "") fail(src, line, "titre vide");
    return { kind: "heading", level: m[1].length as 1 | 2 | 3, toc: m[2] !== "!", text, numbering, item };
  }
  if (t.startsWith("!")) {
    const m = /^!([A-Za-z][\w-]*)(?:[ \t]+([^]*))?$/.exec(t);
    if (!m) fail(src, line, `directive inconnue «\u00a0${t}\u00a0»`);
    return { kind: "directive", name: m[1], arg: m[2] ?? "" };
  }
  if (t.startsWith("|")) return { kind: "row", text: t };
  if (t.startsWith(">")) return { kind: "quote", text: t.replace(/^>[ \t]?/, "") };
  let m = /^-(?:[ \t]+([^]*))?$/.exec(t);
  if (m) return { kind: "item", ordered: false, text: m[1] ?? "" };
  m = /^\d+\.(?:[ \t]+([^]*))?$/.exec(t);
  if (m) return { kind: "item", ordered: true, text: m[1] ?? "" };
  return { kind: "text", text: t };
}

/** `{…}` at the end of a heading line (unescaped: a plan value cannot write one). */
const attributesPattern = /(?:^|[ \t])\{([^{}\\]*)\}$/;

/** A heading's attributes (numbering.ts): `{-}` unnumbered, `{annex}` lettered, `{item}` per item. */
function headingAttributes(
  raw: string,
  src: Source,
  line: Line,
): { title: string; numbering: Numbering; item: boolean } {
  const m = raw.endsWith("}") ? attributesPattern.exec(raw) : null;
  if (!m) return { title: raw, numbering: "number", item: false };
  let numbering: Numbering = "number";
  let item = false;
  for (const word of m[1].split(/[ \t]+/)) {
    if (word === "") continue;
    if (word === "item") item = true;
    else if ((word === "-" || word === "annex") && numbering === "number")
      numbering = word === "-" ? "none" : "annex";
    else if (word === "-" || word === "annex")
      fail(src, line, "«\u00a0-\u00a0» et «\u00a0annex\u00a0» s’excluent");
    else
      fail(
        src,
        line,
        `attribut de titre «\u00a0${word}\u00a0» inconnu («\u00a0-\u00a0», «\u00a0annex\u00a0» ou «\u00a0item\u00a0»)`,
      );
  }
  return { title: raw.slice(0, m.index), numbering, item };
}

/** What one parse shares: the text's files, the view's figures, the headings met so far. */
interface Context {
  src: Source;
  figures: FigureSource;
  headings: HeadingSource[];
  /** Table cells of this document, shared by source text (table.ts). */
  cells: CellCache;
}

/** Parses a run of lines; `callout` restricts the blocks to paragraphs and lists. */
function parseLines(
  lines: Line[],
  ctx: Context,
  callout: boolean,
  emit: (block: Block) => void,
  onMarker: (target: "cover" | "body", line: Line) => void,
): void {
  const { src, figures } = ctx;
  let pending: TableOptions | undefined;
  let i = 0;
  // Each line is classified once (a run looks at its first line again); lazily, so that the first
  // error in reading order is the one thrown.
  const kinds: (Kind | undefined)[] = new Array(lines.length);
  const kindAt = (index: number): Kind => (kinds[index] ??= classify(lines[index], src));
  const emitBlock = (block: Block, line: Line): void => {
    if (pending && block.type !== "table") {
      fail(src, pending.line, "directive de tableau non suivie d’un tableau");
    }
    if (callout && block.type !== "paragraph" && block.type !== "list") {
      fail(src, line, "un encadré ne contient que des paragraphes et des listes");
    }
    setBlockPosition(block, linePosition(src, line));
    emit(block);
  };
  // Collects the consecutive lines (from i) whose kind passes `accept`.
  const run = <K extends Kind>(accept: (k: Kind) => k is K): { line: Line; k: K }[] => {
    const out: { line: Line; k: K }[] = [];
    while (i < lines.length) {
      const k = kindAt(i);
      if (!accept(k)) break;
      out.push({ line: lines[i], k });
      i++;
    }
    return out;
  };

  while (i < lines.length) {
    const line = lines[i];
    const k = kindAt(i);
    switch (k.kind) {
      case "blank":
        i++;
        break;
      case "heading": {
        // The text is the bare title until numberHeadings writes the number in.
        const heading: Heading = { type: "heading", level: k.level, text: k.text, toc: k.toc };
        emitBlock(heading, line);
        ctx.headings.push({
          heading,
          numbering: k.numbering,
          item: k.item,
          position: linePosition(src, line),
        });
        i++;
        break;
      }
      case "directive":
        i++;
        if (tableDirectives.has(k.name)) {
          pending = tableDirective(pending ?? { line }, k.name, k.arg, src, line);
        } else if (k.name === "cover" || k.name === "body") {
          if (k.arg !== "") fail(src, line, `!${k.name} ne prend pas d’argument`);
          if (callout) fail(src, line, `!${k.name} interdit dans un encadré`);
          if (pending) fail(src, pending.line, "directive de tableau non suivie d’un tableau");
          onMarker(k.name, line);
        } else if (k.name === "figure") {
          const figure = figureBlock(k.arg, figures);
          if (typeof figure === "string") fail(src, line, figure);
          emitBlock(figure, line);
        } else {
          emitBlock(directiveBlock(k.name, k.arg, src, line), line);
        }
        break;
      case "item": {
        const ordered = k.ordered;
        const items = run(
          (x): x is Extract<Kind, { kind: "item" }> => x.kind === "item" && x.ordered === ordered,
        );
        const list: List = { type: "list", ordered, items: items.map((x) => parseInlines(x.k.text)) };
        emitBlock(list, line);
        break;
      }
      case "quote": {
        if (callout) fail(src, line, "encadré imbriqué dans un encadré");
        const inner = run((x): x is Extract<Kind, { kind: "quote" }> => x.kind === "quote");
        const blocks: Callout["blocks"] = [];
        const innerLines = inner.map((x) => ({
          no: x.line.no,
          file: x.line.file,
          text: trimBlanks(x.k.text),
        }));
        parseLines(
          innerLines,
          ctx,
          true,
          (b) => blocks.push(b as Paragraph | List),
          () => undefined,
        );
        emitBlock({ type: "callout", blocks }, line);
        break;
      }
      case "row": {
        const rows = run((x): x is Extract<Kind, { kind: "row" }> => x.kind === "row");
        const table = parseTable(
          rows.map((r) => r.line),
          pending,
          src,
          ctx.cells,
        );
        pending = undefined;
        emitBlock(table, line);
        break;
      }
      case "text": {
        const texts = run((x): x is Extract<Kind, { kind: "text" }> => x.kind === "text");
        emitBlock({ type: "paragraph", inlines: parseInlines(texts.map((x) => x.k.text).join(" ")) }, line);
        break;
      }
    }
  }
  if (pending) fail(src, pending.line, "directive de tableau non suivie d’un tableau");
}

function directiveBlock(name: string, arg: string, src: Source, line: Line): Block {
  const inlines = (): Inline[] => parseInlines(arg);
  if (paragraphStyles.has(name)) {
    return { type: "paragraph", inlines: inlines(), style: name as Paragraph["style"] };
  }
  switch (name) {
    case "title": {
      const text = trimBlanks(inlinesText(inlines(), " "));
      if (text === "") fail(src, line, "!title sans texte");
      return { type: "title", text };
    }
    case "toc": {
      const m = /^([^]*?)[ \t]+([0-9]+)$/.exec(arg);
      if (!m || !["1", "2", "3"].includes(m[2]))
        fail(src, line, "!toc attend un titre puis un niveau (1 à 3)");
      const title = trimBlanks(inlinesText(parseInlines(m[1]), " "));
      if (title === "") fail(src, line, "!toc sans titre");
      return { type: "toc", title, maxLevel: Number(m[2]) as 1 | 2 | 3 };
    }
    case "pagebreak":
      if (arg === "") return { type: "pagebreak" };
      if (arg === "odd") return { type: "pagebreak", odd: true };
      return fail(
        src,
        line,
        `argument «\u00a0${arg}\u00a0» inconnu pour !pagebreak (seul «\u00a0odd\u00a0»)`,
      );
    case "section":
      if (arg === "landscape" || arg === "portrait") return { type: "section", orientation: arg };
      return fail(
        src,
        line,
        `argument «\u00a0${arg}\u00a0» inconnu pour !section («\u00a0landscape\u00a0» ou «\u00a0portrait\u00a0»)`,
      );
    default:
      return fail(src, line, `directive inconnue «\u00a0!${name}\u00a0»`);
  }
}

/**
 * Parses block text — the engine's marked text (positions name template files and lines) or a
 * plain string (positions are lines of `origin`) — then numbers the headings (numbering.ts). Text
 * before any `!cover` / `!body` marker goes to the body.
 */
export function parseBlockText(
  text: string | BlockText,
  origin: string,
  figures: FigureSource = {},
): { cover: Block[]; body: Block[] } {
  const source = typeof text === "string" ? { text, files: [] } : text;
  const ctx: Context = { src: { origin, files: source.files }, figures, headings: [], cells: new Map() };
  const result = { cover: [] as Block[], body: [] as Block[] };
  let target: Block[] = result.body;
  parseLines(
    splitLines(source.text),
    ctx,
    false,
    (block) => target.push(block),
    (marker) => {
      target = result[marker];
    },
  );
  numberHeadings(ctx.headings);
  return result;
}
