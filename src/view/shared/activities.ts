/**
 * Shared blocks about activities (docs/documents.md §1.8 [BIA]) and the per-service facts PCA/PSCA 4.3
 * and 6.n print: direct dependencies with their kind, estimated restoration, effective RTO.
 */
import type { Service } from "../../plan/types.js";
import { formatDuration, formatPercent } from "../../text/french.js";
import { absent, criticalityLabel, resourceKindLabel } from "../labels.js";
import { durationText, type ViewContext } from "./context.js";
import { table, type TableView } from "./types.js";

/** Formatted figures of one service, shared by [BIA], PCA 4.3 and 6.n. */
export interface ServiceFigures {
  name: string;
  kind: string;
  criticality: string;
  mtpd: string;
  rto: string;
  effectiveRto: string;
  rpo: string;
  activityShare: string;
  /** Names with ` (<kind label>)`, joined with `, `; `Aucune` when none. */
  dependencies: string;
  /** `restoredByMinutes`; `Sans objet` without dependencies. */
  restoredBy: string;
}

/** `name (Application)` for a resource, `name (Activité)` for a service. */
export function dependencyLabel(ctx: ViewContext, id: string): string {
  const service = ctx.services.get(id);
  if (service) return `${service.name} (Activité)`;
  const resource = ctx.resources.get(id);
  if (resource) return `${resource.name} (${resourceKindLabel[resource.kind]})`;
  return id;
}

export function serviceFigures(ctx: ViewContext, s: Service): ServiceFigures {
  const facts = ctx.serviceFacts.get(s.id);
  const deps = s.dependsOn ?? [];
  return {
    name: s.name,
    kind: ctx.serviceKindLabel[s.kind],
    criticality: criticalityLabel[s.criticality],
    mtpd: durationText(s.mtpd),
    rto: durationText(s.rto),
    effectiveRto: facts ? formatDuration(facts.effectiveRtoMinutes) : durationText(s.rto),
    rpo: durationText(s.rpo),
    activityShare: s.activityShare === undefined ? absent.value : formatPercent(s.activityShare),
    dependencies: deps.length === 0 ? absent.none : deps.map((d) => dependencyLabel(ctx, d)).join(", "),
    restoredBy: deps.length === 0 || !facts ? absent.notApplicable : formatDuration(facts.restoredByMinutes),
  };
}

/** [BIA]: services in BIA order. */
export function biaView(ctx: ViewContext): TableView {
  const rows = ctx.biaServices.map((s) => {
    const f = serviceFigures(ctx, s);
    return [f.name, f.kind, f.criticality, f.mtpd, f.rto, f.effectiveRto, f.rpo, f.activityShare];
  });
  return table(
    ["Activité", "Type", "Criticité", "DMIA", "RTO", "RTO effectif", "PDMA", "Part d’activité"],
    rows,
    [3, 2, 1.6, 1.1, 1.1, 1.3, 1.1, 1.5],
  );
}

/** PCA 4.3: direct dependencies, BIA order. */
export function dependenciesView(ctx: ViewContext): TableView {
  const rows = ctx.biaServices.map((s) => {
    const f = serviceFigures(ctx, s);
    return [f.name, f.dependencies, f.restoredBy, f.effectiveRto];
  });
  return table(
    ["Activité", "Dépendances directes", "Rétablissement estimé", "RTO effectif"],
    rows,
    [2.2, 4, 1.6, 1.3],
  );
}
