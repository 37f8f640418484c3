/**
 * Block language (docs/templates.md) → document model (model.ts). The text is what Handlebars
 * produced from a template; any syntax error here is a template bug, so it is thrown as a
 * `BlockSyntaxError` naming the template and the line, and reported by `build`.
 */
import type { Block, Callout, Inline, List, Paragraph, Table, TableCell, TableRow } from "./model.js";
import { inlinesText, parseInlines } from "./inline.js";
import { figureBlock, type FigureSource } from "./figure.js";

export class BlockSyntaxError extends Error {
  constructor(
    readonly origin: string,
    readonly line: number,
    readonly detail: string,
  ) {
    super(`${origin}, ligne ${line}\u00a0: ${detail}`);
    this.name = "BlockSyntaxError";
  }
}

interface Line {
  no: number;
  text: string;
}

type Kind =
  | { kind: "blank" }
  | { kind: "heading"; level: 1 | 2 | 3; toc: boolean; text: string }
  | { kind: "directive"; name: string; arg: string }
  | { kind: "item"; ordered: boolean; text: string }
  | { kind: "quote"; text: string }
  | { kind: "row"; text: string }
  | { kind: "text"; text: string };

const paragraphStyles = new Set(["banner", "subtitle", "small", "label", "blank-page"]);
const tableDirectives = new Set(["kv", "widths", "rowheight"]);

/** Only ASCII blanks are layout: U+00A0 and U+202F at the edge of a value are content. */
function trimBlanks(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isBlank(s.charCodeAt(start))) start++;
  while (end > start && isBlank(s.charCodeAt(end - 1))) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

const isBlank = (c: number): boolean => c === 32 || c === 9;

function classify(line: Line, origin: string): Kind {
  const t = line.text;
  if (t === "") return { kind: "blank" };
  if (t.startsWith("#")) {
    const m = /^(#+)(!?)(?:[ \t]+([^]*))?$/.exec(t);
    if (!m) fail(origin, line, "titre mal formé (une espace doit suivre «\u00a0#\u00a0»)");
    if (m[1].length > 3) fail(origin, line, `niveau de titre ${m[1].length} inconnu (1 à 3)`);
    const text = trimBlanks(inlinesText(parseInlines(m[3] ?? ""), " "));
    if (text === "") fail(origin, line, "titre vide");
    return { kind: "heading", level: m[1].length as 1 | 2 | 3, toc: m[2] !== "!", text };
  }
  if (t.startsWith("!")) {
    const m = /^!([A-Za-z][\w-]*)(?:[ \t]+([^]*))?$/.exec(t);
    if (!m) fail(origin, line, `directive inconnue «\u00a0${t}\u00a0»`);
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

function fail(origin: string, line: Line, detail: string): never {
  throw new BlockSyntaxError(origin, line.no, detail);
}

interface TableOptions {
  line: Line;
  keyValue?: boolean;
  widths?: number[];
  minHeight?: number;
}

/** Parses a run of lines; `callout` restricts the blocks to paragraphs and lists. */
function parseLines(
  lines: Line[],
  origin: string,
  callout: boolean,
  emit: (block: Block) => void,
  onMarker: (target: "cover" | "body", line: Line) => void,
  figures: FigureSource = {},
): void {
  let pending: TableOptions | undefined;
  let i = 0;
  // Each line is classified once (a run looks at its first line again); lazily, so that the first
  // error in reading order is the one thrown.
  const kinds: (Kind | undefined)[] = new Array(lines.length);
  const kindAt = (index: number): Kind => (kinds[index] ??= classify(lines[index], origin));
  const emitBlock = (block: Block, line: Line): void => {
    if (pending && block.type !== "table") {
      fail(origin, pending.line, "directive de tableau non suivie d’un tableau");
    }
    if (callout && block.type !== "paragraph" && block.type !== "list") {
      fail(origin, line, "un encadré ne contient que des paragraphes et des listes");
    }
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
      case "heading":
        emitBlock({ type: "heading", level: k.level, text: k.text, toc: k.toc }, line);
        i++;
        break;
      case "directive":
        i++;
        if (tableDirectives.has(k.name)) {
          pending = tableDirective(pending ?? { line }, k.name, k.arg, origin, line);
        } else if (k.name === "cover" || k.name === "body") {
          if (k.arg !== "") fail(origin, line, `!${k.name} ne prend pas d’argument`);
          if (callout) fail(origin, line, `!${k.name} interdit dans un encadré`);
          if (pending) fail(origin, pending.line, "directive de tableau non suivie d’un tableau");
          onMarker(k.name, line);
        } else if (k.name === "figure") {
          const figure = figureBlock(k.arg, figures);
          if (typeof figure === "string") fail(origin, line, figure);
          emitBlock(figure, line);
        } else {
          emitBlock(directiveBlock(k.name, k.arg, origin, line), line);
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
        if (callout) fail(origin, line, "encadré imbriqué dans un encadré");
        const inner = run((x): x is Extract<Kind, { kind: "quote" }> => x.kind === "quote");
        const blocks: Callout["blocks"] = [];
        const innerLines = inner.map((x) => ({ no: x.line.no, text: trimBlanks(x.k.text) }));
        parseLines(
          innerLines,
          origin,
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
          origin,
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
  if (pending) fail(origin, pending.line, "directive de tableau non suivie d’un tableau");
}

function positiveNumber(s: string): number | undefined {
  if (!/^\d+(?:\.\d+)?$/.test(s)) return undefined;
  const n = Number(s);
  return n > 0 ? n : undefined;
}

function tableDirective(
  options: TableOptions,
  name: string,
  arg: string,
  origin: string,
  line: Line,
): TableOptions {
  const args = arg.split(/[ \t]+/).filter((a) => a !== "");
  if (name === "kv") {
    if (args.length > 0) fail(origin, line, "!kv ne prend pas d’argument");
    return { ...options, keyValue: true };
  }
  const numbers = args.map(positiveNumber);
  if (numbers.length === 0 || numbers.some((n) => n === undefined)) {
    fail(origin, line, `!${name} attend ${name === "widths" ? "des nombres positifs" : "un nombre positif"}`);
  }
  if (name === "widths") return { ...options, widths: numbers as number[] };
  if (numbers.length !== 1) fail(origin, line, "!rowheight attend un seul nombre");
  return { ...options, minHeight: numbers[0] };
}

function directiveBlock(name: string, arg: string, origin: string, line: Line): Block {
  const inlines = (): Inline[] => parseInlines(arg);
  if (paragraphStyles.has(name)) {
    return { type: "paragraph", inlines: inlines(), style: name as Paragraph["style"] };
  }
  switch (name) {
    case "title": {
      const text = trimBlanks(inlinesText(inlines(), " "));
      if (text === "") fail(origin, line, "!title sans texte");
      return { type: "title", text };
    }
    case "toc": {
      const m = /^([^]*?)[ \t]+([0-9]+)$/.exec(arg);
      if (!m || !["1", "2", "3"].includes(m[2]))
        fail(origin, line, "!toc attend un titre puis un niveau (1 à 3)");
      const title = trimBlanks(inlinesText(parseInlines(m[1]), " "));
      if (title === "") fail(origin, line, "!toc sans titre");
      return { type: "toc", title, maxLevel: Number(m[2]) as 1 | 2 | 3 };
    }
    case "pagebreak":
      if (arg === "") return { type: "pagebreak" };
      if (arg === "odd") return { type: "pagebreak", odd: true };
      return fail(
        origin,
        line,
        `argument «\u00a0${arg}\u00a0» inconnu pour !pagebreak (seul «\u00a0odd\u00a0»)`,
      );
    case "section":
      if (arg === "landscape" || arg === "portrait") return { type: "section", orientation: arg };
      return fail(
        origin,
        line,
        `argument «\u00a0${arg}\u00a0» inconnu pour !section («\u00a0landscape\u00a0» ou «\u00a0portrait\u00a0»)`,
      );
    default:
      return fail(origin, line, `directive inconnue «\u00a0!${name}\u00a0»`);
  }
}

/** Splits `| a | b |` on unescaped pipes; null when the row does not end with a pipe. */
function splitRow(text: string): string[] | null {
  const cells: string[] = [];
  let start = 1; // after the leading pipe
  let closed = false;
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    closed = false;
    if (c === 92 /* \\ */ && i + 1 < text.length) {
      i++; // an escaped character, even a pipe, stays in the cell with its backslash
    } else if (c === 124 /* | */) {
      cells.push(text.slice(start, i));
      start = i + 1;
      closed = true;
    }
  }
  return closed ? cells : null;
}

const separatorCell = /^[ \t]*:?-+:?[ \t]*$/;

function parseTable(lines: Line[], options: TableOptions | undefined, origin: string): Table {
  const parsed = lines.map((line) => {
    const bold = line.text.startsWith("|!");
    const cells = splitRow(bold ? "|" + line.text.slice(2) : line.text);
    if (!cells || cells.length === 0)
      fail(origin, line, "ligne de tableau mal formée (elle doit finir par «\u00a0|\u00a0»)");
    return { line, bold, cells };
  });
  const columns = parsed[0].cells.length;
  for (const row of parsed) {
    if (row.cells.length !== columns) {
      fail(origin, row.line, `${row.cells.length} cellules au lieu de ${columns} dans la ligne de tableau`);
    }
  }
  const isSeparator = (cells: string[]): boolean => cells.every((c) => separatorCell.test(c));
  parsed.forEach((row, index) => {
    if (index !== 1 && !row.bold && isSeparator(row.cells)) {
      fail(origin, row.line, "ligne de séparation d’en-tête ailleurs qu’en deuxième ligne du tableau");
    }
  });
  const hasHeader = parsed.length > 1 && !parsed[1].bold && isSeparator(parsed[1].cells);
  if (hasHeader && options?.keyValue) fail(origin, parsed[1].line, "un tableau clé–valeur n’a pas d’en-tête");
  if (options?.widths && options.widths.length !== columns) {
    fail(origin, options.line, `!widths donne ${options.widths.length} largeurs pour ${columns} colonnes`);
  }
  const toCells = (cells: string[]): TableCell[] =>
    cells.map((c) => ({ inlines: parseInlines(trimBlanks(c)) }));
  const table: Table = { type: "table", rows: [] };
  const body = hasHeader ? parsed.slice(2) : parsed;
  if (hasHeader) table.header = toCells(parsed[0].cells);
  table.rows = body.map((row) => {
    const r: TableRow = { cells: toCells(row.cells) };
    if (row.bold) r.bold = true;
    if (options?.minHeight !== undefined) r.minHeight = options.minHeight;
    return r;
  });
  if (options?.widths) table.widths = options.widths;
  if (options?.keyValue) table.keyValue = true;
  return table;
}

/** Parses block text; text before any `!cover` / `!body` marker goes to the body. */
export function parseBlockText(
  text: string,
  origin: string,
  figures: FigureSource = {},
): { cover: Block[]; body: Block[] } {
  const lines = text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((t, index) => ({ no: index + 1, text: trimBlanks(t) }));
  const result = { cover: [] as Block[], body: [] as Block[] };
  let target: Block[] = result.body;
  parseLines(
    lines,
    origin,
    false,
    (block) => target.push(block),
    (marker) => {
      target = result[marker];
    },
    figures,
  );
  return result;
}
