/**
 * Phone numbers as printed (docs/documents.md §1.5): a number never breaks across lines, so the
 * spaces between its groups become U+00A0. The plan's grouping is kept as typed.
 */
import { NBSP } from "../format.js";

/** `02 98 00 00 00` → `02 98 00 00 00` with U+00A0 between the groups. */
export function phoneText(phone: string): string {
  return phone.trim().replace(/\s+/g, NBSP);
}
