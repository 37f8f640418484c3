/**
 * The few helpers templates need. Logic stays in the views (src/view): these only compare and join
 * values that are already formatted.
 */
import type Handlebars from "handlebars";

export function registerHelpers(hb: typeof Handlebars): void {
  /** `{{#if (eq kind "degraded")}}`. */
  hb.registerHelper("eq", (a: unknown, b: unknown) => a === b);
  /** `{{#if (not x)}}`. */
  hb.registerHelper("not", (a: unknown) => !a);
  /** `{{join list ", "}}`: the joined text is then escaped like any value. */
  hb.registerHelper("join", (list: unknown, separator: unknown) => {
    const sep = typeof separator === "string" ? separator : ", ";
    return Array.isArray(list) ? list.map((v) => String(v)).join(sep) : "";
  });
}
