/**
 * `duplicate-id`: ids share one namespace across contacts, sites, services, resources,
 * procedures and scenarios. Each extra definition is reported at its `id` value, the later one
 * in source order (fragment path order, then line and column), naming the first definition.
 */
import type { Diagnostic } from "../diagnostics/types.js";
import { definitionsInSourceOrder, type IdDefinition } from "./ids.js";
import type { Rule } from "./rule.js";
import { NBSP, NNBSP, q, where, withArticle } from "./text.js";

export const duplicateId: Rule = {
  id: "duplicate-id",
  codes: ["duplicate-id"],
  check({ data, map }) {
    const first = new Map<string, IdDefinition>();
    const out: Diagnostic[] = [];
    for (const def of definitionsInSourceOrder(data, map)) {
      const earlier = first.get(def.id);
      if (!earlier) {
        first.set(def.id, def);
        continue;
      }
      out.push({
        ...def.position,
        severity: "error",
        code: "duplicate-id",
        path: `${def.pointer}/id`,
        message:
          `Identifiant ${q(def.id)} défini deux fois${NBSP}: ${withArticle(earlier.kind)} en ` +
          `${where(earlier.position)}, puis ${withArticle(def.kind)} en ${where(def.position)}${NNBSP}; ` +
          `les identifiants sont uniques parmi contacts, sites, activités, ressources, procédures ` +
          `et scénarios, renommez l’un des deux.`,
      });
    }
    return out;
  },
};
