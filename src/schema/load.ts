/**
 * The published JSON Schemas, read from the package's `schemas/` folder. The path is resolved from
 * this module: `src/schema/` and `dist/schema/` are both two levels below the package root.
 */
import { readFileSync } from "node:fs";

const texts = new Map<boolean, string>();
const parsed = new Map<boolean, object>();

/** The schema file's name: the plan schema, or the fragment schema (no required top-level keys). */
export function schemaFileName(fragment: boolean): string {
  return fragment ? "plan-fragment.schema.json" : "plan.schema.json";
}

/** The schema file's text, read once. */
export function schemaText(fragment = false): string {
  let text = texts.get(fragment);
  if (text === undefined) {
    text = readFileSync(new URL(`../../schemas/${schemaFileName(fragment)}`, import.meta.url), "utf8");
    texts.set(fragment, text);
  }
  return text;
}

/** The plan schema, or the fragment schema when `fragment` is true. */
export function loadSchema(fragment = false): object {
  let schema = parsed.get(fragment);
  if (!schema) {
    schema = JSON.parse(schemaText(fragment)) as object;
    parsed.set(fragment, schema);
  }
  return schema;
}

/**
 * A short fingerprint of a schema's text (FNV-1a, 32 bits): the precompiled validator records the
 * one of the schema it was made from, and is used only while the schema file still matches.
 */
export function schemaFingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0") + ":" + text.length.toString(16);
}
