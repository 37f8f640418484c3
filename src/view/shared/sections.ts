/**
 * Per-item sections shared by PCA and PSCA (docs/documents.md §2 5.n, 6.n, 6.n.m, 7.n, 8.n): the
 * title and content of each; the template places the heading (`## {{title}} {item}`) and the
 * numbering step of src/doc/numbering.ts numbers it.
 */
import type { Procedure, Scenario, Service } from "../../plan/types.js";
import { itKinds } from "../../plan/types.js";
import { absent, criticalityLabel, procedureKindLabel, scenarioKindLabel } from "../labels.js";
import { serviceFigures } from "./activities.js";
import { contactRef, degradedOf, inRankOrder, nameOf, type ViewContext } from "./context.js";
import { procedureView, type ProcedureView } from "./procedure.js";
import { kv, type KvView } from "./types.js";

/** A section with its own heading: the bare title (`{{title}}`), the number is not the view's. */
export interface Titled {
  title: string;
}

export type ProcedureSection = ProcedureView;

export interface ScenarioSection extends Titled {
  table: KvView;
  description: string | null;
}

export interface ServiceSection extends Titled {
  table: KvView;
  description: string | null;
  procedures: ProcedureSection[];
}

/** Resource ids a scenario makes unavailable (an `it-outage` without list: every IT resource). */
export function scenarioLost(ctx: ViewContext, sc: Scenario): { ids: string[]; wholeIt: boolean } {
  if (sc.unavailable !== undefined) return { ids: inRankOrder(ctx, sc.unavailable), wholeIt: false };
  if (sc.kind === "it-outage") {
    const ids = (ctx.plan.resources ?? []).filter((r) => itKinds.includes(r.kind)).map((r) => r.id);
    return { ids: inRankOrder(ctx, ids), wholeIt: true };
  }
  return { ids: [], wholeIt: false };
}

export function scenarioTable(ctx: ViewContext, sc: Scenario): KvView {
  const lost = scenarioLost(ctx, sc);
  const names = lost.ids.map((id) => nameOf(ctx, id)).join(", ");
  const unavailable = lost.wholeIt
    ? `Tout le système d’information : ${names === "" ? absent.none : names}`
    : names === ""
      ? absent.none
      : names;
  const lostSet = new Set(lost.ids);
  const touched = ctx.biaServices.filter((s) =>
    (ctx.serviceFacts.get(s.id)?.reachableResources ?? []).some((r) => lostSet.has(r)),
  );
  const procedures = (sc.procedures ?? [])
    .map((id) => ctx.procedures.get(id))
    .filter((p): p is Procedure => !!p)
    .map((p) => `${p.title} (${procedureKindLabel[p.kind]})`);
  return kv([
    ["Type", scenarioKindLabel[sc.kind]],
    ["Ressources indisponibles", unavailable],
    [
      "Activités touchées",
      touched.length === 0
        ? absent.none
        : touched.map((s) => `${s.name} (${criticalityLabel[s.criticality]})`).join(", "),
    ],
    ["Procédures associées", procedures.length === 0 ? null : procedures.join(", ")],
  ]);
}

/** 5.n: one per scenario, plan order. */
export function scenarioSections(ctx: ViewContext): ScenarioSection[] {
  return (ctx.plan.scenarios ?? []).map((sc) => ({
    title: sc.title,
    table: scenarioTable(ctx, sc),
    description: sc.description ?? null,
  }));
}

export function serviceTable(ctx: ViewContext, s: Service): KvView {
  const f = serviceFigures(ctx, s);
  return kv([
    ["Type", f.kind],
    ["Criticité", f.criticality],
    ["DMIA", s.mtpd === undefined ? null : f.mtpd],
    ["RTO", f.rto],
    ["RTO effectif", f.effectiveRto],
    ["PDMA", s.rpo === undefined ? null : f.rpo],
    ["Part d’activité", s.activityShare === undefined ? null : f.activityShare],
    ["Responsable", contactRef(ctx, s.manager)],
    ["Site", s.site === undefined ? null : nameOf(ctx, s.site)],
    ["Dépendances directes", f.dependencies],
    ["Rétablissement estimé", f.restoredBy],
  ]);
}

/** 6.n: one per service, BIA order, with its degraded procedures as 6.n.m. */
export function serviceSections(ctx: ViewContext): ServiceSection[] {
  return ctx.biaServices.map((s) => ({
    title: s.name,
    table: serviceTable(ctx, s),
    description: s.description ?? null,
    procedures: degradedOf(ctx, s.id).map((p) => procedureView(ctx, p)),
  }));
}

/** Per-item procedure sections (7.n, 8.n…), plan order. */
export function procedureSections(ctx: ViewContext, procedures: Procedure[]): ProcedureSection[] {
  return procedures.map((p) => procedureView(ctx, p));
}
