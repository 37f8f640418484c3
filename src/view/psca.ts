/**
 * View of the PSCA (docs/documents.md §4): the PCA's data in a plainer structure for the médico-social
 * sector, plus the recovery order of 8.1 (`Rang | Ressource | Type | Priorité | Échéance |
 * Rétablie au plus tôt | Prestataire`, rank order, every resource).
 */
import type { ViewInput } from "./input.js";
import { commonBlocks, type CommonView } from "./common.js";
import { medicoSocialServiceKindLabel, resourceKindLabel } from "./labels.js";
import {
  orAbsent,
  proceduresOfKind,
  resourceFacts,
  viewContext,
  type ViewContext,
} from "./shared/context.js";
import { findingsView } from "./shared/findings.js";
import { reentryView } from "./shared/procedure.js";
import { deadlineText, earliestText, rankText, tierText } from "./shared/resources.js";
import {
  procedureSections,
  scenarioSections,
  serviceSections,
  type ProcedureSection,
  type ScenarioSection,
  type ServiceSection,
} from "./shared/sections.js";
import { table, type TableView } from "./shared/types.js";

export interface PscaView {
  common: CommonView;
  /** 5.n */
  scenarios: ScenarioSection[];
  /** 6.n and 6.n.m */
  services: ServiceSection[];
  /** 7.n */
  reflexes: ProcedureSection[];
  /** 8.1 */
  recoveryOrder: TableView;
  /** 9.1 */
  reentry: TableView;
  /** 9.n, n ≥ 2 */
  returnToNormal: ProcedureSection[];
  /** 11: every finding. */
  findings: TableView;
}

/** PSCA 8.1: every resource in rank order. */
export function recoveryOrderView(ctx: ViewContext): TableView {
  const rows = ctx.rankedResources.map((r) => {
    const f = resourceFacts(ctx, r.id);
    return [
      rankText(f),
      r.name,
      resourceKindLabel[r.kind],
      tierText(f),
      deadlineText(f),
      earliestText(f),
      orAbsent(r.supplier),
    ];
  });
  return table(
    ["Rang", "Ressource", "Type", "Priorité", "Échéance", "Rétablie au plus tôt", "Prestataire"],
    rows,
    [1.2, 3, 2, 1.5, 1.4, 1.6, 2],
  );
}

export function pscaView(input: ViewInput): PscaView {
  const ctx = viewContext(input, medicoSocialServiceKindLabel);
  return {
    common: commonBlocks(ctx, "psca"),
    scenarios: scenarioSections(ctx),
    services: serviceSections(ctx),
    reflexes: procedureSections(ctx, proceduresOfKind(ctx, "reflex")),
    recoveryOrder: recoveryOrderView(ctx),
    reentry: reentryView(ctx),
    returnToNormal: procedureSections(ctx, proceduresOfKind(ctx, "return-to-normal")),
    findings: findingsView(ctx, null),
  };
}
