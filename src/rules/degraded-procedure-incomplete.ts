/**
 * `degraded-procedure-incomplete`: a `degraded` procedure needs the service it keeps running,
 * the resources it works around (a non-empty `covers`) and how long it holds. One diagnostic per
 * procedure, on its mapping (like `required`), listing every missing key.
 */
import type { Diagnostic } from "../diagnostics/types.js";
import type { Rule } from "./rule.js";
import { andList, NBSP, q } from "./text.js";
import { field, objItems, str } from "./walk.js";

const needed: readonly { key: string; what: string }[] = [
  { key: "service", what: "l’activité maintenue" },
  { key: "covers", what: "les ressources palliées" },
  { key: "maxDuration", what: "la durée de tenue" },
];

export const degradedProcedureIncomplete: Rule = {
  id: "degraded-procedure-incomplete",
  codes: ["degraded-procedure-incomplete"],
  check({ data, map }) {
    const out: Diagnostic[] = [];
    for (const { value: p, ptr } of objItems(data, "procedures", "")) {
      if (field(p, "kind") !== "degraded") continue;
      const missing = needed.filter(({ key }) => {
        const v = field(p, key);
        // An empty `covers` works around nothing; a wrong type is the schema's to report.
        return v === undefined || v === null || (key === "covers" && Array.isArray(v) && v.length === 0);
      });
      if (missing.length === 0) continue;
      const id = str(p, "id");
      out.push({
        ...map.locate(ptr),
        severity: "error",
        code: "degraded-procedure-incomplete",
        path: ptr,
        message:
          `Procédure dégradée ${id === undefined ? "" : q(id) + " "}incomplète${NBSP}: ` +
          `ajoutez ${andList(missing.map((m) => `\`${m.key}\` (${m.what})`))}.`,
      });
    }
    return out;
  },
};
