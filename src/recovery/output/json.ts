import type { Finding } from "../../diagnostics/types.js";
import { normalizeFiness } from "../../plan/finess.js";
import type { Plan } from "../../plan/types.js";
import type { Recovery, ResourceFacts } from "../types.js";

/** `D − E`: the margin left at the earliest restore (negative: late); null without deadline. */
export function gapMinutes(f: ResourceFacts): number | null {
  return f.deadlineMinutes === null ? null : f.deadlineMinutes - f.earliestRestoreMinutes;
}

/** The `pcapra priorities --format json` document of docs/recovery.md, keys in the contract's order. */
export function prioritiesJson(plan: Plan, recovery: Recovery, findings: readonly Finding[]): unknown {
  const finess = normalizeFiness(plan.establishment.finess);
  return {
    establishment: {
      name: plan.establishment.name,
      finess: finess.ok ? finess.finess : plan.establishment.finess,
      type: plan.establishment.type,
    },
    planVersion: plan.plan.version,
    scenario: recovery.scenario,
    resources: recovery.ranked.map((f) => ({
      rank: f.rank,
      id: f.id,
      name: f.name,
      kind: f.kind,
      tier: f.tier,
      deadlineMinutes: f.deadlineMinutes,
      durationMinutes: f.durationMinutes,
      latestStartMinutes: f.latestStartMinutes,
      earliestRestoreMinutes: f.earliestRestoreMinutes,
      criticality: f.criticality,
      services: f.services,
      // Extras (allowed by the contract): what the table and the PRA also show.
      gapMinutes: gapMinutes(f),
      deadlineService: f.deadlineService,
      criticalPath: f.criticalPath,
      // Only on a shortened path (docs/recovery.md): the examples' documents stay as they were.
      ...(f.criticalPathOmitted ? { criticalPathOmitted: f.criticalPathOmitted } : {}),
    })),
    services: recovery.services.map((s) => ({
      id: s.id,
      name: s.name,
      criticality: s.criticality,
      rtoMinutes: s.rtoMinutes,
      effectiveRtoMinutes: s.effectiveRtoMinutes,
      restoredByMinutes: s.restoredByMinutes,
    })),
    findings: findings.map(findingJson),
  };
}

/** One finding as `priorities --format json` writes it (docs/recovery.md); `diff` reuses it. */
export function findingJson(f: Finding) {
  return {
    code: f.code,
    severity: f.severity,
    message: f.message,
    subject: f.subject,
    file: f.file,
    line: f.line,
    column: f.column,
    path: f.path,
  };
}
