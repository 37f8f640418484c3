/**
 * What the stimulus builders look up: the plan's entities by id, the scenario's lost and
 * unavailable resources, and the findings by code. Built once per kit; pure.
 */
import type { Finding, FindingCode } from "../diagnostics/types.js";
import type {
  CellRole,
  Contact,
  ExerciseLevel,
  Plan,
  Procedure,
  Resource,
  Scenario,
  Service,
} from "../plan/types.js";
import type { Recovery, ServiceFacts } from "../recovery/types.js";
import { NBSP } from "../text/french.js";

/** What the generator is a pure function of (docs/exercise.md). */
export interface StimulusInput {
  plan: Plan;
  /** Recovery result under the scenario (docs/recovery.md). */
  recovery: Recovery;
  /** Every finding of the plan under that scenario, in docs/documents.md §1.7 order. */
  findings: Finding[];
  scenario: Scenario;
  level: ExerciseLevel;
}

export interface KitContext extends StimulusInput {
  contacts: Map<string, Contact>;
  services: Map<string, Service>;
  resources: Map<string, Resource>;
  procedures: Map<string, Procedure>;
  serviceFacts: Map<string, ServiceFacts>;
  /** Resources of L (lost by the scenario). */
  lost: Set<string>;
  /** Resources lost, or depending transitively on a lost one: not usable during the scenario. */
  down: Set<string>;
}

function byId<T extends { id: string }>(items: readonly T[] | undefined): Map<string, T> {
  const map = new Map<string, T>();
  for (const x of items ?? []) if (!map.has(x.id)) map.set(x.id, x);
  return map;
}

/** Resources that are lost or wait for a lost one (dependsOn through resources and services). */
function unavailable(plan: Plan, lost: Set<string>): Set<string> {
  const deps = new Map<string, string[]>();
  for (const s of plan.services) deps.set(s.id, s.dependsOn ?? []);
  for (const r of plan.resources ?? []) deps.set(r.id, r.dependsOn ?? []);
  const memo = new Map<string, boolean>();
  const isDown = (id: string): boolean => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    memo.set(id, false); // a valid plan has no cycle; this only guards the recursion
    const value = lost.has(id) || (deps.get(id) ?? []).some(isDown);
    memo.set(id, value);
    return value;
  };
  return new Set((plan.resources ?? []).map((r) => r.id).filter(isDown));
}

export function kitContext(input: StimulusInput): KitContext {
  const lost = new Set(input.recovery.ranked.map((r) => r.id));
  return {
    ...input,
    contacts: byId(input.plan.contacts),
    services: byId(input.plan.services),
    resources: byId(input.plan.resources),
    procedures: byId(input.plan.procedures),
    serviceFacts: new Map(input.recovery.services.map((f) => [f.id, f])),
    lost,
    down: unavailable(input.plan, lost),
  };
}

/** A phone number as printed: its groups joined by U+00A0 so it never breaks (docs/documents.md §1.5). */
export function phoneText(phone: string): string {
  return phone.trim().replace(/\s+/g, NBSP);
}

/** Mobile, else phone, of a contact, as printed; null when the plan has neither. */
export function contactPhone(ctx: KitContext, id: string | undefined): string | null {
  if (id === undefined) return null;
  const c = ctx.contacts.get(id);
  const phone = c?.mobile ?? c?.phone;
  return phone === undefined ? null : phoneText(phone);
}

export function contactName(ctx: KitContext, id: string | undefined): string | null {
  if (id === undefined) return null;
  return ctx.contacts.get(id)?.name ?? id;
}

/** `Name, 01 99 00 20 01`, or the name alone when the plan gives no number. */
export function nameWithPhone(ctx: KitContext, id: string): string {
  const name = contactName(ctx, id) ?? id;
  const phone = contactPhone(ctx, id);
  return phone === null ? `${name} (aucun numéro dans le plan)` : `${name}, ${phone}`;
}

export function firstRole(ctx: KitContext): CellRole | undefined {
  return ctx.plan.crisis.cell[0];
}

/** The first crisis role's name, else a neutral addressee (the schema requires a cell, but be safe). */
export function directorRole(ctx: KitContext): string {
  return firstRole(ctx)?.role ?? "Cellule de crise";
}

/** The crisis role a contact holds as titular, else null. */
export function roleOf(ctx: KitContext, contact: string | undefined): string | null {
  if (contact === undefined) return null;
  return ctx.plan.crisis.cell.find((r) => r.contact === contact)?.role ?? null;
}

export function findingsOf(ctx: KitContext, code: FindingCode): Finding[] {
  return ctx.findings.filter((f) => f.code === code);
}

export function resourceName(ctx: KitContext, id: string): string {
  return ctx.resources.get(id)?.name ?? id;
}

export function serviceName(ctx: KitContext, id: string): string {
  return ctx.services.get(id)?.name ?? id;
}

/** Degraded procedures of a service, plan order. */
export function degradedOf(ctx: KitContext, serviceId: string): Procedure[] {
  return (ctx.plan.procedures ?? []).filter((p) => p.kind === "degraded" && p.service === serviceId);
}
