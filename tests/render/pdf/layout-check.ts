/**
 * Test helper: what must hold on every positioned page of the PDF layout, before painting —
 * every text box inside the printable area (running header and footer inside the page, outside
 * the area), no two text boxes overlapping. Returns the problems found, in French-free short
 * lines for assertion messages.
 */
import type { LaidOutDocument, TextRun } from "../../../src/render/pdf/index.js";

const EPS = 0.01;

function overlaps(a: TextRun, b: TextRun): boolean {
  return (
    a.x < b.x + b.width - EPS &&
    b.x < a.x + a.width - EPS &&
    a.y < b.y + b.height - EPS &&
    b.y < a.y + a.height - EPS
  );
}

export function layoutProblems(laid: LaidOutDocument): string[] {
  const problems: string[] = [];
  laid.pages.forEach((page, index) => {
    const n = index + 1;
    const { x, y, width, height } = page.area;
    for (const r of page.runs) {
      if (
        r.x < x - EPS ||
        r.x + r.width > x + width + EPS ||
        r.y < y - EPS ||
        r.y + r.height > y + height + EPS
      )
        problems.push(
          `page ${n}: « ${r.text} » hors de la zone imprimable (${r.x}, ${r.y}, ${r.width}, ${r.height})`,
        );
    }
    for (const r of page.running) {
      if (r.x < 0 || r.x + r.width > page.width || r.y < 0 || r.y + r.height > page.height)
        problems.push(`page ${n}: en-tête ou pied « ${r.text} » hors de la page`);
      if (r.y + r.height > y + EPS && r.y < y + height - EPS)
        problems.push(`page ${n}: en-tête ou pied « ${r.text} » dans la zone du texte`);
    }
    const runs = [...page.runs, ...page.running].sort((a, b) => a.y - b.y);
    for (let i = 0; i < runs.length; i++) {
      for (let j = i + 1; j < runs.length && runs[j].y < runs[i].y + runs[i].height; j++) {
        if (overlaps(runs[i], runs[j]))
          problems.push(`page ${n}: « ${runs[i].text} » chevauche « ${runs[j].text} »`);
      }
    }
  });
  return problems;
}

/** The text of a page's body runs, line by line (runs sharing a baseline joined). */
export function pageLines(laid: LaidOutDocument, index: number): string[] {
  const runs = [...laid.pages[index].runs].sort((a, b) => a.baseline - b.baseline || a.x - b.x);
  const lines: string[] = [];
  let last = Number.NaN;
  for (const r of runs) {
    if (lines.length === 0 || Math.abs(r.baseline - last) > 0.01) lines.push(r.text);
    else lines[lines.length - 1] += r.text;
    last = r.baseline;
  }
  return lines;
}
