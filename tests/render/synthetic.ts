/**
 * A synthetic document for the layout tests: every block type at varied lengths, from a seeded
 * generator (deterministic), with unique numbered headings so each can be found in a PDF.
 */
import type { Block, Document, Inline } from "../../src/doc/model.js";
import { fixtureDocument } from "./fixture.js";

const WORDS = (
  "le la les un une des du de ressource activité reprise continuité sauvegarde restauration serveur " +
  "réseau bâtiment électricité hôpital urgences laboratoire pharmacie stérilisation procédure dégradée " +
  "cellule crise directeur astreinte prestataire contrat fournisseur échéance délai priorité niveau " +
  "application infrastructure messagerie téléphonie imprimante annuaire virtualisation hyperviseur " +
  "anticonstitutionnellement interopérabilité télétravailleurs Dr Le Gall Kerbrat ARS CNIL DPI GAM " +
  "4\u00a0h 1\u00a0j 30\u00a0min 72\u00a0heures 15\u00a0mars 2026 «\u00a0rançongiciel\u00a0» l’équipe d’information " +
  "et ou puis avec sans pour par sur dans après avant — → dpi@kerbrat.fr 02\u00a098\u00a000\u00a000\u00a000"
).split(" ");
// Punctuation as French typography writes it: glued to the word, or after a no-break space.
const PUNCT = [",", ".", "\u00a0:", "\u202f;", "\u202f?", "\u202f!"];

export function synthetic(seed: number, sections = 12): Document {
  let state = seed >>> 0 || 1;
  const rand = (): number => {
    // xorshift32: deterministic, no dependency.
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 2 ** 32;
  };
  const int = (lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));
  const words = (lo: number, hi: number): string =>
    Array.from(
      { length: int(lo, hi) },
      () => WORDS[int(0, WORDS.length - 1)] + (rand() < 0.12 ? PUNCT[int(0, PUNCT.length - 1)] : ""),
    ).join(" ");
  const inlines = (lo: number, hi: number): Inline[] => {
    const out: Inline[] = [];
    const n = int(1, 3);
    for (let i = 0; i < n; i++) {
      const r = rand();
      out.push({
        type: "text",
        text: words(lo, hi) + " ",
        ...(r < 0.15 ? { bold: true } : r < 0.25 ? { italic: true } : {}),
      });
      if (rand() < 0.05) out.push({ type: "break" });
    }
    return out;
  };
  const table = (): Block => {
    const cols = int(2, 6);
    const keyValue = cols === 2 && rand() < 0.4;
    const minHeight = rand() < 0.1 ? int(14, 30) : undefined;
    return {
      type: "table",
      ...(keyValue
        ? { keyValue: true }
        : {
            header: Array.from({ length: cols }, () => ({
              inlines: [{ type: "text" as const, text: words(1, 2) }],
            })),
          }),
      widths: Array.from({ length: cols }, () => int(1, 4)),
      rows: Array.from({ length: int(1, 14) }, () => ({
        cells: Array.from({ length: cols }, () => ({ inlines: minHeight ? [] : inlines(1, 9) })),
        ...(rand() < 0.1 ? { bold: true } : {}),
        ...(minHeight ? { minHeight } : {}),
      })),
    };
  };
  const body: Block[] = [{ type: "toc", title: "Sommaire", maxLevel: 2 }];
  for (let s = 1; s <= sections; s++) {
    if (rand() < 0.1) body.push({ type: "pagebreak", odd: rand() < 0.5 });
    body.push({ type: "heading", level: 1, text: `${s} Chapitre ${words(1, 6)}`, toc: true });
    for (let sub = 1; sub <= int(1, 5); sub++) {
      body.push({
        type: "heading",
        level: 2,
        text: `${s}.${sub} Section ${words(1, 10)}`,
        toc: rand() < 0.9,
      });
      for (let b = 0; b < int(1, 6); b++) {
        const r = rand();
        if (r < 0.35) body.push({ type: "paragraph", inlines: inlines(3, 40) });
        else if (r < 0.5)
          body.push({
            type: "list",
            ordered: rand() < 0.5,
            items: Array.from({ length: int(1, 6) }, () => inlines(2, 25)),
          });
        else if (r < 0.72) body.push(table());
        else if (r < 0.8)
          body.push({ type: "paragraph", style: "label", inlines: [{ type: "text", text: words(1, 4) }] });
        else if (r < 0.85) body.push({ type: "paragraph", style: "small", inlines: inlines(5, 30) });
        else if (r < 0.9)
          body.push({
            type: "callout",
            blocks: [
              { type: "paragraph", inlines: inlines(5, 30) },
              { type: "list", ordered: false, items: [inlines(2, 10), inlines(2, 10)] },
            ],
          });
        else if (r < 0.95)
          body.push({
            type: "heading",
            level: 3,
            text: `${s}.${sub}.${b + 1} Point ${words(1, 5)}`,
            toc: false,
          });
        else body.push({ type: "pagebreak" });
      }
    }
  }
  const cover: Block[] = [
    { type: "paragraph", style: "banner", inlines: [{ type: "text", text: "Diffusion restreinte" }] },
    { type: "title", text: "Plan de reprise d’activité" },
    { type: "paragraph", style: "subtitle", inlines: [{ type: "text", text: words(3, 12) }] },
    table(),
  ];
  return { ...fixtureDocument(), cover, body };
}
