/**
 * Look-ups and orders shared by every view (docs/documents.md §1.4, §1.5, §1.7): contacts by id,
 * contact references, BIA order of services, rank order of resources, effective exercise status.
 * Built once per document from the ViewInput; pure.
 */
import type {
  Contact,
  Exercise,
  ExerciseStatus,
  Plan,
  Procedure,
  ProcedureKind,
  Resource,
  Scenario,
  Service,
  ServiceKind,
  Site,
} from "../../plan/types.js";
import { criticalityRank } from "../../plan/types.js";
import { dayNumber } from "../../plan/date.js";
import { durationMinutes } from "../../plan/duration.js";
import { normalizeFiness } from "../../plan/finess.js";
import type { Recovery, ResourceFacts, ServiceFacts } from "../../recovery/types.js";
import type { ViewInput } from "../input.js";
import { formatDate, formatDuration } from "../../text/french.js";
import { phoneText } from "./phone.js";
import { absent, serviceKindLabel } from "../labels.js";

export interface ViewContext {
  input: ViewInput;
  plan: Plan;
  recovery: Recovery;
  contacts: Map<string, Contact>;
  services: Map<string, Service>;
  resources: Map<string, Resource>;
  procedures: Map<string, Procedure>;
  scenarios: Map<string, Scenario>;
  sites: Map<string, Site>;
  serviceFacts: Map<string, ServiceFacts>;
  /** Services in BIA order: criticality rank, then plan order. */
  biaServices: Service[];
  /** Resources in rank order: ranked ones (the lost set) by rank, then the others in plan order. */
  rankedResources: Resource[];
  /** Exercises by date ascending, then plan order. */
  exercises: Exercise[];
  /** Normalised FINESS (9 characters). */
  finess: string;
  /** Service kind labels of this document (§7.1; the PSCA uses the médico-social ones). */
  serviceKindLabel: Record<ServiceKind, string>;
}

function byId<T extends { id: string }>(items: readonly T[] | undefined): Map<string, T> {
  return new Map((items ?? []).map((x) => [x.id, x]));
}

export function viewContext(
  input: ViewInput,
  kindLabels: Record<ServiceKind, string> = serviceKindLabel,
): ViewContext {
  const plan = input.plan;
  const services = plan.services ?? [];
  const biaServices = services
    .map((s, index) => ({ s, index }))
    .sort((a, b) => criticalityRank[a.s.criticality] - criticalityRank[b.s.criticality] || a.index - b.index)
    .map((x) => x.s);
  const resources = byId(plan.resources);
  const ranked = input.recovery.ranked.map((f) => resources.get(f.id)).filter((r): r is Resource => !!r);
  const rankedIds = new Set(ranked.map((r) => r.id));
  const rankedResources = [...ranked, ...(plan.resources ?? []).filter((r) => !rankedIds.has(r.id))];
  const exercises = (plan.exercises ?? [])
    .map((e, index) => ({ e, index }))
    .sort((a, b) => (a.e.date < b.e.date ? -1 : a.e.date > b.e.date ? 1 : a.index - b.index))
    .map((x) => x.e);
  const finess = normalizeFiness(plan.establishment.finess);
  return {
    input,
    plan,
    recovery: input.recovery,
    contacts: byId(plan.contacts),
    services: byId(services),
    resources,
    procedures: byId(plan.procedures),
    scenarios: byId(plan.scenarios),
    sites: byId(plan.sites),
    serviceFacts: new Map(input.recovery.services.map((f) => [f.id, f])),
    biaServices,
    rankedResources,
    exercises,
    finess: finess.ok ? finess.finess : plan.establishment.finess,
    serviceKindLabel: kindLabels,
  };
}

/**
 * Contact reference `Name, role` of a contact id (docs/documents.md §1.5: a role often holds its own
 * parentheses); the id itself if unknown (never after validation). Every document uses this one.
 */
export function contactRef(ctx: ViewContext, id: string | undefined): string | null {
  if (id === undefined) return null;
  const c = ctx.contacts.get(id);
  return c ? `${c.name}, ${c.role}` : id;
}

/** Contact name of an id; the id itself if unknown. */
export function contactName(ctx: ViewContext, id: string | undefined): string | null {
  if (id === undefined) return null;
  return ctx.contacts.get(id)?.name ?? id;
}

/** Mobile, else phone, of a contact, unbreakable. */
export function contactPhone(ctx: ViewContext, id: string | undefined): string | null {
  if (id === undefined) return null;
  const c = ctx.contacts.get(id);
  const phone = c?.mobile ?? c?.phone;
  return phone === undefined || phone.trim() === "" ? null : phoneText(phone);
}

/**
 * Contact reference with its mobile (else phone) when known, unbreakable: on a second line by
 * default (cell tables), or after `separator` on one line (`, ` for a step's who, a spokesperson,
 * a supplier contact; fiches use it so that they fit one page).
 */
export function contactWithPhone(ctx: ViewContext, id: string | undefined, separator = "\n"): string | null {
  const ref = contactRef(ctx, id);
  if (ref === null) return null;
  const phone = contactPhone(ctx, id);
  return phone ? `${ref}${separator}${phone}` : ref;
}

/** Display name of any id (service, resource, procedure title, site, contact, scenario title). */
export function nameOf(ctx: ViewContext, id: string): string {
  return (
    ctx.services.get(id)?.name ??
    ctx.resources.get(id)?.name ??
    ctx.procedures.get(id)?.title ??
    ctx.sites.get(id)?.name ??
    ctx.scenarios.get(id)?.title ??
    ctx.contacts.get(id)?.name ??
    id
  );
}

/** Value or `Non renseigné`. */
export function orAbsent(value: string | null | undefined): string {
  return value === null || value === undefined || value === "" ? absent.value : value;
}

/** A plan duration formatted, or `Non renseigné`. */
export function durationText(text: string | undefined): string {
  return text === undefined ? absent.value : formatDuration(durationMinutes(text));
}

/** A plan date formatted, or `Non renseigné`. */
export function dateText(text: string | undefined): string {
  return text === undefined ? absent.value : formatDate(text);
}

/** `status`, else done when `date ≤ plan.date`, else planned (docs/care.md). */
export function effectiveStatus(ctx: ViewContext, e: Exercise): ExerciseStatus {
  if (e.status) return e.status;
  return dayNumber(e.date) <= dayNumber(ctx.plan.plan.date) ? "done" : "planned";
}

/** Procedures of a kind, plan order. */
export function proceduresOfKind(ctx: ViewContext, kind: ProcedureKind): Procedure[] {
  return (ctx.plan.procedures ?? []).filter((p) => p.kind === kind);
}

/** Degraded procedures of a service, plan order. */
export function degradedOf(ctx: ViewContext, serviceId: string): Procedure[] {
  return degradedByService(ctx).get(serviceId) ?? [];
}

/** Degraded procedures grouped by service once per context: every service asks (CHU: 400 × 1,000). */
const degradedCache = new WeakMap<ViewContext, Map<string, Procedure[]>>();

function degradedByService(ctx: ViewContext): Map<string, Procedure[]> {
  let groups = degradedCache.get(ctx);
  if (groups === undefined) {
    groups = new Map();
    for (const p of ctx.plan.procedures ?? []) {
      if (p.kind !== "degraded" || p.service === undefined) continue;
      const list = groups.get(p.service);
      if (list) list.push(p);
      else groups.set(p.service, [p]);
    }
    degradedCache.set(ctx, groups);
  }
  return groups;
}

export function resourceFacts(ctx: ViewContext, id: string): ResourceFacts | undefined {
  return ctx.recovery.resources.get(id);
}

/** Sorts resource ids in rank order (see `rankedResources`). */
export function inRankOrder(ctx: ViewContext, ids: readonly string[]): string[] {
  const order = new Map(ctx.rankedResources.map((r, i) => [r.id, i]));
  return [...ids].sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity));
}

/** Sorts service ids in BIA order. */
export function inBiaOrder(ctx: ViewContext, ids: readonly string[]): string[] {
  const order = new Map(ctx.biaServices.map((s, i) => [s.id, i]));
  return [...ids].sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity));
}
