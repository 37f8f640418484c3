/**
 * View of the PCA (docs/documents.md §2): the shared blocks plus the PCA's own sections, every string
 * formatted. `templates/pca.hbs` places them under the exact headings of the outline.
 */
import type { FindingCode } from "../diagnostics/types.js";
import type { ViewInput } from "./input.js";
import { commonBlocks, type CommonView } from "./common.js";
import { dependenciesView } from "./shared/activities.js";
import { careView, coverageView, type CareView, type CoverageView } from "./shared/care.js";
import { proceduresOfKind, viewContext } from "./shared/context.js";
import { findingsView } from "./shared/findings.js";
import { reentryView } from "./shared/procedure.js";
import {
  procedureSections,
  scenarioSections,
  serviceSections,
  type ProcedureSection,
  type ScenarioSection,
  type ServiceSection,
} from "./shared/sections.js";
import type { TableView } from "./shared/types.js";

/** Findings of PCA chapter 10. */
export const pcaFindingCodes: readonly FindingCode[] = [
  "rto-unreachable",
  "no-degraded-procedure",
  "missing-deputy",
  "missing-phone",
];

export interface PcaView {
  common: CommonView;
  /** 2.4 */
  coverage: CoverageView;
  /** 2.5 */
  care: CareView;
  /** 4.3 */
  dependencies: TableView;
  /** 5.n */
  scenarios: ScenarioSection[];
  /** 6.n and 6.n.m */
  services: ServiceSection[];
  /** 7.n */
  reflexes: ProcedureSection[];
  /** 8.1 */
  reentry: TableView;
  /** 8.n, n ≥ 2 */
  returnToNormal: ProcedureSection[];
  /** 10 */
  findings: TableView;
}

export function pcaView(input: ViewInput): PcaView {
  const ctx = viewContext(input);
  return {
    common: commonBlocks(ctx, "pca"),
    coverage: coverageView(ctx),
    care: careView(ctx),
    dependencies: dependenciesView(ctx),
    scenarios: scenarioSections(ctx),
    services: serviceSections(ctx),
    reflexes: procedureSections(ctx, proceduresOfKind(ctx, "reflex")),
    reentry: reentryView(ctx),
    returnToNormal: procedureSections(ctx, proceduresOfKind(ctx, "return-to-normal")),
    findings: findingsView(ctx, pcaFindingCodes),
  };
}
