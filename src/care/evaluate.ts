/**
 * evaluateCare: one valid plan → its CaRE Domaine 2 readiness report (docs/care.md). Pure: no I/O,
 * no clock; the same input always gives the same report.
 */
import type { Finding } from "../diagnostics/types.js";
import { normalizeFiness } from "../plan/finess.js";
import type { SourceMap } from "../plan/source-map.js";
import type { Plan } from "../plan/types.js";
import type { Recovery } from "../recovery/types.js";
import { checkBackupPlans, checkImmutableCopy, checkReferent, checkRestoreTest } from "./checks-backup.js";
import {
  checkBia,
  checkCoverage,
  checkFieldTest,
  checkPerimeter,
  checkSchedule,
  checkScenarios,
  rawCoverage,
} from "./checks-continuity.js";
import { checkCell, checkCrisisProcedures, checkOrganisation } from "./checks-governance.js";
import { documentHints, itemDefinitions, type NotEvidencedCheckId } from "./constants.js";
import { buildContext, type CareContext } from "./context.js";
import { round4 } from "./format.js";
import type {
  CareCheck,
  CareCounts,
  CareItem,
  CareItemId,
  CarePlanReport,
  CareSite,
  CareStatus,
} from "./types.js";

export interface CareInput {
  source: string;
  plan: Plan;
  map: SourceMap;
  recovery: Recovery;
  findings: Finding[];
}

function notEvidenced(id: NotEvidencedCheckId): CareCheck {
  return { id, status: "not-evidenced", document: documentHints[id], locations: [] };
}

/** Checks of each item, in the order of docs/care.md. */
function itemChecks(ctx: CareContext, coverage: number | null): Record<CareItemId, CareCheck[]> {
  return {
    P1: [notEvidenced("P1-pssi")],
    P2: [checkOrganisation(ctx), notEvidenced("P2-project-note")],
    "O1.A": [checkCell(ctx), notEvidenced("O1.A-diagram")],
    "O1.B": [checkCrisisProcedures(ctx), notEvidenced("O1.B-plan-blanc")],
    "O1.C": [checkBia(ctx), checkPerimeter(ctx), checkScenarios(ctx), checkCoverage(ctx, coverage)],
    "O1.D": [checkFieldTest(ctx), checkSchedule(ctx)],
    "O2.A": [notEvidenced("O2.A-policy")],
    "O2.B": [checkBackupPlans(ctx), notEvidenced("O2.B-upkeep")],
    "O3.A": [notEvidenced("O3.A-auth")],
    "O3.B": [notEvidenced("O3.B-isolation")],
    "O3.C": [checkImmutableCopy(ctx), notEvidenced("O3.C-roadmap")],
    "O3.D": [notEvidenced("O3.D-monitoring")],
    O4: [checkRestoreTest(ctx), checkReferent(ctx)],
  };
}

/** Item status from its checks other than `not-evidenced` (docs/care.md « Item status »). */
export function itemStatus(checks: CareCheck[]): CareStatus {
  const shown = checks.filter((c) => c.status !== "not-evidenced");
  if (shown.length === 0) return "not-evidenced";
  if (shown.every((c) => c.status === "ok")) return "ok";
  if (shown.every((c) => c.status === "missing")) return "missing";
  return "partial";
}

function siteShares(ctx: CareContext): CareSite[] {
  return (ctx.plan.sites ?? []).map((site) => {
    let activityShare = 0;
    let coveredShare = 0;
    for (const { item } of ctx.services) {
      if (item.site !== site.id) continue;
      activityShare += item.activityShare ?? 0;
      if (ctx.covered.has(item.id)) coveredShare += item.activityShare ?? 0;
    }
    return { id: site.id, activityShare: round4(activityShare), coveredShare: round4(coveredShare) };
  });
}

export function evaluateCare(input: CareInput): CarePlanReport {
  const { plan } = input;
  const ctx = buildContext(plan, input.map, input.recovery, input.findings);
  const coverage = rawCoverage(ctx);
  const checks = itemChecks(ctx, coverage);
  const items: CareItem[] = itemDefinitions.map((d) => ({
    id: d.id,
    ref: d.ref,
    title: d.title,
    status: itemStatus(checks[d.id]),
    checks: checks[d.id],
  }));
  const counts: CareCounts = { ok: 0, partial: 0, missing: 0, "not-evidenced": 0 };
  for (const item of items) counts[item.status]++;

  const e = plan.establishment;
  const finess = normalizeFiness(e.finess);
  const establishment: CarePlanReport["establishment"] = {
    finess: finess.ok ? finess.finess : e.finess,
    name: e.name,
    type: e.type,
  };
  if (e.category !== undefined) establishment.category = e.category;
  if (e.ght !== undefined) establishment.ght = e.ght;
  if (e.region !== undefined) establishment.region = e.region;
  if (e.beds !== undefined) establishment.beds = e.beds;

  return {
    source: input.source,
    valid: true,
    applicable: e.type === "sanitaire",
    establishment,
    plan: { version: plan.plan.version, date: plan.plan.date },
    coverage: coverage === null ? null : round4(coverage),
    counts,
    items,
    sites: siteShares(ctx),
    covered: ctx.services.filter((s) => ctx.covered.has(s.item.id)).map((s) => s.item.id),
    coverageRaw: coverage,
  };
}
