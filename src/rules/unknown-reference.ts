/**
 * `unknown-reference`: every reference resolves to an id of the right kind. The message says
 * which kinds were expected, whether the id exists as another kind, and suggests the closest id
 * among the expected kinds.
 */
import type { Diagnostic } from "../diagnostics/types.js";
import { idKinds } from "./ids.js";
import { references } from "./references.js";
import type { Rule } from "./rule.js";
import { closest } from "./suggest.js";
import { andList, NBSP, NNBSP, noneOf, ofKind, orList, q, withArticle, type IdKind } from "./text.js";

export const unknownReference: Rule = {
  id: "unknown-reference",
  codes: ["unknown-reference"],
  check({ data, map }) {
    const kinds = idKinds(data, map);
    const byKind = new Map<IdKind, string[]>();
    for (const [id, ks] of kinds) {
      for (const k of ks) {
        const list = byKind.get(k);
        if (list) list.push(id);
        else byKind.set(k, [id]);
      }
    }
    const out: Diagnostic[] = [];
    for (const ref of references(data)) {
      const defined = kinds.get(ref.id);
      if (defined && ref.kinds.some((k) => defined.has(k))) continue;
      // A wrong kind says what the id is; an unknown id says what was expected.
      const head = defined
        ? `${q(ref.id)} est ${andList([...defined].map(withArticle))}, pas ` +
          `${ref.kinds.map(withArticle).join(" ni ")} (${ref.context})`
        : `Référence inconnue ${q(ref.id)} (${ref.context})${NBSP}: attendu l’identifiant ` +
          orList(ref.kinds.map(ofKind));
      const candidates = ref.kinds.flatMap((k) => byKind.get(k) ?? []);
      const suggestion = closest(ref.id, candidates);
      let tail = "";
      if (suggestion !== undefined) tail = `. Vouliez-vous dire ${q(suggestion)}${NNBSP}?`;
      else if (candidates.length === 0)
        tail = `${NNBSP}; le plan ne définit ${ref.kinds.map(noneOf).join(" ni ")}.`;
      else tail = ".";
      out.push({
        ...map.locate(ref.ptr),
        severity: "error",
        code: "unknown-reference",
        path: ref.ptr,
        message: head + tail,
      });
    }
    return out;
  },
};
