/** [Annuaire] (docs/documents.md §1.8): internal contacts, then external ones, plan order in each. */
import { absent } from "../labels.js";
import { orAbsent, type ViewContext } from "./context.js";
import { table, type TableView } from "./types.js";

export function directoryView(ctx: ViewContext): TableView {
  const contacts = ctx.plan.contacts;
  const ordered = [
    ...contacts.filter((c) => c.external !== true),
    ...contacts.filter((c) => c.external === true),
  ];
  const rows = ordered.map((c) => [
    c.name,
    c.role,
    orAbsent(c.organization),
    orAbsent(c.phone),
    orAbsent(c.mobile),
    orAbsent(c.email),
    c.deputy === undefined ? absent.notAppointed : (ctx.contacts.get(c.deputy)?.name ?? c.deputy),
  ]);
  return table(
    ["Nom", "Fonction", "Organisme", "Téléphone", "Mobile", "Courriel", "Suppléant"],
    rows,
    [2, 2, 2, 2, 2, 3, 2],
  );
}
