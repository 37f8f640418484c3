/**
 * Every place of the plan that names an id (docs/plan-format.md), with the kinds it may name.
 * `steps[].who` is a contact id or free text, so it is not a reference.
 */
import type { IdKind } from "./text.js";
import { q } from "./text.js";
import { at, field, objItems, str, strItems, type Obj } from "./walk.js";

export interface Reference {
  /** The id as written. */
  id: string;
  /** Pointer of the id value (`/services/2/dependsOn/1`). */
  ptr: string;
  /** Kinds it may name. */
  kinds: IdKind[];
  /** French context for messages: `dependsOn de l’activité « urgences »`. */
  context: string;
}

/** `de l’activité « urgences »`, or nothing when the item has no string id. */
function ofItem(kind: "contact" | "service" | "resource" | "procedure" | "scenario", item: Obj): string {
  const id = str(item, "id");
  if (id === undefined) return "";
  const of = {
    contact: "du contact",
    service: "de l’activité",
    resource: "de la ressource",
    procedure: "de la procédure",
    scenario: "du scénario",
  }[kind];
  return ` ${of} ${q(id)}`;
}

export function references(data: unknown): Reference[] {
  const out: Reference[] = [];
  const one = (obj: unknown, base: string, key: string, kinds: IdKind[], context: string) => {
    const id = str(obj, key);
    if (id !== undefined) out.push({ id, ptr: at(base, key), kinds, context });
  };
  const many = (obj: unknown, base: string, key: string, kinds: IdKind[], context: string) => {
    for (const item of strItems(obj, key, base)) out.push({ id: item.value, ptr: item.ptr, kinds, context });
  };

  const plan = field(data, "plan");
  one(plan, "/plan", "owner", ["contact"], "plan.owner");
  one(plan, "/plan", "approvedBy", ["contact"], "plan.approvedBy");

  for (const { value: c, ptr } of objItems(data, "contacts", "")) {
    one(c, ptr, "deputy", ["contact"], `deputy${ofItem("contact", c)}`);
  }

  for (const { value: role, ptr } of objItems(field(data, "crisis"), "cell", "/crisis")) {
    const roleText = str(role, "role");
    const of = roleText === undefined ? " (cellule de crise)" : ` du rôle ${q(roleText)}`;
    one(role, ptr, "contact", ["contact"], `contact${of}`);
    one(role, ptr, "deputy", ["contact"], `deputy${of}`);
  }

  const crisis = field(data, "crisis");
  for (const { value: h, ptr } of objItems(crisis, "hotlines", "/crisis")) {
    const label = str(h, "label");
    one(
      h,
      ptr,
      "contact",
      ["contact"],
      `contact${label === undefined ? " (numéros immédiats)" : ` du numéro ${q(label)}`}`,
    );
  }
  one(
    field(crisis, "communication"),
    "/crisis/communication",
    "spokesperson",
    ["contact"],
    "crisis.communication.spokesperson",
  );

  for (const { value: s, ptr } of objItems(data, "services", "")) {
    const of = ofItem("service", s);
    one(s, ptr, "manager", ["contact"], `manager${of}`);
    one(s, ptr, "site", ["site"], `site${of}`);
    many(s, ptr, "dependsOn", ["resource", "service"], `dependsOn${of}`);
  }

  for (const { value: r, ptr } of objItems(data, "resources", "")) {
    const of = ofItem("resource", r);
    one(r, ptr, "owner", ["contact"], `owner${of}`);
    one(r, ptr, "site", ["site"], `site${of}`);
    // A resource depends on resources only: services sit above resources in the graph.
    many(r, ptr, "dependsOn", ["resource"], `dependsOn${of}`);
    one(field(r, "recovery"), at(ptr, "recovery"), "team", ["contact"], `recovery.team${of}`);
    one(r, ptr, "supplierContact", ["contact"], `supplierContact${of}`);
  }

  for (const { value: p, ptr } of objItems(data, "procedures", "")) {
    const of = ofItem("procedure", p);
    one(p, ptr, "service", ["service"], `service${of}`);
    many(p, ptr, "covers", ["resource"], `covers${of}`);
    one(p, ptr, "owner", ["contact"], `owner${of}`);
    // v2 supply items name the contact who keeps them; plain-string supplies name nobody.
    for (const { value: supply, ptr: at } of objItems(p, "supplies", ptr)) {
      one(supply, at, "owner", ["contact"], `owner du matériel${of}`);
    }
  }

  for (const { value: s, ptr } of objItems(data, "scenarios", "")) {
    const of = ofItem("scenario", s);
    many(s, ptr, "unavailable", ["resource"], `unavailable${of}`);
    many(s, ptr, "procedures", ["procedure"], `procedures${of}`);
  }

  for (const { value: e, ptr } of objItems(data, "exercises", "")) {
    const title = str(e, "title");
    one(
      e,
      ptr,
      "scenario",
      ["scenario"],
      `scenario${title === undefined ? "" : ` de l’exercice ${q(title)}`}`,
    );
  }
  return out;
}
