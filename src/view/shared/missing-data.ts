/**
 * The annex `Données à compléter` (docs/documents.md §1.9): every optional datum a reader would expect
 * and the plan leaves out, listed once per entity, instead of `Non renseigné` rows scattered in
 * the chapters (§1.4). Entities: establishment, plan, contacts (directory order), services (BIA
 * order), resources (rank order), procedures (plan order).
 */
import type { Contact, Procedure, Resource, Service } from "../../plan/types.js";
import { directoryOrder } from "./directory.js";
import type { ViewContext } from "./context.js";
import { table, type TableView } from "./types.js";

export const noMissingData = "Toutes les données attendues sont renseignées.";

const blank = (v: string | undefined | null): boolean => v === undefined || v === null || v.trim() === "";

function contactMissing(c: Contact): string[] {
  return blank(c.phone) && blank(c.mobile) ? ["Téléphone"] : [];
}

function serviceMissing(s: Service): string[] {
  const out: string[] = [];
  if (s.mtpd === undefined) out.push("DMIA");
  if (s.rpo === undefined) out.push("PDMA");
  if (s.activityShare === undefined) out.push("Part d’activité");
  if (s.manager === undefined) out.push("Responsable");
  return out;
}

function resourceMissing(r: Resource): string[] {
  const out: string[] = [];
  if (r.owner === undefined) out.push("Responsable");
  if (r.recovery?.duration === undefined) out.push("Durée de restauration");
  if (r.recovery?.team === undefined) out.push("Équipe de restauration");
  if ((r.recovery?.steps ?? []).length === 0) out.push("Étapes de restauration");
  if ((r.kind === "application" || r.kind === "data") && r.backup === undefined) out.push("Sauvegarde");
  return out;
}

function procedureMissing(p: Procedure): string[] {
  const out: string[] = [];
  if (p.owner === undefined) out.push("Responsable");
  if (p.steps.some((s) => typeof s === "string" || blank(s.who))) out.push("Qui");
  if ((p.kind === "degraded" || p.kind === "reflex") && (p.supplies ?? []).length === 0) {
    out.push("Matériel et supports");
  }
  return out;
}

/** Rows `Élément | Données manquantes`; an empty table means the sentence `noMissingData`. */
export function missingDataView(ctx: ViewContext): TableView {
  const rows: string[][] = [];
  const add = (element: string, kind: string, missing: string[]) => {
    if (missing.length > 0) rows.push([`${element} (${kind})`, missing.join(", ")]);
  };
  const e = ctx.plan.establishment;
  add(e.name, "établissement", [
    ...(blank(e.address) ? ["Adresse"] : []),
    ...(e.type === "sanitaire" && blank(e.ght) ? ["GHT"] : []),
    ...(e.beds === undefined ? ["Capacité"] : []),
  ]);
  const meta = ctx.plan.plan;
  add(meta.title ?? `Version ${meta.version}`, "plan", [
    ...(meta.approvedBy === undefined ? ["Approuvé par"] : []),
    ...(meta.nextReview === undefined ? ["Prochaine revue"] : []),
  ]);
  for (const c of directoryOrder(ctx)) add(c.name, "contact", contactMissing(c));
  for (const s of ctx.biaServices) add(s.name, "activité", serviceMissing(s));
  for (const r of ctx.rankedResources) add(r.name, "ressource", resourceMissing(r));
  for (const p of ctx.plan.procedures ?? []) add(p.title, "procédure", procedureMissing(p));
  return table(["Élément", "Données manquantes"], rows, [2, 3]);
}
