/**
 * Exact advance widths of Arial — and of Liberation Sans, metric-compatible, which LibreOffice
 * uses in its place — in font units (2,048 per em), for the page estimate's line breaking. The
 * 1/1000-em table of column-fit.ts rounds each glyph; over a line that rounding decides whether
 * the last word fits, and so how many lines a table cell takes.
 */
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

/** Advance of one character, in em. */
export function advanceEm(ch: string, bold: boolean): number {
  const code = ch.codePointAt(0)!;
  if (code >= 32 && code <= 126) return (bold ? BOLD : REGULAR)[code - 32] / UNITS_PER_EM;
  const other = (bold ? BOLD_OTHER[ch] : undefined) ?? (bold && /[ìíîï]/.test(ch) ? undefined : OTHER[ch]);
  if (other !== undefined) return other / UNITS_PER_EM;
  // Other accented letters: the advance of their base letter.
  const base = ch.normalize("NFD")[0];
  if (base !== ch && base.codePointAt(0)! < 127) return advanceEm(base, bold);
  return FALLBACK / UNITS_PER_EM;
}
