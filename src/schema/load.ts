/**
 * The published JSON Schemas, read from the package's `schemas/` folder. The path is resolved from
 * this module: `src/schema/` and `dist/schema/` are both two levels below the package root.
 */
import { readFileSync } from "node:fs";

const cache = new Map<boolean, object>();

/** The plan schema, or the fragment schema (no required top-level keys) when `fragment` is true. */
export function loadSchema(fragment = false): object {
  let schema = cache.get(fragment);
  if (!schema) {
    const name = fragment ? "plan-fragment.schema.json" : "plan.schema.json";
    schema = JSON.parse(readFileSync(new URL(`../../schemas/${name}`, import.meta.url), "utf8")) as object;
    cache.set(fragment, schema);
  }
  return schema;
}
