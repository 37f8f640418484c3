/**
 * What every check needs, computed once per plan: covered(s), R(s), the critical SI C, the test
 * window W and position lookup (docs/care.md « Definitions used by the checks »).
 */
import type { Finding } from "../diagnostics/types.js";
import { dayNumber } from "../plan/date.js";
import type { SourceMap } from "../plan/source-map.js";
import type { Exercise, ExerciseStatus, Plan, Resource, Service } from "../plan/types.js";
import type { Recovery } from "../recovery/types.js";
import { PHASE_START, WINDOW_DAYS } from "./constants.js";
import type { CareCheck, CareLocation, CareStatus } from "./types.js";

export interface Indexed<T> {
  item: T;
  index: number;
}

export interface CareContext {
  plan: Plan;
  map: SourceMap;
  findings: Finding[];
  services: Indexed<Service>[];
  resources: Indexed<Resource>[];
  exercises: Indexed<Exercise>[];
  resourceById: Map<string, Indexed<Resource>>;
  /** R(s) by service id. */
  reach: Map<string, string[]>;
  /** covered(s) by service id. */
  covered: Set<string>;
  /** C: application/data resources reachable from a vital or essential service, plan order. */
  critical: Indexed<Resource>[];
  /** W as day numbers, or null when empty (plan dated before the operational phase). */
  window: { from: number; to: number } | null;
}

export function isMajor(s: Service): boolean {
  return s.criticality === "vital" || s.criticality === "essential";
}

/** R(s) computed from the plan, for a service the recovery value does not list. */
function reachFromPlan(plan: Plan, start: string): string[] {
  const services = new Map(plan.services.map((s) => [s.id, s]));
  const resources = new Map((plan.resources ?? []).map((r) => [r.id, r]));
  const seen = new Set<string>([start]);
  const out: string[] = [];
  const stack = [...(services.get(start)?.dependsOn ?? [])];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const r = resources.get(id);
    if (r) out.push(id);
    stack.push(...(r?.dependsOn ?? services.get(id)?.dependsOn ?? []));
  }
  return out.sort();
}

export function buildContext(
  plan: Plan,
  map: SourceMap,
  recovery: Recovery,
  findings: Finding[],
): CareContext {
  const services = plan.services.map((item, index) => ({ item, index }));
  const resources = (plan.resources ?? []).map((item, index) => ({ item, index }));
  const exercises = (plan.exercises ?? []).map((item, index) => ({ item, index }));
  const resourceById = new Map(resources.map((r) => [r.item.id, r]));
  const fromRecovery = new Map(recovery.services.map((s) => [s.id, s.reachableResources]));
  const reach = new Map<string, string[]>();
  for (const { item } of services)
    reach.set(item.id, fromRecovery.get(item.id) ?? reachFromPlan(plan, item.id));

  const degradedServices = new Set(
    (plan.procedures ?? []).filter((p) => p.kind === "degraded" && p.service).map((p) => p.service!),
  );
  const covered = new Set<string>();
  for (const { item } of services) {
    const allEstimated = reach
      .get(item.id)!
      .every((id) => resourceById.get(id)?.item.recovery?.duration !== undefined);
    if (degradedServices.has(item.id) && allEstimated) covered.add(item.id);
  }

  const criticalIds = new Set<string>();
  for (const { item } of services) {
    if (!isMajor(item)) continue;
    for (const id of reach.get(item.id)!) {
      const kind = resourceById.get(id)?.item.kind;
      if (kind === "application" || kind === "data") criticalIds.add(id);
    }
  }
  const critical = resources.filter((r) => criticalIds.has(r.item.id));

  return {
    plan,
    map,
    findings,
    services,
    resources,
    exercises,
    resourceById,
    reach,
    covered,
    critical,
    window: testWindow(plan.plan.date),
  };
}

/** W = [max(PHASE_START, date − 365 d), date]; null when `date` is before PHASE_START. */
export function testWindow(planDate: string): { from: number; to: number } | null {
  const to = dayNumber(planDate);
  const start = dayNumber(PHASE_START);
  if (to < start) return null;
  return { from: Math.max(start, to - WINDOW_DAYS), to };
}

export function inWindow(ctx: CareContext, date: string): boolean {
  if (!ctx.window) return false;
  const d = dayNumber(date);
  return d >= ctx.window.from && d <= ctx.window.to;
}

/** `status`, or when absent `done` if dated on or before the plan, else `planned`. */
export function effectiveStatus(e: Exercise, planDate: string): ExerciseStatus {
  if (e.status) return e.status;
  return dayNumber(e.date) <= dayNumber(planDate) ? "done" : "planned";
}

export function locate(ctx: CareContext, path: string): CareLocation {
  const p = ctx.map.locate(path);
  return { file: p.file, line: p.line, column: p.column, path };
}

export function check(
  ctx: CareContext,
  id: string,
  status: CareStatus,
  message: string,
  path: string,
): CareCheck {
  return { id, status, message, locations: [locate(ctx, path)] };
}

/** « counts » rule of docs/care.md: ok when all pass, missing when none (or nothing to count). */
export function countStatus(passed: number, total: number): CareStatus {
  if (total === 0 || passed === 0) return "missing";
  return passed === total ? "ok" : "partial";
}

export { quote } from "../text/french.js";
