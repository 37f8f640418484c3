/**
 * French wording shared by the schema messages: how to name a place in the plan (« dans le
 * service `urgences` »), a value's type, an example, and the closest known key.
 */
import { parsePointer } from "../plan/source-map.js";

export { NBSP, NNBSP } from "../text/french.js";
import { NBSP } from "../text/french.js";

/** Top-level lists whose items are entities, with the French article forms. */
const entities: Record<string, { in: string; of: string }> = {
  contacts: { in: "le contact", of: "du contact" },
  services: { in: "le service", of: "du service" },
  resources: { in: "la ressource", of: "de la ressource" },
  procedures: { in: "la procédure", of: "de la procédure" },
  scenarios: { in: "le scénario", of: "du scénario" },
  exercises: { in: "l’exercice", of: "de l’exercice" },
  sites: { in: "le site", of: "du site" },
};

const idRe = /^[a-z0-9][a-z0-9_.-]{0,63}$/;
const isIndex = (s: string): boolean => /^\d+$/.test(s);

function childOf(value: unknown, seg: string): unknown {
  if (Array.isArray(value)) return isIndex(seg) ? value[Number(seg)] : undefined;
  if (value && typeof value === "object") return (value as Record<string, unknown>)[seg];
  return undefined;
}

export function valueAt(data: unknown, ptr: string): unknown {
  let v = data;
  for (const seg of parsePointer(ptr)) v = childOf(v, seg);
  return v;
}

/** `backup.frequency`, `crisis.cell[2]` (list positions counted from 1 for humans). */
function dotted(segs: string[]): string {
  let out = "";
  for (const s of segs) out += isIndex(s) ? `[${Number(s) + 1}]` : (out ? "." : "") + s;
  return out;
}

/** Name of a node for a sentence: « `rto` », or « l’élément n° 3 de `steps` ». */
export function subject(ptr: string): string {
  const segs = parsePointer(ptr);
  const last = segs[segs.length - 1];
  if (last === undefined) return "le plan";
  if (isIndex(last)) {
    const list = segs[segs.length - 2];
    return `l’élément n°${NBSP}${Number(last) + 1}` + (list === undefined ? "" : ` de \`${list}\``);
  }
  return `\`${last}\``;
}

/** Where a node sits, for a sentence about it: list items are placed by their list's parent. */
export function placeOf(ptr: string, data: unknown): string {
  const segs = parsePointer(ptr);
  if (segs.length === 0) return "";
  const up = isIndex(segs[segs.length - 1]) && segs.length >= 2 ? 2 : 1;
  return " " + place(ptr.split("/").slice(0, -up).join("/"), data);
}

/** Where a node sits: « dans le service `urgences` », « dans `backup` de la ressource `dpi` ». */
export function place(ptr: string, data: unknown): string {
  const segs = parsePointer(ptr);
  if (segs.length === 0) return "au premier niveau du plan";
  const entity = entities[segs[0]];
  if (entity && segs.length >= 2 && isIndex(segs[1])) {
    const item = valueAt(data, `/${segs[0]}/${segs[1]}`) as Record<string, unknown> | undefined;
    // An invalid id would make a confusing name: fall back to the item's rank.
    const id =
      item && typeof item === "object" && typeof item.id === "string" && idRe.test(item.id)
        ? item.id
        : undefined;
    const name = id !== undefined ? `\`${id}\`` : `n°${NBSP}${Number(segs[1]) + 1}`;
    const rest = segs.slice(2);
    if (rest.length === 0) return `dans ${entity.in} ${name}`;
    return `dans \`${dotted(rest)}\` ${entity.of} ${name}`;
  }
  return `dans \`${dotted(segs)}\``;
}

/** French name of a JSON Schema type, with its article. */
export const typeNames: Record<string, string> = {
  string: "un texte",
  number: "un nombre",
  integer: "un nombre entier",
  boolean: "true ou false",
  array: "une liste",
  object: "une table de clés (clé: valeur)",
  null: "une valeur vide",
};

/** What a YAML value is, for « … au lieu de … ». */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return "une valeur vide";
  if (Array.isArray(value)) return "une liste";
  if (typeof value === "object") return "une table de clés";
  if (typeof value === "string") return `le texte « ${clip(value)} »`;
  if (typeof value === "number") return Number.isInteger(value) ? `le nombre ${value}` : `le nombre ${value}`;
  if (typeof value === "boolean") return `la valeur ${value}`;
  return String(value);
}

export function clip(text: string, max = 40): string {
  return text.length > max ? text.slice(0, max - 1) + "…" : text;
}

/** A YAML `key: value` example, quoting strings YAML would read as something else. */
export function example(key: string, value: unknown): string {
  if (typeof value === "string" && /^[\d.,+-]+$|^(true|false|null|yes|no)$/i.test(value)) {
    return `${key}: "${value}"`;
  }
  return `${key}: ${typeof value === "string" ? value : JSON.stringify(value)}`;
}

function levenshtein(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = prev[j];
      prev[j] = next;
    }
  }
  return prev[b.length];
}

/** The known key closest to `key` (case-insensitive), when it is close enough to be a typo. */
export function closest(key: string, known: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = levenshtein(key.toLowerCase(), k.toLowerCase());
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  const limit = Math.max(1, Math.min(3, Math.floor(key.length / 3)));
  return bestDistance <= limit ? best : undefined;
}

/** An id built from a wrong one: `Urgences adultes` → `urgences-adultes`. */
export function suggestId(text: string): string | undefined {
  const slug = text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9_.-]+/g, "-")
    .replace(/^[^a-z0-9]+/, "")
    .replace(/-+$/, "")
    .slice(0, 64);
  return slug && slug !== text && /^[a-z0-9][a-z0-9_.-]{0,63}$/.test(slug) ? slug : undefined;
}
