/**
 * Inline part of the block language (docs/templates.md): `**bold**`, `_italic_`, backslash escapes
 * (`\x` is a literal `x`, `\n` a line break). It undoes exactly what `escapeBlockText` does, so an
 * escaped plan value always comes back as literal text.
 */
import type { Inline } from "./model.js";

type Token = { kind: "char"; text: string } | { kind: "break" } | { kind: "bold" } | { kind: "italic" };

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      if (i + 1 >= source.length) {
        // A lone trailing backslash has nothing to escape: it is printed as is.
        tokens.push({ kind: "char", text: "\\" });
        continue;
      }
      // Escape a whole code point so an escaped astral character is not split.
      const cp = source.codePointAt(i + 1)!;
      const next = String.fromCodePoint(cp);
      i += next.length;
      tokens.push(next === "n" ? { kind: "break" } : { kind: "char", text: next });
    } else if (c === "*" && source[i + 1] === "*") {
      tokens.push({ kind: "bold" });
      i++;
    } else if (c === "_") {
      tokens.push({ kind: "italic" });
    } else {
      tokens.push({ kind: "char", text: c });
    }
  }
  // An unpaired marker (odd count) is literal text, as in Markdown: the last one stays as typed.
  for (const kind of ["bold", "italic"] as const) {
    const positions = tokens.flatMap((t, i) => (t.kind === kind ? [i] : []));
    if (positions.length % 2 === 1) {
      tokens[positions[positions.length - 1]] = { kind: "char", text: kind === "bold" ? "**" : "_" };
    }
  }
  return tokens;
}

/** Parses one line (or cell, or list item) of inline text into merged inlines. */
export function parseInlines(source: string): Inline[] {
  const out: Inline[] = [];
  let bold = false;
  let italic = false;
  for (const token of tokenize(source)) {
    if (token.kind === "bold") bold = !bold;
    else if (token.kind === "italic") italic = !italic;
    else if (token.kind === "break") out.push({ type: "break" });
    else pushText(out, token.text, bold, italic);
  }
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
  return inlines.map((i) => (i.type === "break" ? breakAs : i.text)).join("");
}
