/**
 * A fast reader for the plain YAML that plans are made of (block mappings and lists, one-line
 * plain or quoted values, one-line `[a, b]` lists, comments). It builds the located tree of
 * yaml-tree.ts directly from the text, with the offsets the `yaml` library gives: on a 9 MB plan
 * the library's lexer and parser cost seconds and most of the garbage, this reader a tenth of it.
 *
 * It gives up (returns null) on anything else: anchors, aliases, tags, block or multi-line
 * scalars, flow mappings, quoted keys, tabs, CR, directives, `---`, duplicate keys, nesting past
 * the depth limit, or anything it does not recognise. The caller then parses with the library,
 * which reports every error and position as before; so this reader never makes a diagnostic of
 * its own, and a plan it accepts loads to the same tree (tests/plan/fast-yaml.test.ts compares).
 */
import type { LNode, Scalar } from "./located.js";
import type { LineIndex } from "./source-map.js";

/**
 * Checks a text value or key (length, characters) as yaml-tree.ts does; may report and cut it.
 * `verbatim`: the value is a slice of the text as written (no escape decoded).
 */
export type CheckText = (value: string, offset: number, verbatim: boolean) => string;

class GiveUp extends Error {}
const GIVE_UP = new GiveUp();

/** Characters the reader leaves to the library: tab, CR, and line separators YAML 1.1 knew. */
const unusual = /[\t\r\u0085\u2028\u2029\ufeff]/;

// Char codes.
const NL = 10;
const SP = 32;
const HASH = 35;
const COLON = 58;
const DASH = 45;
const DQ = 34;
const SQ = 39;
const LBRACKET = 91;
const RBRACKET = 93;
const COMMA = 44;

/** YAML 1.2 core schema resolution of a plain scalar, in the `yaml` library's order of tags. */
export function resolvePlain(s: string): Scalar {
  const c = s.charCodeAt(0);
  // Most values are words: none of the tags below can match a text starting with a letter
  // other than n, N, t, T, f, F (null, true, false).
  const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
  if (letter && (c | 32) !== 110 && (c | 32) !== 116 && (c | 32) !== 102) return s;
  // Plain decimal integers (ranks, counts): the int tag, read as it reads them.
  if (s.length < 16 && /^[0-9]+$/.test(s)) return parseInt(s, 10);
  if (/^(?:~|[Nn]ull|NULL)?$/.test(s)) return null;
  if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(s)) return s[0] === "t" || s[0] === "T";
  if (/^0o[0-7]+$/.test(s)) return parseInt(s.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(s)) return parseInt(s, 10);
  if (/^0x[0-9a-fA-F]+$/.test(s)) return parseInt(s.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s))
    return s.slice(-3).toLowerCase() === "nan" ? NaN : s[0] === "-" ? -Infinity : Infinity;
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s)) return parseFloat(s);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s)) return parseFloat(s);
  return s;
}

/** Line starts as the library's LineCounter records them (0, then after each line feed), lazily. */
export class LazyLines implements LineIndex {
  private starts: number[] | undefined;
  constructor(private readonly text: string) {}
  linePos(offset: number): { line: number; col: number } {
    if (!this.starts) {
      const starts = [0];
      for (let i = this.text.indexOf("\n"); i >= 0; i = this.text.indexOf("\n", i + 1)) starts.push(i + 1);
      this.starts = starts;
    }
    // Same search and results as yaml's LineCounter.linePos.
    const lineStarts = this.starts;
    let low = 0;
    let high = lineStarts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (lineStarts[mid] < offset) low = mid + 1;
      else high = mid;
    }
    if (lineStarts[low] === offset) return { line: low + 1, col: 1 };
    if (low === 0) return { line: 0, col: offset };
    return { line: low, col: offset - lineStarts[low - 1] + 1 };
  }
}

/**
 * The located tree of `text`, or null when the text holds anything this reader leaves to the
 * library. `maxDepth` is the depth limit (deeper collections are left to the library too).
 */
export function parseFast(text: string, file: number, maxDepth: number, check: CheckText): LNode | null {
  if (unusual.test(text)) return null;
  try {
    return new Reader(text, file, maxDepth, check).document();
  } catch (e) {
    if (e === GIVE_UP) return null;
    throw e;
  }
}

class Reader {
  /** Current content line: its start, end (line feed or end of text) and indentation. */
  private ls = 0;
  private le = 0;
  private ind = 0;
  private eof = false;

  constructor(
    private readonly text: string,
    private readonly file: number,
    private readonly maxDepth: number,
    private readonly check: CheckText,
  ) {}

  document(): LNode | null {
    this.line(0);
    if (this.eof || this.ind !== 0) return null;
    const start = this.ls;
    if (this.isSeqEntry(start) || this.keyEnd(start) < 0) return null;
    const tree = this.map(start, 0, 1);
    return this.eof ? tree : null;
  }

  /** Moves to the first line at or after `from` that holds content (not blank, not a comment). */
  private line(from: number): void {
    const t = this.text;
    let p = from;
    for (;;) {
      if (p >= t.length) {
        this.eof = true;
        this.ls = this.le = t.length;
        this.ind = -1;
        return;
      }
      let q = p;
      while (t.charCodeAt(q) === SP) q++;
      let end = t.indexOf("\n", q);
      if (end < 0) end = t.length;
      if (q < end && t.charCodeAt(q) !== HASH) {
        // `---`, `...` and `%` directives at column 0 are document syntax: the library's job.
        if (q === p && /^(?:---|\.\.\.|%)/.test(t.slice(q, q + 3))) throw GIVE_UP;
        this.ls = q;
        this.le = end;
        this.ind = q - p;
        return;
      }
      p = end + 1;
    }
  }

  private at(offset: number) {
    return { file: this.file, offset };
  }

  private isSeqEntry(p: number): boolean {
    return this.text.charCodeAt(p) === DASH && (p + 1 === this.le || this.text.charCodeAt(p + 1) === SP);
  }

  /**
   * Offset of the `:` ending a plain implicit key that starts at `p` on the current line, or -1
   * when the line holds no such key. Gives up on keys the library might read differently.
   */
  private keyEnd(p: number): number {
    const t = this.text;
    const c = t.charCodeAt(p);
    if (c === DQ || c === SQ) {
      const close = this.quotedEnd(p);
      if (close < 0) throw GIVE_UP;
      let q = close;
      while (q < this.le && t.charCodeAt(q) === SP) q++;
      if (t.charCodeAt(q) === COLON) throw GIVE_UP; // quoted key
      return -1;
    }
    for (let q = p; q < this.le; q++) {
      const ch = t.charCodeAt(q);
      if (ch === COLON) {
        const next = q + 1 === this.le ? SP : t.charCodeAt(q + 1);
        if (next === SP) {
          if (q === p || t.charCodeAt(q - 1) === SP || q - p > 1000) throw GIVE_UP;
          return q;
        }
      } else if (ch === HASH && q > p && t.charCodeAt(q - 1) === SP) return -1;
    }
    return -1;
  }

  /** Block mapping whose first key starts at `p` (column `col`). */
  private map(p: number, col: number, depth: number): LNode {
    if (depth > this.maxDepth) throw GIVE_UP;
    const t = this.text;
    const entries = new Map<string, { key: number; value: LNode }>();
    const node: LNode = { kind: "map", at: this.at(p), entries };
    for (;;) {
      const colon = this.keyEnd(p);
      if (colon < 0) throw GIVE_UP;
      const raw = t.slice(p, colon);
      if (!plainStart(raw, false) || raw === "<<") throw GIVE_UP;
      const key = this.check(String(resolvePlain(raw)), p, true);
      if (entries.has(key)) throw GIVE_UP;
      let v = colon + 1;
      while (v < this.le && t.charCodeAt(v) === SP) v++;
      let value: LNode;
      if (v === this.le || t.charCodeAt(v) === HASH) {
        // Nothing on the line: the value is on the next lines, or empty (null, placed after `: `).
        this.line(this.le + 1);
        if (this.ind > col) value = this.block(this.ls, this.ind, depth + 1);
        else if (this.ind === col && this.isSeqEntry(this.ls)) value = this.seq(this.ls, col, depth + 1);
        else value = { kind: "scalar", at: this.at(v), value: null };
      } else {
        value = this.inline(v, depth + 1);
        this.line(this.le + 1);
        if (this.ind > col) throw GIVE_UP; // a continuation line
      }
      entries.set(key, { key: p, value });
      if (this.eof || this.ind < col) return node;
      if (this.ind > col || this.isSeqEntry(this.ls)) throw GIVE_UP;
      p = this.ls;
    }
  }

  /** Block list whose first `-` is at `p` (column `col`). */
  private seq(p: number, col: number, depth: number): LNode {
    if (depth > this.maxDepth) throw GIVE_UP;
    const t = this.text;
    const items: LNode[] = [];
    const node: LNode = { kind: "seq", at: this.at(p), items };
    for (;;) {
      let v = p + 1;
      while (v < this.le && t.charCodeAt(v) === SP) v++;
      if (v === this.le || t.charCodeAt(v) === HASH) {
        this.line(this.le + 1);
        if (this.ind > col) items.push(this.block(this.ls, this.ind, depth + 1));
        else items.push({ kind: "scalar", at: this.at(v), value: null });
      } else if (this.isSeqEntry(v) || this.keyEnd(v) >= 0) {
        // `- key: value` or `- - item`: a collection whose column is that of its first entry.
        items.push(this.block(v, v - (this.ls - this.ind), depth + 1));
      } else {
        items.push(this.inline(v, depth + 1));
        this.line(this.le + 1);
        if (this.ind > col) throw GIVE_UP;
      }
      if (this.eof || this.ind < col) return node;
      if (this.ind > col) throw GIVE_UP;
      if (!this.isSeqEntry(this.ls)) return node; // the next key of a mapping at this column
      p = this.ls;
    }
  }

  /** A collection starting at `p`, column `col`, on the current line. */
  private block(p: number, col: number, depth: number): LNode {
    if (this.isSeqEntry(p)) return this.seq(p, col, depth);
    if (this.keyEnd(p) >= 0) return this.map(p, col, depth);
    // A value alone on its line below its key (`key:\n  value`): rare, the library's job.
    throw GIVE_UP;
  }

  /** A value that ends on this line: quoted, `[…]` or plain, then blanks and maybe a comment. */
  private inline(p: number, depth: number): LNode {
    const t = this.text;
    const c = t.charCodeAt(p);
    let node: LNode;
    let end: number;
    if (c === DQ || c === SQ) {
      end = this.quotedEnd(p);
      if (end < 0) throw GIVE_UP;
      node = { kind: "scalar", at: this.at(p), value: this.quoted(p, end) };
    } else if (c === LBRACKET) {
      if (depth > this.maxDepth) throw GIVE_UP;
      end = this.flowSeq(p);
      node = this.flowItems(p, end);
    } else {
      end = this.le;
      for (let q = p; q < this.le; q++) {
        const ch = t.charCodeAt(q);
        if (ch === HASH && t.charCodeAt(q - 1) === SP) {
          end = q;
          break;
        }
        if (ch === COLON && (q + 1 === this.le || t.charCodeAt(q + 1) === SP)) throw GIVE_UP;
      }
      while (t.charCodeAt(end - 1) === SP) end--;
      const raw = t.slice(p, end);
      if (!plainStart(raw, false)) throw GIVE_UP;
      const value = resolvePlain(raw);
      node = {
        kind: "scalar",
        at: this.at(p),
        value: typeof value === "string" ? this.check(value, p, true) : value,
      };
      return node;
    }
    let q = end;
    while (q < this.le && t.charCodeAt(q) === SP) q++;
    if (q < this.le && !(t.charCodeAt(q) === HASH && q > end)) throw GIVE_UP;
    return node;
  }

  /** Offset just after the closing quote of the one-line quoted scalar at `p`, or -1. */
  private quotedEnd(p: number): number {
    const t = this.text;
    const quote = t.charCodeAt(p);
    for (let q = p + 1; q < this.le; q++) {
      const ch = t.charCodeAt(q);
      if (quote === DQ && ch === 92) q++;
      else if (ch === quote) {
        if (quote === SQ && t.charCodeAt(q + 1) === SQ) q++;
        else return q + 1;
      }
    }
    return -1;
  }

  /** The checked value of the quoted scalar `text[p, end)`; gives up on escapes it does not know. */
  private quoted(p: number, end: number): string {
    const inner = this.text.slice(p + 1, end - 1);
    if (this.text.charCodeAt(p) === SQ)
      return this.check(inner.includes("'") ? inner.replace(/''/g, "'") : inner, p, true);
    if (!inner.includes("\\")) return this.check(inner, p, true);
    const value = inner.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_, e: string) => {
      if (e.length === 5) return String.fromCodePoint(parseInt(e.slice(1), 16));
      const simple = ESCAPES[e];
      if (simple === undefined) throw GIVE_UP;
      return simple;
    });
    return this.check(value, p, false);
  }

  /** Offset just after the `]` of the one-line flow list at `p`. */
  private flowSeq(p: number): number {
    const close = this.text.indexOf("]", p);
    if (close < 0 || close >= this.le) throw GIVE_UP;
    return close + 1;
  }

  /** `[a, "b", c]` of scalars only; nested collections, `{`, `:` and odd commas are given up. */
  private flowItems(p: number, end: number): LNode {
    const t = this.text;
    const items: LNode[] = [];
    let q = p + 1;
    const skip = () => {
      while (q < end && t.charCodeAt(q) === SP) q++;
    };
    skip();
    if (t.charCodeAt(q) === RBRACKET) return { kind: "seq", at: this.at(p), items };
    for (;;) {
      skip();
      const c = t.charCodeAt(q);
      let itemEnd: number;
      if (c === DQ || c === SQ) {
        itemEnd = this.quotedEnd(q);
        if (itemEnd < 0 || itemEnd > end) throw GIVE_UP;
        items.push({ kind: "scalar", at: this.at(q), value: this.quoted(q, itemEnd) });
      } else {
        itemEnd = q;
        while (itemEnd < end - 1 && t.charCodeAt(itemEnd) !== COMMA) itemEnd++;
        let last = itemEnd;
        while (t.charCodeAt(last - 1) === SP) last--;
        const raw = t.slice(q, last);
        if (!plainStart(raw, true)) throw GIVE_UP;
        const value = resolvePlain(raw);
        items.push({
          kind: "scalar",
          at: this.at(q),
          value: typeof value === "string" ? this.check(value, q, true) : value,
        });
      }
      q = itemEnd;
      skip();
      const sep = t.charCodeAt(q);
      if (sep === RBRACKET && q === end - 1) return { kind: "seq", at: this.at(p), items };
      if (sep !== COMMA) throw GIVE_UP;
      q++;
      skip();
      if (t.charCodeAt(q) === RBRACKET) throw GIVE_UP; // trailing comma
    }
  }
}

const ESCAPES: Record<string, string> = { "\\": "\\", '"': '"', "/": "/", n: "\n", t: "\t" };

/** Characters that cannot start a plain scalar (YAML indicators), by char code. */
const INDICATOR = new Uint8Array(128);
for (const ch of "?:,[]{}#&*!|>'\"%@`") INDICATOR[ch.charCodeAt(0)] = 1;
const FLOW_UNSAFE = /[[\]{},:"'#]/;

/**
 * A plain scalar the reader can take as is: not empty, no indicator first (except `-` before a
 * non-blank); in a flow list, none of `[]{},:#` nor quotes. (The scans that cut `raw` already
 * stopped at `: ` and ` #`.)
 */
function plainStart(raw: string, flow: boolean): boolean {
  if (raw.length === 0) return false;
  const c = raw.charCodeAt(0);
  if (c < 128 && INDICATOR[c] === 1) return false;
  if (c === DASH && (raw.length === 1 || raw.charCodeAt(1) === SP)) return false;
  return !(flow && FLOW_UNSAFE.test(raw));
}
