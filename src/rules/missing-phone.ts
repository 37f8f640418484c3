/**
 * `missing-phone` (docs/recovery.md): a contact that someone is told to call — crisis cell titular
 * or deputy, procedure owner or a step's `who`, a resource's `supplierContact`, a hotline — but
 * that has neither `phone` nor `mobile`. One finding per contact, on the contact's mapping; the
 * data names the first citing place so that documents can say where it is needed.
 */
import type { Finding, MissingPhoneCitation } from "../diagnostics/types.js";
import type { Rule } from "./rule.js";
import { NBSP, q } from "./text.js";
import { field, objItems, str, type Obj } from "./walk.js";

/** Citing places in the order of docs/recovery.md: cell, procedures, resources, hotlines. */
function citations(data: unknown): { id: string; citedBy: MissingPhoneCitation }[] {
  const out: { id: string; citedBy: MissingPhoneCitation }[] = [];
  const crisis = field(data, "crisis");
  for (const { value: role } of objItems(crisis, "cell", "/crisis")) {
    for (const key of ["contact", "deputy"]) {
      const id = str(role, key);
      if (id !== undefined) out.push({ id, citedBy: { kind: "cell" } });
    }
  }
  for (const { value: p } of objItems(data, "procedures", "")) {
    const citedBy: MissingPhoneCitation = { kind: "procedure", id: str(p, "id") ?? "" };
    const owner = str(p, "owner");
    if (owner !== undefined) out.push({ id: owner, citedBy });
    for (const { value: step } of objItems(p, "steps", "")) {
      // `who` is a contact id or free text: only ids that name a contact are citations.
      const who = str(step, "who");
      if (who !== undefined) out.push({ id: who, citedBy });
    }
  }
  for (const { value: r } of objItems(data, "resources", "")) {
    const id = str(r, "supplierContact");
    if (id !== undefined) out.push({ id, citedBy: { kind: "resource", id: str(r, "id") ?? "" } });
  }
  for (const { value: h } of objItems(crisis, "hotlines", "/crisis")) {
    const id = str(h, "contact");
    if (id !== undefined) out.push({ id, citedBy: { kind: "hotlines" } });
  }
  return out;
}

const placeText: Record<MissingPhoneCitation["kind"], (id: string) => string> = {
  cell: () => "la cellule de crise",
  procedure: (id) => `la procédure ${q(id)}`,
  resource: (id) => `la ressource ${q(id)}`,
  hotlines: () => "les numéros immédiats (crisis.hotlines)",
};

const hasNumber = (c: Obj): boolean =>
  (str(c, "phone") ?? "").trim() !== "" || (str(c, "mobile") ?? "").trim() !== "";

export const missingPhone: Rule = {
  id: "missing-phone",
  codes: ["missing-phone"],
  check({ data, map }) {
    // First definition of each id (a duplicate is reported by duplicate-id).
    const contacts = new Map<string, { contact: Obj; ptr: string }>();
    for (const { value, ptr } of objItems(data, "contacts", "")) {
      const id = str(value, "id");
      if (id !== undefined && !contacts.has(id)) contacts.set(id, { contact: value, ptr });
    }
    const reported = new Set<string>();
    const out: Finding[] = [];
    for (const { id, citedBy } of citations(data)) {
      const entry = contacts.get(id);
      if (entry === undefined || reported.has(id) || hasNumber(entry.contact)) continue;
      reported.add(id);
      const place = placeText[citedBy.kind](citedBy.id ?? "");
      out.push({
        ...map.locate(entry.ptr),
        severity: "warning",
        code: "missing-phone",
        path: entry.ptr,
        subject: id,
        data: { contact: id, citedBy },
        message:
          `Le contact ${q(id)} n’a ni téléphone ni portable alors que ${place} le cite${NBSP}: ` +
          `ajoutez \`phone\` ou \`mobile\`.`,
      });
    }
    return out;
  },
};
