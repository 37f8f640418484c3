/**
 * Exact advance widths of Arial — and of Liberation Sans, metric-compatible, which LibreOffice
 * uses in its place — in font units (2,048 per em): the one width table of the DOCX, for the page
 * estimate's line breaking (text-measure.ts) and the column fitting (column-fit.ts). Exact units,
 * not 1/1000 em: over a line, rounding each glyph decides whether the last word fits.
 */
import type { FontMetrics } from "../text/line-break.js";
import { LIBERATION_BOLD, LIBERATION_RUNS } from "./liberation-metrics.js";

const UNITS_PER_EM = 2048;

// ASCII 32..126, regular (italic has the same advances) and bold (bold italic likewise).
const REGULAR = [
  569, 569, 727, 1139, 1139, 1821, 1366, 391, 682, 682, 797, 1196, 569, 682, 569, 569, 1139, 1139, 1139, 1139,
  1139, 1139, 1139, 1139, 1139, 1139, 569, 569, 1196, 1196, 1196, 1139, 2079, 1366, 1366, 1479, 1479, 1366,
  1251, 1593, 1479, 569, 1024, 1366, 1139, 1706, 1479, 1593, 1366, 1593, 1479, 1366, 1251, 1479, 1366, 1933,
  1366, 1366, 1251, 569, 569, 569, 961, 1139, 682, 1139, 1139, 1024, 1139, 1139, 569, 1139, 1139, 455, 455,
  1024, 455, 1706, 1139, 1139, 1139, 1139, 682, 1024, 569, 1139, 1024, 1479, 1024, 1024, 1024, 684, 532, 684,
  1196,
];
const BOLD = [
  569, 682, 971, 1139, 1139, 1821, 1479, 487, 682, 682, 797, 1196, 569, 682, 569, 569, 1139, 1139, 1139, 1139,
  1139, 1139, 1139, 1139, 1139, 1139, 682, 682, 1196, 1196, 1196, 1251, 1997, 1479, 1479, 1479, 1479, 1366,
  1251, 1593, 1479, 569, 1139, 1479, 1251, 1706, 1479, 1593, 1366, 1593, 1479, 1366, 1251, 1479, 1366, 1933,
  1366, 1366, 1251, 682, 569, 682, 1196, 1139, 682, 1139, 1251, 1139, 1251, 1139, 682, 1251, 1251, 569, 569,
  1139, 569, 1821, 1251, 1251, 1251, 1251, 797, 1139, 682, 1251, 1139, 1593, 1139, 1139, 1024, 797, 573, 797,
  1196,
];
// Other characters of French documents, the same in both weights unless listed in BOLD_OTHER.
const OTHER: Record<string, number> = {
  "\u00a0": 569,
  "\u202f": 410,
  "\u2019": 455,
  "\u2018": 455,
  "\u201c": 682,
  "\u201d": 682,
  "«": 1139,
  "»": 1139,
  "–": 1139,
  "—": 2048,
  "\u2212": 1196,
  "→": 2048,
  "←": 2048,
  "≤": 1124,
  "≥": 1124,
  "·": 682,
  "…": 2048,
  œ: 1933,
  Œ: 2048,
  æ: 1821,
  Æ: 2048,
  "°": 819,
  "€": 1139,
  "×": 1196,
  "÷": 1124,
  "±": 1124,
  "§": 1139,
  "©": 1509,
  "®": 1509,
  "™": 2048,
  "‰": 2048,
  "•": 717,
  // Accented letters wider than their base letter (regular i: 455).
  ì: 569,
  í: 569,
  î: 569,
  ï: 569,
};
const BOLD_OTHER: Record<string, number> = { "\u2019": 569, "\u2018": 569, "\u201c": 1024, "\u201d": 1024 };
/** Symbols the font lacks (☐) are drawn from a fallback font: about a square. */
const FALLBACK = 1843;

/** Liberation Sans's advances beyond ASCII (liberation-metrics.ts), by code point. */
let liberation: [Map<number, number>, Map<number, number>] | undefined;
function liberationAdvance(code: number, bold: boolean): number | undefined {
  if (!liberation) {
    const regular = new Map<number, number>();
    for (const [first, advances] of LIBERATION_RUNS) advances.forEach((a, i) => regular.set(first + i, a));
    liberation = [regular, new Map([...regular, ...LIBERATION_BOLD])];
  }
  return liberation[bold ? 1 : 0].get(code);
}

/** Advance of one character from the tables above, in em. */
function lookUp(ch: string, bold: boolean): number {
  const code = ch.codePointAt(0)!;
  if (code >= 32 && code <= 126) return (bold ? BOLD : REGULAR)[code - 32] / UNITS_PER_EM;
  const other = (bold ? BOLD_OTHER[ch] : undefined) ?? (bold && /[ìíîï]/.test(ch) ? undefined : OTHER[ch]);
  if (other !== undefined) return other / UNITS_PER_EM;
  // What Liberation Sans draws (LibreOffice's Arial): its own advance (a `ᵉ` is 0.37 em, not a
  // fallback font's square; docs/templates.md « Rendu DOCX »).
  const liberation = liberationAdvance(code, bold);
  if (liberation !== undefined) return liberation / UNITS_PER_EM;
  // Other accented letters: the advance of their base letter.
  const base = ch.normalize("NFD")[0];
  if (base !== ch && base.codePointAt(0)! < 127) return lookUp(base, bold);
  return FALLBACK / UNITS_PER_EM;
}

/**
 * Advances of the BMP, per weight, looked up once each (-1: not yet): measuring is the hot loop of
 * the page estimate and the column fitting, and an accented letter's lookup normalises it.
 */
const known = [new Float64Array(0x10000).fill(-1), new Float64Array(0x10000).fill(-1)];

/** Advance of the character of code point `code`, in em. */
export function advanceOfCode(code: number, bold: boolean): number {
  if (code >= 0x10000) return lookUp(String.fromCodePoint(code), bold);
  const table = known[bold ? 1 : 0];
  const a = table[code];
  return a >= 0 ? a : (table[code] = lookUp(String.fromCharCode(code), bold));
}

/** Advance of one character, in em. */
export function advanceEm(ch: string, bold: boolean): number {
  return advanceOfCode(ch.codePointAt(0)!, bold);
}

/** Arial's metrics for the shared line breaker and column fitting; italic has the same advances. */
/**
 * Single line height of Arial / Liberation Sans in em: (ascent + descent + line gap) / units per
 * em = (1,854 + 434 + 67) / 2,048. The one value for paragraphs, table rows and captions.
 */
export const LINE_HEIGHT_EM = 1.15;

export const arialMetrics: FontMetrics = {
  advanceOfCode: (code, bold) => advanceOfCode(code, bold),
  bmpAdvances: (bold) => known[bold ? 1 : 0],
};
