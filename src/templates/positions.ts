/**
 * Template positions through Handlebars (docs/templates.md, « Positions »): after Handlebars has
 * parsed a template and applied its whitespace control, this pass writes line markers
 * (src/doc/source.ts) into the template's literal text, so that the block text it prints says which
 * file and line each of its lines comes from. The block parser strips the markers: the document is
 * byte for byte what it would be without them. The pass runs once per template file, at compile
 * time; at render time a marker is one more piece of literal text.
 *
 * Where markers go, in each piece of literal text (ContentStatement): after each line break, the
 * line that follows; at its start, when it starts a template line (the top of the file, or after a
 * standalone `{{#each}}` line that Handlebars removed); and, when whitespace control removed it all,
 * the line where it ended, where the output resumes.
 */
import type Handlebars from "handlebars";
import { lineMarker } from "../doc/source.js";

type Node = hbs.AST.Node & {
  body?: Node[];
  program?: Node | null;
  inverse?: Node | null;
};
/** A piece of literal text (the package's typings mistype `original`, the text as written). */
interface Content {
  type: "ContentStatement";
  value: string;
  original: string;
  loc: hbs.AST.SourceLocation;
}

function firstNonSpace(s: string): number {
  const m = /\S/.exec(s);
  return m ? m.index : -1;
}

function countBreaks(s: string, end: number): number {
  let n = 0;
  for (let i = s.indexOf("\n"); i !== -1 && i < end; i = s.indexOf("\n", i + 1)) n++;
  return n;
}

/** The literal text of one ContentStatement, with its markers. */
function markContent(node: Content, file: number): string {
  const { original, value, loc } = node;
  const text = firstNonSpace(value);
  if (text === -1) {
    // Only blanks (or nothing) left: output resumes with the next node, where this text ended.
    return original.includes("\n") ? value + lineMarker(file, loc.end.line) : value;
  }
  // Whitespace control removes blanks at the edges only, so the first character that is not a
  // blank is the same in `value` and `original`: it locates `value` in the template.
  const start = firstNonSpace(original) - text;
  let line = loc.start.line + countBreaks(original, start);
  const atLineStart = start > 0 ? original.charAt(start - 1) === "\n" : loc.start.column === 0;
  let out = atLineStart ? lineMarker(file, line) : "";
  let from = 0;
  for (let i = value.indexOf("\n"); i !== -1; i = value.indexOf("\n", i + 1)) {
    line++;
    out += value.slice(from, i + 1) + lineMarker(file, line);
    from = i + 1;
  }
  return out + value.slice(from);
}

/**
 * A heading that a template numbers itself (`# 5 Scénarios`, the convention before numbering.ts)
 * would print `5 5 Scénarios`: refused at compile time, with its line, rather than printed twice.
 * Only the template's literal text is checked (a plan value is never a template's heading number).
 */
const writtenNumber = /(?:^|\n)[ \t]*(#{1,3}!?[ \t]+\d+(?:\.\d+)*)[ \t][^\n]*/g;

function checkHeadingNumbers(node: Content): void {
  for (const m of node.original.matchAll(writtenNumber)) {
    if (/\{[^{}]*-[^{}]*\}[ \t]*$/.test(m[0])) continue; // `{-}`: the text is printed as written
    const line = node.loc.start.line + countBreaks(node.original, m.index + (m[0].startsWith("\n") ? 1 : 0));
    const error = new Error(
      `titre numéroté dans le modèle («\u00a0${m[1]}\u00a0»)\u00a0: pcapra numérote les titres, ` +
        `écrivez le titre sans son numéro (docs/templates.md, «\u00a0Titres et numéros\u00a0»)`,
    );
    throw Object.assign(error, { lineNumber: line });
  }
}

function visit(node: Node | null | undefined, file: number): void {
  if (!node) return;
  if (node.type === "ContentStatement") {
    const content = node as unknown as Content;
    checkHeadingNumbers(content);
    content.value = markContent(content, file);
    return;
  }
  for (const child of node.body ?? []) visit(child, file);
  visit(node.program, file);
  visit(node.inverse, file);
}

/** Adds line markers of template file number `file` to a parsed (whitespace-controlled) template. */
export function markPositions(ast: hbs.AST.Program, file: number): hbs.AST.Program {
  visit(ast as Node, file);
  // The output starts with a marker even when the file starts with a `{{…}}`.
  const first = ast.body[0];
  if (first && !(first.type === "ContentStatement" && first.loc.start.line === 1 && first.loc.start.column === 0)) {
    const marker: Content = {
      type: "ContentStatement",
      value: lineMarker(file, first.loc.start.line),
      original: "",
      loc: first.loc,
    };
    ast.body.unshift(marker as unknown as hbs.AST.Statement);
  }
  return ast;
}

/** Makes `hb.compile(source, { [FILE_OPTION]: n })` mark the template with file number n. */
export const FILE_OPTION = "pcapraFile";

export function installPositions(hb: typeof Handlebars): void {
  const parse = hb.parse;
  hb.parse = (input, options) => {
    const ast = parse(input, options);
    const file = (options as Record<string, unknown> | undefined)?.[FILE_OPTION];
    return typeof file === "number" ? markPositions(ast, file) : ast;
  };
}
