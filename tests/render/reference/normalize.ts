/**
 * REFERENCE ONLY (tests): how the renderer made the docx Packer output byte-deterministic: the library writes the clock into
 * docProps/core.xml, may draw random ids (nanoid relationship ids, w14:paraId…), and zips with
 * the current time. We unzip, pin dates to the plan date, renumber random ids with stable
 * counters, and re-zip in a fixed order with a fixed timestamp (zip.ts).
 */
import { strFromU8, unzipSync } from "fflate";
import { zipEntries } from "../../../src/render/docx/zip.js";

/** `YYYY-MM-DD` → `YYYY-MM-DDT00:00:00Z` (docs/documents.md 1.3: plan date at 00:00:00 UTC). */
function w3cdtf(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`date de document invalide : ${date}`);
  return `${date}T00:00:00Z`;
}

function pinCoreDates(xml: string, date: string): string {
  const stamp = w3cdtf(date);
  return xml
    .replace(/(<dcterms:created\b[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${stamp}$2`)
    .replace(/(<dcterms:modified\b[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${stamp}$2`);
}

/**
 * Random relationship ids (`rId` + nanoid, lower case, 21 chars) and random hex ids are replaced,
 * in order of first appearance across the sorted parts, by counters; the same random value maps
 * to the same counter everywhere so cross-part references stay intact.
 */
function stableIds(parts: [string, string][]): [string, string][] {
  const map = new Map<string, string>();
  // nanoid: 21 characters of [A-Za-z0-9_-], lower-cased by docx's uniqueId.
  // Only attribute values are considered, so document text is never touched.
  const nanoid = /="(rId)?([a-z0-9_-]{21})"/g;
  const paraId = /(w14:(?:paraId|textId)=")([0-9A-F]{8})(")/g;
  let counter = 0;
  const stable = (random: string, make: (n: number) => string): string => {
    let value = map.get(random);
    if (value === undefined) {
      value = make(++counter);
      map.set(random, value);
    }
    return value;
  };
  return parts.map(([name, xml]) => {
    let out = xml.replace(nanoid, (whole, rid: string | undefined, id: string) =>
      // Only ids mixing digits and letters look random; other values are left alone.
      /[0-9]/.test(id) && /[a-z]/.test(id)
        ? `="${rid ?? ""}${stable(id, (n) => `pcapra${String(n).padStart(15, "0")}`)}"`
        : whole,
    );
    out = out.replace(
      paraId,
      (_w, pre: string, id: string, post: string) =>
        pre + stable(id, (n) => n.toString(16).toUpperCase().padStart(8, "0")) + post,
    );
    return [name, out];
  });
}

const xmlPart = /\.(xml|rels)$/;

/** A last rewrite of one XML part (renderer-specific fix-ups the docx API cannot express). */
export type PartFixup = (name: string, xml: string) => string;
/** The last step of one XML part: its final text, or its final bytes (the body, encoded as written). */
export type PartFinish = (name: string, xml: string) => string | Uint8Array;

/** Normalises a packed DOCX (zip bytes). */
export function normalizeDocx(packed: Uint8Array, date: string, fixup?: PartFixup): Uint8Array {
  return normalizeParts(new Map(Object.entries(unzipSync(packed))), date, fixup);
}

/**
 * Normalises the package parts (XML as text or bytes, binaries as bytes) and zips them. `fixup`
 * runs before the ids are made stable; `finish` after, on text that holds no random id (the
 * renderer's own body XML), so the id scan does not have to read it.
 */
export function normalizeParts(
  files: ReadonlyMap<string, string | Uint8Array>,
  date: string,
  fixup?: PartFixup,
  finish?: PartFinish,
): Uint8Array {
  const names = [...files.keys()].sort(byPartName);
  const asText = (data: string | Uint8Array): string => (typeof data === "string" ? data : strFromU8(data));
  let texts: [string, string][] = names.filter((n) => xmlPart.test(n)).map((n) => [n, asText(files.get(n)!)]);
  if (fixup) texts = texts.map(([n, x]) => [n, fixup(n, x)]);
  const rewritten = new Map(stableIds(texts));
  const entries: [string, Uint8Array][] = names.map((name) => {
    const text = rewritten.get(name);
    if (text === undefined) {
      const data = files.get(name)!;
      return [name, typeof data === "string" ? Buffer.from(data, "utf8") : data];
    }
    const pinned = name === "docProps/core.xml" ? pinCoreDates(text, date) : text;
    const finished = finish ? finish(name, pinned) : pinned;
    return [name, typeof finished === "string" ? Buffer.from(finished, "utf8") : finished];
  });
  return zipEntries(entries, date);
}

/** `[Content_Types].xml` first (as Office writes it), then the parts by name. */
function byPartName(a: string, b: string): number {
  const rank = (n: string): number => (n === "[Content_Types].xml" ? 0 : 1);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}
