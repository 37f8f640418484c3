/**
 * `missing-deputy` (docs/recovery.md): a crisis cell role without a deputy, or whose deputy is its own
 * titular. One finding per role, on the role's mapping; the subject is the role's text.
 */
import type { Finding } from "../diagnostics/types.js";
import type { Rule } from "./rule.js";
import { NBSP, q } from "./text.js";
import { field, objItems, str } from "./walk.js";

export const missingDeputy: Rule = {
  id: "missing-deputy",
  codes: ["missing-deputy"],
  check({ data, map }) {
    const out: Finding[] = [];
    for (const { value: role, ptr } of objItems(field(data, "crisis"), "cell", "/crisis")) {
      const contact = str(role, "contact");
      const deputy = field(role, "deputy");
      const absent = deputy === undefined || deputy === null;
      if (!absent && deputy !== contact) continue;
      const roleText = str(role, "role");
      const name = roleText === undefined ? "de la cellule de crise" : q(roleText);
      const message = absent
        ? `Le rôle ${name} n’a pas de suppléant${NBSP}: ajoutez \`deputy\` avec un autre contact que le titulaire` +
          (contact === undefined ? "." : ` ${q(contact)}.`)
        : `Le suppléant du rôle ${name} est son titulaire ${q(contact ?? "")}${NBSP}: désignez un autre contact.`;
      out.push({
        ...map.locate(ptr),
        severity: "warning",
        code: "missing-deputy",
        path: ptr,
        subject: roleText ?? ptr,
        ...(contact === undefined ? {} : { data: { contact } }),
        message,
      });
    }
    return out;
  },
};
