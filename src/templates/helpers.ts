/**
 * The few helpers templates need. Logic stays in the views (src/view): these only compare and join
 * values that are already formatted.
 */
import type Handlebars from "handlebars";

export function registerHelpers(hb: typeof Handlebars): void {
  eachFlat(hb);
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

/**
 * Handlebars' own `{{#each}}`, with the text of each iteration made one flat string as soon as it
 * is written, and the iterations joined once at the end. Stock `each` appends every iteration to
 * a rope (`ret + fn(…)`) whose nodes and pieces (every escaped value) all live until the whole
 * document text is read: on a CHU PRA, a million of them, copied by every young-generation
 * collection and then promoted. Flat, an iteration's pieces die young. Same text, same `@index`,
 * `@first`, `@last`, `@key`, block parameters and `{{else}}`: the stock helper still runs the loop.
 */
function eachFlat(hb: typeof Handlebars): void {
  const stock = hb.helpers.each as (this: unknown, context: unknown, options: Handlebars.HelperOptions) => string;
  hb.registerHelper("each", function (this: unknown, context: unknown, options: Handlebars.HelperOptions) {
    const parts: string[] = [];
    const fn = options.fn;
    const collect = (value: unknown, frame?: Handlebars.RuntimeOptions): string => {
      const text = fn(value, frame);
      // Reading a character flattens a concatenated string in place (V8): the pieces are let go.
      text.charCodeAt(0);
      parts.push(text);
      return "";
    };
    const ret = stock.call(this, context, { ...options, fn: collect as Handlebars.TemplateDelegate });
    return parts.length === 0 ? ret : parts.join("");
  });
}
