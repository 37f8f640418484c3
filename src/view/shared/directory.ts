/** [Annuaire] (docs/documents.md §1.8): internal contacts, then external ones, plan order in each. */
import type { Contact } from "../../plan/types.js";
import { absent } from "../labels.js";
import { orAbsent, type ViewContext } from "./context.js";
import { phoneText } from "./phone.js";
import { table, type TableView } from "./types.js";

/** Directory order (docs/documents.md §1.7): internal contacts, then external ones, plan order in each. */
export function directoryOrder(ctx: ViewContext): Contact[] {
  const contacts = ctx.plan.contacts;
  return [...contacts.filter((c) => c.external !== true), ...contacts.filter((c) => c.external === true)];
}

export function directoryView(ctx: ViewContext): TableView {
  const ordered = directoryOrder(ctx);
  const rows = ordered.map((c) => [
    c.name,
    c.role,
    orAbsent(c.organization),
    // Unbreakable (docs/documents.md §1.5): the landscape pages of Annexe A (§1.1) give them room.
    orAbsent(c.phone === undefined ? undefined : phoneText(c.phone)),
    orAbsent(c.mobile === undefined ? undefined : phoneText(c.mobile)),
    orAbsent(c.email),
    c.deputy === undefined ? absent.notAppointed : (ctx.contacts.get(c.deputy)?.name ?? c.deputy),
  ]);
  return table(
    ["Nom", "Fonction", "Organisme", "Téléphone", "Mobile", "Courriel", "Suppléant"],
    rows,
    [2, 2.2, 1.9, 1.7, 1.7, 4, 1.7],
  );
}
