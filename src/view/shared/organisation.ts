/**
 * Shared blocks of docs/documents.md §1.8 about the document and the crisis organisation:
 * [Historique], [Validation], [Établissement], [Sites], [Cellule], [Lieux], [Déclenchement],
 * [Alerte], [Notifications]. Empty lists give empty rows; the partials print the sentence.
 */
import { formatDate, formatInteger, NBSP } from "../../text/french.js";
import { absent, establishmentTypeLabel } from "../labels.js";
import {
  contactName,
  contactRef,
  contactWithPhone,
  dateText,
  orAbsent,
  type ViewContext,
} from "./context.js";
import { kv, table, type KvView, type TableView } from "./types.js";

/** [Historique]: `plan.history` as given, else one row for the current version. */
export function historyView(ctx: ViewContext): TableView {
  const meta = ctx.plan.plan;
  const history = meta.history ?? [];
  const rows =
    history.length > 0
      ? history.map((h) => [h.version, formatDate(h.date), h.author, h.changes])
      : [[meta.version, formatDate(meta.date), orAbsent(contactName(ctx, meta.owner)), "Version courante"]];
  return table(["Version", "Date", "Auteur", "Modifications"], rows, [1, 2, 2, 5]);
}

/** [Validation]; absent optional rows are left out (§1.4). */
export function validationView(ctx: ViewContext): KvView {
  const meta = ctx.plan.plan;
  return kv([
    ["Rédaction", orAbsent(contactRef(ctx, meta.owner))],
    ["Approbation", contactRef(ctx, meta.approvedBy)],
    ["Classification", meta.classification ?? null],
    ["Date de la version", formatDate(meta.date)],
    ["Prochaine revue", meta.nextReview === undefined ? null : dateText(meta.nextReview)],
  ]);
}

/** `120 lits` (sanitaire) or `80 places` (médico-social); null when `beds` is absent. */
export function capacityText(ctx: ViewContext): string | null {
  const e = ctx.plan.establishment;
  if (e.beds === undefined) return null;
  return `${formatInteger(e.beds)}${NBSP}${e.type === "sanitaire" ? "lits" : "places"}`;
}

/** [Établissement]. */
export function establishmentView(ctx: ViewContext): KvView {
  const e = ctx.plan.establishment;
  return kv([
    ["Raison sociale", e.name],
    ["FINESS", ctx.finess],
    ["Type", establishmentTypeLabel[e.type]],
    ["Catégorie", e.category ?? null],
    ["GHT", e.ght ?? null],
    ["Région", e.region ?? null],
    ["Adresse", e.address ?? null],
    ["Capacité", capacityText(ctx)],
  ]);
}

/** [Sites]: no row → sentence. */
export function sitesView(ctx: ViewContext): TableView {
  const rows = (ctx.plan.sites ?? []).map((s) => [s.name, orAbsent(s.address)]);
  return table(["Site", "Adresse"], rows, [1, 2]);
}

/** [Cellule]: cell order; phones on a second line; responsibilities one per line. */
export function cellView(ctx: ViewContext): TableView {
  const rows = ctx.plan.crisis.cell.map((r) => [
    r.role,
    orAbsent(contactWithPhone(ctx, r.contact)),
    r.deputy === undefined ? absent.notAppointed : orAbsent(contactWithPhone(ctx, r.deputy)),
    (r.responsibilities ?? []).length > 0 ? (r.responsibilities ?? []).join("\n") : absent.value,
  ]);
  return table(["Rôle", "Titulaire", "Suppléant", "Responsabilités"], rows, [2, 3, 3, 4]);
}

/** [Lieux]. */
export function locationsView(ctx: ViewContext): TableView {
  const rows = (ctx.plan.crisis.locations ?? []).map((l) => [l.name, orAbsent(l.address), orAbsent(l.notes)]);
  return table(["Lieu", "Adresse", "Remarques"], rows, [2, 3, 3]);
}

/** [Déclenchement] bullets. */
export function triggersView(ctx: ViewContext): string[] {
  return [...(ctx.plan.crisis.triggers ?? [])];
}

/** [Alerte] numbered steps. */
export function alertingView(ctx: ViewContext): string[] {
  return [...(ctx.plan.crisis.alerting ?? [])];
}

/** [Notifications]: who, when, how; the fixed reminder is in the partial. */
export function notificationsView(ctx: ViewContext): TableView {
  const rows = (ctx.plan.crisis.notifications ?? []).map((n) => [n.who, n.when, orAbsent(n.how)]);
  return table(["Destinataire", "Délai", "Moyen"], rows, [3, 2, 2]);
}
