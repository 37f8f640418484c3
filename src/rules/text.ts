/** French wording shared by the rules: quoting, kind names, positions, durations. */
import type { Position } from "../plan/source-map.js";

export { NBSP, NNBSP } from "../text/french.js";

export type IdKind = "contact" | "site" | "service" | "resource" | "procedure" | "scenario";

/** A plan string between guillemets, with the non-breaking spaces French typography wants. */
export { quote as q } from "../text/french.js";

/** Kind names as the documents call them (a service is an « activité »). */
const kindNames: Record<IdKind, { noun: string; article: string; gender: "m" | "f" }> = {
  contact: { noun: "contact", article: "un", gender: "m" },
  site: { noun: "site", article: "un", gender: "m" },
  service: { noun: "activité", article: "une", gender: "f" },
  resource: { noun: "ressource", article: "une", gender: "f" },
  procedure: { noun: "procédure", article: "une", gender: "f" },
  scenario: { noun: "scénario", article: "un", gender: "m" },
};

/** « une ressource », « un contact ». */
export function withArticle(kind: IdKind): string {
  const k = kindNames[kind];
  return `${k.article} ${k.noun}`;
}

/** « d’une ressource », « d’un contact ». */
export function ofKind(kind: IdKind): string {
  return `d’${withArticle(kind)}`;
}

/** « aucune ressource », « aucun contact ». */
export function noneOf(kind: IdKind): string {
  const k = kindNames[kind];
  return `${k.gender === "f" ? "aucune" : "aucun"} ${k.noun}`;
}

/** Joins alternatives: « a », « a ou b », « a, b ou c ». */
export function orList(parts: string[]): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} ou ${parts[parts.length - 1]}`;
}

/** Joins items: « a », « a et b », « a, b et c ». */
export function andList(parts: string[]): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} et ${parts[parts.length - 1]}`;
}

/** `file:line:column`, as editors and terminals link it. */
export function where(pos: Position): string {
  return `${pos.file}:${pos.line}:${pos.column}`;
}
