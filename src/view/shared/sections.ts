/**
 * Per-item sections shared by PCA and PSCA (docs/documents.md §2 5.n, 6.n, 6.n.m, 7.n, 8.n): numbers
 * are computed here (dense, fixed subsections first), with the heading mark of §1.1.
 */
import type { Procedure, Scenario, Service } from "../../plan/types.js";
import { itKinds } from "../../plan/types.js";
import { absent, criticalityLabel, procedureKindLabel, scenarioKindLabel } from "../labels.js";
import { serviceFigures } from "./activities.js";
import { contactRef, degradedOf, inRankOrder, nameOf, type ViewContext } from "./context.js";
import { procedureView, type ProcedureView } from "./procedure.js";
import { kv, type KvView } from "./types.js";

/** Most per-item level-2 headings a chapter may list in the Sommaire (docs/documents.md §1.1). */
export const TOC_ITEM_LIMIT = 60;

/** `##` when the chapter's per-item headings go in the Sommaire, `##!` when there are more than 60. */
export function itemHeadingMark(count: number): string {
  return count <= TOC_ITEM_LIMIT ? "##" : "##!";
}

/** A numbered heading: `{{{mark}}} {{number}} {{title}}` in templates. */
export interface Numbered {
  /** `##`, `##!` or `###` (raw block syntax). */
  mark: string;
  /** `5.2`, `6.1.3`. */
  number: string;
  title: string;
}

export type ProcedureSection = ProcedureView & Numbered;

export interface ScenarioSection extends Numbered {
  table: KvView;
  description: string | null;
}

export interface ServiceSection extends Numbered {
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
export function scenarioSections(ctx: ViewContext, chapter: number): ScenarioSection[] {
  const scenarios = ctx.plan.scenarios ?? [];
  const mark = itemHeadingMark(scenarios.length);
  return scenarios.map((sc, i) => ({
    mark,
    number: `${chapter}.${i + 1}`,
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
export function serviceSections(ctx: ViewContext, chapter: number): ServiceSection[] {
  const mark = itemHeadingMark(ctx.biaServices.length);
  return ctx.biaServices.map((s, i) => {
    const number = `${chapter}.${i + 1}`;
    return {
      mark,
      number,
      title: s.name,
      table: serviceTable(ctx, s),
      description: s.description ?? null,
      procedures: degradedOf(ctx, s.id).map((p, j) => ({
        ...procedureView(ctx, p),
        mark: "###",
        number: `${number}.${j + 1}`,
      })),
    };
  });
}

/** Per-item procedure sections `chapter.n`, n starting after `fixed` fixed subsections. */
export function procedureSections(
  ctx: ViewContext,
  procedures: Procedure[],
  chapter: number,
  fixed = 0,
): ProcedureSection[] {
  const mark = itemHeadingMark(procedures.length);
  return procedures.map((p, i) => ({
    ...procedureView(ctx, p),
    mark,
    number: `${chapter}.${fixed + i + 1}`,
  }));
}
