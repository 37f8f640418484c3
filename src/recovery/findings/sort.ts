import { severityRank, type Finding, type FindingCode } from "../../diagnostics/types.js";
import type { Plan } from "../../plan/types.js";
import type { Recovery } from "../types.js";

/** Codes in the order of docs/documents.md table 7.2 (cover-not-direct, absent there, after the service check). */
export const findingCodeOrder: readonly FindingCode[] = [
  "rto-unreachable",
  "rto-exceeds-mtpd",
  "rpo-unmet",
  "no-backup",
  "no-offline-backup",
  "restore-test-stale",
  "no-degraded-procedure",
  "cover-not-direct",
  "missing-deputy",
  "no-recovery-estimate",
  "orphan-resource",
  "missing-phone",
  "dependency-cycle",
];

/**
 * Codes whose subject is a resource, in table 7.2 order: the one list of that fact. Sorting reads it
 * (subjects in rank order) and so does the PRA, whose chapter 10 selects them (and missing-phone).
 */
export const resourceFindingCodes: readonly FindingCode[] = [
  "rto-unreachable",
  "rpo-unmet",
  "no-backup",
  "no-offline-backup",
  "restore-test-stale",
  "no-recovery-estimate",
  "orphan-resource",
];
const resourceCodes = new Set<string>(resourceFindingCodes);
const serviceCodes = new Set<string>(["rto-exceeds-mtpd", "no-degraded-procedure"]);

function indexById(list: { id: string }[] | undefined): Map<string, number> {
  const m = new Map<string, number>();
  (list ?? []).forEach((x, i) => {
    if (!m.has(x.id)) m.set(x.id, i);
  });
  return m;
}

/**
 * docs/documents.md 1.7: `rto-unreachable` first, then severity, then code (table 7.2), then subject —
 * rank for resources (unranked ones after, in plan order), plan order for services and
 * procedures, cell order for roles, plan order for contacts; path and message last so that the order is total.
 */
export function sortFindings(findings: Finding[], recovery: Recovery | undefined, plan: Plan): Finding[] {
  const services = indexById(plan.services);
  const resources = indexById(plan.resources);
  const procedures = indexById(plan.procedures);
  const contacts = indexById(plan.contacts);
  const roles = new Map<string, number>();
  (plan.crisis?.cell ?? []).forEach((c, i) => {
    if (!roles.has(c.role)) roles.set(c.role, i);
  });
  const big = Number.MAX_SAFE_INTEGER;
  const subjectKey = (f: Finding): number => {
    if (resourceCodes.has(f.code)) {
      const rank = recovery?.resources.get(f.subject)?.rank;
      if (rank !== null && rank !== undefined) return rank;
      const i = resources.get(f.subject);
      return i === undefined ? big : 1e9 + i;
    }
    if (serviceCodes.has(f.code)) return services.get(f.subject) ?? big;
    if (f.code === "missing-deputy") return roles.get(f.subject) ?? big;
    if (f.code === "missing-phone") return contacts.get(f.subject) ?? big;
    if (f.code === "cover-not-direct") return procedures.get(f.subject) ?? big;
    return big;
  };
  const codeKey = (c: string) => {
    const i = findingCodeOrder.indexOf(c as FindingCode);
    return i < 0 ? findingCodeOrder.length : i;
  };
  const keyed = findings.map((f) => ({
    f,
    first: f.code === "rto-unreachable" ? 0 : 1,
    severity: severityRank[f.severity] ?? 3,
    code: codeKey(f.code),
    subject: subjectKey(f),
  }));
  keyed.sort(
    (a, b) =>
      a.first - b.first ||
      a.severity - b.severity ||
      a.code - b.code ||
      a.subject - b.subject ||
      (a.f.path < b.f.path ? -1 : a.f.path > b.f.path ? 1 : 0) ||
      (a.f.message < b.f.message ? -1 : a.f.message > b.f.message ? 1 : 0),
  );
  return keyed.map((k) => k.f);
}
