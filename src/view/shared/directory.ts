/** [Annuaire] (docs/documents.md §1.8): internal contacts, then external ones, plan order in each. */
import type { Contact } from "../../plan/types.js";
import { absent } from "../labels.js";
import { orAbsent, type ViewContext } from "./context.js";
import { table, type TableView } from "./types.js";

/** Directory order (documents.md §1.7): internal contacts, then external ones, plan order in each. */
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
    // Not yet joined by U+00A0 here (docs/documents.md §1.5): on a portrait page the seven columns
    // cannot hold two unbreakable numbers and the e-mails without cutting words. The directory may
    // go landscape (§1.1); until the DOCX sections honour orientation, numbers break between groups.
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
