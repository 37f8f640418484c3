/**
 * Inline part of the block language (docs/templates.md): `**bold**`, `_italic_`, backslash escapes
 * (`\x` is a literal `x`, `\n` a line break). It undoes exactly what `escapeBlockText` does, so an
 * escaped plan value always comes back as literal text.
 *
 * Two linear passes over the string, no token objects: a large PRA parses hundreds of thousands
 * of cells, and escaped plan text is mostly backslashes (escape.ts escapes every punctuation mark),
 * so plain runs are copied as slices, never character by character.
 */
import type { Inline } from "./model.js";

const BACKSLASH = 92;
const STAR = 42;
const UNDERSCORE = 95;
const LETTER_N = 110;
const MARKUP = /[\\*_]/;
const STYLE = /[*_]/;
const ESCAPED = /\\([^])/g;

/** Length in code units of the code point at `i` (an escape takes a whole code point). */
function codePointLength(source: string, i: number): number {
  return source.codePointAt(i)! > 0xffff ? 2 : 1;
}

/**
 * A copy of `s` that does not keep its parent alive. V8 cuts a substring of 13 characters or more
 * as a view into the string it comes from: an inline cut from the block text would keep the whole
 * text (15 MB for a CHU PRA, two bytes a character) alive as long as the model, and as long as
 * any renderer cache keyed by that inline's text. Flattening a concatenation makes a fresh string;
 * the slice of it keeps only that copy. Shorter substrings are copies already.
 */
function detach(s: string): string {
  return s.length < 13 ? s : (s + " ").slice(0, -1);
}

/** Parses one line (or cell, or list item) of inline text into merged inlines. */
export function parseInlines(source: string): Inline[] {
  if (!MARKUP.test(source)) return source === "" ? [] : [{ type: "text", text: detach(source) }];
  if (!STYLE.test(source) && source.indexOf("\\n") === -1) {
    // Escapes only, no `\n` (the usual escaped plan value: `Neurologie\, Psychiatrie\, …`, 400
    // names in a CHU resource sheet): each `\x` is `x`, in one native pass and one flat string.
    // A lone trailing backslash matches nothing and stays, as below.
    const text = source.replace(ESCAPED, "$1");
    return text === "" ? [] : [{ type: "text", text: text === source ? detach(text) : text }];
  }
  const n = source.length;
  // Pass 1: an unpaired marker (odd count) is literal text, as in Markdown: the last one stays as
  // typed. Find where the last marker of each kind is, and whether its count is odd.
  let bolds = 0;
  let lastBold = -1;
  let italics = 0;
  let lastItalic = -1;
  for (let i = 0; i < n; i++) {
    const c = source.charCodeAt(i);
    if (c === BACKSLASH) {
      if (i + 1 < n) i += codePointLength(source, i + 1);
    } else if (c === STAR && source.charCodeAt(i + 1) === STAR) {
      bolds++;
      lastBold = i++;
    } else if (c === UNDERSCORE) {
      italics++;
      lastItalic = i;
    }
  }
  const literalBold = bolds % 2 === 1 ? lastBold : -1;
  const literalItalic = italics % 2 === 1 ? lastItalic : -1;

  // Pass 2: text between markers is collected as slices into `text`, written out on a style change.
  const out: Inline[] = [];
  let bold = false;
  let italic = false;
  let text = "";
  let start = 0;
  const flush = (): void => {
    pushText(out, text, bold, italic);
    text = "";
  };
  for (let i = 0; i < n; i++) {
    const c = source.charCodeAt(i);
    if (c === BACKSLASH) {
      text += source.slice(start, i);
      if (i + 1 >= n) {
        // A lone trailing backslash has nothing to escape: it is printed as is.
        text += "\\";
      } else {
        const length = codePointLength(source, i + 1);
        if (length === 1 && source.charCodeAt(i + 1) === LETTER_N) {
          flush();
          out.push({ type: "break" });
        } else {
          text += source.slice(i + 1, i + 1 + length);
        }
        i += length;
      }
      start = i + 1;
    } else if (c === STAR && source.charCodeAt(i + 1) === STAR) {
      text += source.slice(start, i);
      if (i === literalBold) text += "**";
      else {
        flush();
        bold = !bold;
      }
      i++;
      start = i + 1;
    } else if (c === UNDERSCORE) {
      text += source.slice(start, i);
      if (i === literalItalic) text += "_";
      else {
        flush();
        italic = !italic;
      }
      start = i + 1;
    }
  }
  text += source.slice(start);
  flush();
  for (const inline of out) if (inline.type === "text") inline.text = detach(inline.text);
  return out;
}

/** Appends text, merging with the previous inline when it has the same style. */
export function pushText(out: Inline[], text: string, bold: boolean, italic: boolean): void {
  if (text === "") return;
  const last = out[out.length - 1];
  if (last && last.type === "text" && !!last.bold === bold && !!last.italic === italic) {
    last.text += text;
    return;
  }
  const inline: Inline = { type: "text", text };
  if (bold) inline.bold = true;
  if (italic) inline.italic = true;
  out.push(inline);
}

/** Plain text of inlines (breaks as `\n`): headings and titles carry text only. */
export function inlinesText(inlines: Inline[], breakAs = "\n"): string {
  let out = "";
  for (const i of inlines) out += i.type === "break" ? breakAs : i.text;
  return out;
}
