/**
 * [Numéros] (docs/documents.md §1.8): the numbers to call first, in a framed box titled
 * `Numéros immédiats` at the top of every fiche and of the binder (`templates/_numeros.hbs`).
 */
import type { Hotline } from "../../plan/types.js";
import { contactPhone, type ViewContext } from "./context.js";
import { phoneText } from "./phone.js";

/** One line of the box: the partial prints `<label> : <number>`. */
export interface HotlineView {
  label: string;
  number: string;
}

/**
 * A `contact` entry prints that contact's mobile, else phone. A contact without any number
 * (reported by `missing-phone`) prints its name: the line never ends on an empty value.
 */
function hotlineNumber(ctx: ViewContext, h: Hotline): string {
  if ("phone" in h) return phoneText(h.phone);
  const phone = contactPhone(ctx, h.contact);
  if (phone) return phoneText(phone);
  return ctx.contacts.get(h.contact)?.name ?? h.contact;
}

/** `<name> <mobile or phone>` of a cell member (the name alone without a number). */
function memberNumber(ctx: ViewContext, id: string): string {
  const name = ctx.contacts.get(id)?.name ?? id;
  const phone = contactPhone(ctx, id);
  return phone ? `${name} ${phoneText(phone)}` : name;
}

/**
 * `crisis.hotlines` in plan order; absent (or empty) → the titular and the deputy of the first
 * crisis-cell role, each as `<role> : <name> <mobile or phone>`.
 */
export function hotlinesView(ctx: ViewContext): HotlineView[] {
  const hotlines = ctx.plan.crisis.hotlines ?? [];
  if (hotlines.length > 0) return hotlines.map((h) => ({ label: h.label, number: hotlineNumber(ctx, h) }));
  const first = ctx.plan.crisis.cell[0];
  if (!first) return [];
  const members = [first.contact, first.deputy].filter(
    (id, i, all): id is string => id !== undefined && all.indexOf(id) === i,
  );
  return members.map((id) => ({ label: first.role, number: memberNumber(ctx, id) }));
}
