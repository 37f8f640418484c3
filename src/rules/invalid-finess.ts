/**
 * `invalid-finess` for a FINESS of the right shape whose ninth digit is not its Luhn check key
 * (docs/plan-format.md, FINESS). The schema's pattern checks the shape only; a mistyped number
 * would be printed on every page and break the ARS's matching.
 */
import type { Diagnostic } from "../diagnostics/types.js";
import { normalizeFiness } from "../plan/finess.js";
import type { Rule } from "./rule.js";
import { field } from "./walk.js";

const shape = /^(?:\d{9}|2[AB]\d{7})$/;

export const invalidFiness: Rule = {
  id: "invalid-finess",
  codes: ["invalid-finess"],
  check({ data, map }) {
    const value = field(field(data, "establishment"), "finess");
    // Other shapes are the schema's `invalid-finess` or `invalid-type`: reported once, there.
    if (typeof value !== "string" || !shape.test(value.replace(/\s+/g, ""))) return [];
    const r = normalizeFiness(value);
    if (r.ok) return [];
    const ptr = "/establishment/finess";
    const d: Diagnostic = {
      ...map.locate(ptr),
      severity: "error",
      code: "invalid-finess",
      path: ptr,
      message: `\`finess\` de l’établissement\u00a0: ${r.reason}`,
    };
    return [d];
  },
};
