/**
 * Heading numbers (docs/documents.md §1.1, docs/templates.md « Titres et numéros »). Templates say
 * the structure — each heading's level and place — and views give titles; this step, run once
 * after parsing, is the only owner of the numbers, so a template that moves a chapter renumbers
 * itself:
 * - `## Titre` is numbered densely by level (`4`, `4.5`, `4.5.2`) under the numbered heading of the
 *   level above it, which must exist;
 * - `# Titre {annex}` is a lettered annex, `Annexe A – Titre`, in its own sequence;
 * - `# Titre {-}` keeps its text, unnumbered;
 * - `{item}` marks one heading per item of a list: they are listed in the Sommaire only when their
 *   parent has at most 60 of them.
 */
import type { Heading } from "./model.js";
import { BlockSyntaxError, type Position } from "./source.js";

/** Most per-item headings under one parent that the Sommaire lists (docs/documents.md §1.1). */
export const TOC_ITEM_LIMIT = 60;

export type Numbering = "number" | "annex" | "none";

/** A parsed heading whose text is still its bare title, with what the template asked for it. */
export interface HeadingSource {
  heading: Heading;
  numbering: Numbering;
  item: boolean;
  position: Position;
}

/** `A`…`Z`, then `AA`, `AB`… (bijective base 26). */
export function annexLetter(n: number): string {
  let out = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) out = String.fromCharCode(65 + ((k - 1) % 26)) + out;
  return out;
}

function fail(h: HeadingSource, detail: string): never {
  throw new BlockSyntaxError(h.position.file, h.position.line, detail);
}

/** Writes the number into each heading's text, in document order; may turn `toc` off for items. */
export function numberHeadings(headings: readonly HeadingSource[]): void {
  // Per level: the label of the current heading (null when unnumbered), its counter, its index.
  const labels: (string | null)[] = [null, null, null];
  const counters = [0, 0, 0];
  const current = [-1, -1, -1];
  let annexes = 0;
  const items = new Map<number, HeadingSource[]>();
  headings.forEach((h, index) => {
    const level = h.heading.level;
    const title = h.heading.text;
    let label: string | null = null;
    if (h.numbering === "annex") {
      if (level !== 1) fail(h, "une annexe («\u00a0{annex}\u00a0») est un titre de niveau 1");
      label = annexLetter(++annexes);
      h.heading.text = `Annexe ${label} \u2013 ${title}`;
    } else if (h.numbering === "number") {
      const parent = level === 1 ? "" : labels[level - 2];
      if (parent === null) {
        fail(
          h,
          `titre numéroté de niveau ${level} sans titre numéroté de niveau ${level - 1} au-dessus ` +
            `(«\u00a0{-}\u00a0» après le texte d’un titre le laisse sans numéro)`,
        );
      }
      label = `${level === 1 ? "" : `${parent}.`}${++counters[level - 1]}`;
      h.heading.text = `${label} ${title}`;
    }
    labels[level - 1] = label;
    current[level - 1] = index;
    for (let deeper = level; deeper < 3; deeper++) {
      labels[deeper] = null;
      counters[deeper] = 0;
      current[deeper] = -1;
    }
    if (h.item) {
      // Siblings share their parent: the current heading one level up (or the document).
      const parent = level === 1 ? -1 : current[level - 2];
      const key = (parent + 1) * 4 + level;
      const group = items.get(key);
      if (group) group.push(h);
      else items.set(key, [h]);
    }
  });
  for (const group of items.values()) {
    if (group.length > TOC_ITEM_LIMIT) for (const h of group) h.heading.toc = false;
  }
}
