/**
 * Phone numbers as printed (docs/documents.md §1.5): a number never breaks across lines, so the
 * spaces between its groups become U+00A0. The plan's grouping is kept as typed.
 */
import { NBSP } from "../../text/french.js";

/** `02 98 00 00 00` → `02 98 00 00 00` with U+00A0 between the groups. */
export function phoneText(phone: string): string {
  return phone.trim().replace(/\s+/g, NBSP);
}

/** A French number written in groups: `01 99 00 30 01`, `+33 1 99 00 30 01`, `0800 00 00 00`. */
const groupedPhone = /(?<![\d\p{L}])(?:\+\d{2}[ \u00a0]?\d|\d{2,4})(?:[ \u00a0]\d{2}){3,4}(?![\d\p{L}])/gu;

/**
 * The phone numbers written inside a plan string (a step `Appeler l’ARS au 01 99 00 30 01`) kept
 * on one line: only the spaces between their groups become U+00A0, the text is otherwise as typed.
 */
export function unbreakablePhones(text: string): string {
  return text.replace(groupedPhone, (phone) => phone.replace(/ /g, NBSP));
}
