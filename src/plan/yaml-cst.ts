/**
 * The located tree built straight from the yaml library's CST, for the plain YAML that plans are
 * made of: block mappings and lists, one-line scalars and one-line `[a, b]` lists, comments.
 * The library still reads every byte: its Parser makes the CST, its `CST.resolveAsScalar` decodes
 * each scalar (quotes, escapes) and the core schema's own tags give plain scalars their type.
 * What is skipped is the Composer's Document (a node, a range array and a Pair per value, then a
 * walk over them): a third of the loading time and much of its garbage.
 *
 * Anything this builder is not sure the Composer would accept without an error or a warning
 * (anchors, aliases, tags, block or multi-line scalars, flow maps, empty values, odd indents, tabs,
 * CR, directives, several documents, duplicate keys, nesting past the limit, a `:` far from its
 * key) makes it give up: `null`, and yaml-tree.ts takes the full `parseDocument` road, which
 * reports every diagnostic as before. On success the tree is the one that road builds
 * (tests/plan/yaml-cst.test.ts compares them).
 */
import { CST, Document, isScalar, Lexer, Parser } from "yaml";
import type { At, LNode, Scalar } from "./located.js";
import { limits } from "./limits.js";

type Token = CST.Token;
type SourceToken = CST.SourceToken;
type FlowScalar = CST.FlowScalar;

/** Thrown (and caught below) when the text leaves the subset: the full road takes over. */
class Leave extends Error {}
const leave = (): never => {
  throw new Leave();
};

/** The schema and options `parseDocument` uses (version 1.2, core schema), for plain scalars. */
let core: {
  tags: readonly { default?: unknown; test?: RegExp; resolve: Function }[];
  options: object;
} | null = null;
function coreSchema() {
  if (!core) {
    const doc = new Document(null, { version: "1.2", schema: "core", uniqueKeys: true });
    core = { tags: doc.schema.tags as never, options: doc.options };
  }
  return core;
}

/**
 * Items of a top-level list are built as soon as they are final (buildEarly): the fewer CST
 * tokens live at a time, the less the garbage collector copies. `validate` of a CH plan (lists of
 * 30 to 90 items), CPU per plan over 300 plans: 27.7–28.6 ms before, 26.8–27.7 building 64 at a
 * time, 20.7–21.9 by 8, 20.1–20.7 one at a time.
 */
const EARLY_BATCH = 1;

const FOUND = 1;
const NEWLINE = 2;

/**
 * Tokens of one CST list (an item's start, a separator, an end) hold only spaces, line breaks and
 * comments that follow a space or a line break (the Composer's rule), besides at most one
 * `indicator` token. Returns FOUND if that indicator was seen, NEWLINE if a line break was.
 */
function props(tokens: SourceToken[], indicator: string | null, startOnNewline: boolean): number {
  let hasSpace = startOnNewline;
  let flags = 0;
  for (let i = 0; i < tokens.length; i++) {
    const type = tokens[i].type;
    if (type === "space") hasSpace = true;
    else if (type === "newline") {
      hasSpace = true;
      flags |= NEWLINE;
    } else if (type === "comment") {
      if (!hasSpace) leave();
    } else {
      if (type !== indicator || flags & FOUND) leave();
      flags |= FOUND;
      hasSpace = false;
    }
  }
  return flags;
}

/** Only spaces, line breaks and comments: an item that holds nothing but comments. */
function onlyComments(tokens: SourceToken[]): boolean {
  return tokens.every((t) => t.type === "space" || t.type === "newline" || t.type === "comment");
}

export interface CstTreeOptions {
  fileIndex: number;
  /** The same check yaml-tree.ts applies to every key and text value (limits, characters). */
  checkText: (value: string, offset: number) => string;
}

/**
 * Parses `text` with the library's Parser (its line breaks go to `onNewLine`) and builds the
 * located tree, or returns null when the text leaves the subset (nothing was reported then).
 */
export function cstTree(text: string, onNewLine: (offset: number) => void, o: CstTreeOptions): LNode | null {
  const { tags, options } = coreSchema();
  // Plain scalars already typed in this file (`id`, `name`, `24h`, `true`…: a plan repeats most
  // of them), by their text: the core schema's type depends on the text alone. Per file: the
  // texts are slices of the file, and a cache kept across files kept every file alive.
  const typed = new Map<string, Scalar>();
  // Items of a top-level list already built while the Parser went on (see `early` below).
  const built = new Map<CST.BlockSequence, LNode[]>();
  /** True while items are built early: a key or text that needs a diagnostic goes to the full road. */
  let early = false;
  let doc: CST.Document | null = null;
  const parser = new Parser(onNewLine);
  /** The Parser's output token: false when the text leaves the subset. */
  const accept = (token: Token): boolean => {
    if (token.type === "document" && doc === null) doc = token;
    // Comments and blank lines before the document are its prelude; anything else (directives,
    // a second document, `...`, errors) goes to the Composer.
    else if (doc !== null || (token.type !== "comment" && token.type !== "newline" && token.type !== "space"))
      return false;
    return true;
  };
  const at = (offset: number): At => ({ file: o.fileIndex, offset });

  const scalar = (token: Token, isKey: boolean): Scalar => {
    if (
      token.type !== "scalar" &&
      token.type !== "single-quoted-scalar" &&
      token.type !== "double-quoted-scalar"
    )
      return leave();
    const t = token as FlowScalar;
    if (t.source.includes("\n")) leave();
    const resolved = CST.resolveAsScalar(t, true, leave);
    if (!resolved) return leave();
    let value: Scalar = resolved.value;
    if (t.type === "scalar") {
      const known = typed.get(resolved.value);
      if (known !== undefined) value = known;
      else {
        // The core schema's first default tag whose test matches, as the Composer picks it.
        for (const tag of tags) {
          if (tag.default !== true || !tag.test?.test(resolved.value)) continue;
          const res = tag.resolve(resolved.value, leave, options) as unknown;
          value = (isScalar(res) ? res.value : res) as Scalar;
          if (typeof value === "bigint") value = Number(value);
          break;
        }
        typed.set(resolved.value, value);
      }
    }
    return typeof value === "string" && !isKey ? check(value, t.offset) : value;
  };

  const node = (token: Token, depth: number): LNode => {
    switch (token.type) {
      case "block-map":
        if (depth > limits.depth) leave();
        return blockMap(token, depth);
      case "block-seq": {
        if (depth > limits.depth) leave();
        const items: LNode[] = built.get(token) ?? [];
        const list = token.items;
        for (let i = 0; i < list.length; i++) seqItem(list, i, depth, items);
        return { kind: "seq", at: at(token.offset), items };
      }
      case "flow-collection": {
        if (depth > limits.depth) leave();
        if (token.start.source !== "[" || token.end[0]?.source !== "]") leave();
        props(token.end.slice(1), null, false);
        const list = token.items;
        const items: LNode[] = new Array(list.length);
        for (let i = 0; i < list.length; i++) {
          const item = list[i];
          if (item.key || item.sep || !item.value) leave();
          const start = item.start;
          let commas = 0;
          for (let k = 0; k < start.length; k++) {
            if (start[k].type === "comma") commas++;
            else if (start[k].type !== "space") leave();
          }
          if (commas !== (i === 0 ? 0 : 1) || (i > 0 && start[0].type !== "comma")) leave();
          items[i] = { kind: "scalar", at: at(item.value!.offset), value: scalar(item.value!, false) };
        }
        return { kind: "seq", at: at(token.offset), items };
      }
      default:
        return { kind: "scalar", at: at(token.offset), value: scalar(token, false) };
    }
  };

  /** Item `i` of a block list at `depth`, built into `items` (a last item may hold only comments). */
  const seqItem = (list: CST.BlockSequence["items"], i: number, depth: number, items: LNode[]) => {
    const item = list[i];
    if (!(props(item.start, "seq-item-ind", true) & FOUND)) {
      if (item.value || i !== list.length - 1 || !onlyComments(item.start)) leave();
      return;
    }
    if (!item.value || item.value.type === "block-seq") leave();
    items.push(node(item.value!, depth + 1));
  };

  const blockMap = (bm: CST.BlockMap, depth: number): LNode => {
    const entries = new Map<string, { key: number; value: LNode }>();
    const list = bm.items;
    for (let i = 0; i < list.length; i++) {
      const item = list[i];
      const { key, sep, value } = item;
      props(item.start, null, true);
      if (!key && !sep && !value) {
        // Comment lines after the last entry.
        if (i !== list.length - 1) leave();
        continue;
      }
      if (!key || !sep || !value || !("indent" in key) || key.indent !== bm.indent) return leave();
      if (sep[0]?.type !== "map-value-ind" || sep[0].offset - key.offset > 1000) leave();
      const newline = (props(sep, "map-value-ind", false) & NEWLINE) !== 0;
      // A block collection as a value starts on its own line (`a: b: c` is an error); a scalar or
      // `[…]` stays on the key's line.
      const block = value!.type === "block-map" || value!.type === "block-seq";
      if (block !== newline) leave();
      // A key's trailing tokens stay on its line (the Composer's MULTILINE_IMPLICIT_KEY).
      if ((key as FlowScalar).end?.some((t) => t.type === "newline")) leave();
      const raw = scalar(key, true);
      const name = check(String(raw), key.offset);
      if (entries.has(name)) leave();
      entries.set(name, { key: key.offset, value: node(value!, depth + 1) });
    }
    return { kind: "map", at: at(bm.offset), entries };
  };

  /** yaml-tree.ts's check; built early, a value it would report sends the file to the full road. */
  const check = (value: string, offset: number): string => {
    const out = o.checkText(value, offset);
    if (early && out !== value) leave();
    return out;
  };

  /**
   * The items of a top-level list (`resources:`, `services:`…) that the Parser will not touch
   * again, built now and cut out of its stack. The Parser only ever reads or extends the last two
   * items of a block list (a comment at the list's indent joins the one before), so the others are
   * final; building them early lets their CST die young instead of living, and being copied by the
   * garbage collector, until the end of the document (190 MB of CST for a 3.9 MB fragment).
   */
  const buildEarly = () => {
    const stack = parser.stack;
    if (stack.length < 4 || stack[0].type !== "document" || stack[1].type !== "block-map") return;
    const seq = stack[2];
    if (seq.type !== "block-seq" || seq.items.length < EARLY_BATCH + 2) return;
    let items = built.get(seq);
    if (!items) built.set(seq, (items = []));
    const final = seq.items.length - 2;
    early = true;
    // The top-level map is depth 1 (node(d.value, 1) below), its lists depth 2.
    for (let i = 0; i < final; i++) seqItem(seq.items, i, 2, items);
    early = false;
    seq.items.splice(0, final);
  };

  try {
    // What `parser.parse(text)` does, a lexeme at a time: the stack can be read between them.
    onNewLine(0);
    for (const lexeme of new Lexer().lex(text)) {
      for (const token of parser.next(lexeme)) if (!accept(token)) return null;
      if (lexeme === "\n" && doc === null) buildEarly();
    }
    for (const token of parser.end()) if (!accept(token)) return null;
    if (doc === null) return null;
    const d: CST.Document = doc;
    if (d.value?.type !== "block-map") return null;
    props(d.start, "doc-start", true);
    if (d.end) props(d.end, null, true);
    const start = d.start;
    // `--- a: 1` (a block collection on the marker's line) is an error.
    if (start.some((t) => t.type === "doc-start") && !start.some((t) => t.type === "newline")) return null;
    return node(d.value, 1);
  } catch (e) {
    if (e instanceof Leave) return null;
    throw e;
  }
}
