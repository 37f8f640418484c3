/**
 * PRA chapters 3.2 and 4 (docs/documents.md §3): teams, synthesis, order table, unreachable deadlines and
 * the textual dependency layers. Everything is formatted here; the template only places it.
 *
 * Resources outside the lost set L are not ranked (docs/recovery.md). They still belong to the plan, so
 * the PRA prints them after the ranked ones, in plan order, with `Non classée` as rank and
 * `Disponible` as earliest restore: in this scenario they are never lost.
 */
import type { Finding } from "../diagnostics/types.js";
import type { Plan, Resource } from "../plan/types.js";
import { durationMinutes } from "../plan/duration.js";
import { criticalPathText } from "../recovery/findings/critical-path.js";
import type { Recovery, ResourceFacts, Tier } from "../recovery/types.js";
import type { RowView, TableView } from "./shared/types.js";
import {
  formatDuration,
  formatGap,
  formatInteger,
  formatSignedDuration,
  NBSP,
  quote,
} from "../text/french.js";
import { absent, tierLabel } from "./labels.js";

export const notRanked = "Non classée";
export const notLost = "Disponible";

/** A resource as the PRA prints it: plan entry, computed facts, position in the document order. */
export interface PraResource {
  resource: Resource;
  facts: ResourceFacts;
  /** 0-based position: ranked resources first (rank order), then the others in plan order. */
  position: number;
}

/** Document order of the PRA: rank order over L, then resources outside L in plan order. */
export function praResources(plan: Plan, recovery: Recovery): PraResource[] {
  const byId = new Map((plan.resources ?? []).map((r) => [r.id, r]));
  const out: PraResource[] = [];
  for (const facts of recovery.ranked) {
    const resource = byId.get(facts.id);
    if (resource) out.push({ resource, facts, position: out.length });
  }
  for (const resource of plan.resources ?? []) {
    const facts = recovery.resources.get(resource.id);
    if (facts && facts.rank === null) out.push({ resource, facts, position: out.length });
  }
  return out;
}

export function deadlineText(facts: ResourceFacts): string {
  // D(r) = D(q) − duration(q) can be negative (already late at t = 0): keep the sign (§1.6).
  return facts.deadlineMinutes === null ? absent.noDeadline : formatSignedDuration(facts.deadlineMinutes);
}

export function recoveryDurationText(resource: Resource): string {
  return resource.recovery?.duration !== undefined
    ? formatDuration(durationMinutes(resource.recovery.duration))
    : absent.value;
}

export function latestStartText(facts: ResourceFacts): string {
  if (!facts.lost || facts.latestStartMinutes === null) return absent.notApplicable;
  return formatSignedDuration(facts.latestStartMinutes);
}

export function earliestText(facts: ResourceFacts): string {
  return facts.lost ? formatDuration(facts.earliestRestoreMinutes) : notLost;
}

export function gapText(facts: ResourceFacts): string {
  if (!facts.lost || facts.deadlineMinutes === null) return absent.notApplicable;
  return formatGap(facts.deadlineMinutes - facts.earliestRestoreMinutes);
}

export function rankText(facts: ResourceFacts): string {
  return facts.rank === null ? notRanked : formatInteger(facts.rank);
}

export interface OrderRow {
  bold: boolean;
  rank: string;
  tier: string;
  name: string;
  deadline: string;
  /** Name of the activity whose deadline sets D (`Aucune` without deadline). */
  setBy: string;
  duration: string;
  latestStart: string;
  earliest: string;
  gap: string;
}

export const orderColumns = [
  "Rang",
  "Priorité",
  "Ressource",
  "Échéance",
  "Fixée par",
  "Durée",
  "Début au plus tard",
  "Rétablie au plus tôt",
  "Écart",
];

/** 4.2: every resource, document order; `rto-unreachable` rows in bold. */
export function orderTable(
  resources: PraResource[],
  unreachable: Set<string>,
  serviceName: (id: string) => string,
): TableView {
  const rows: RowView[] = orderRows(resources, unreachable, serviceName).map((r) => ({
    bold: r.bold,
    cells: [r.rank, r.tier, r.name, r.deadline, r.setBy, r.duration, r.latestStart, r.earliest, r.gap],
  }));
  return { columns: orderColumns, rows, widths: [1.3, 1.6, 3.6, 1.7, 2.8, 1.6, 1.9, 1.9, 1.6] };
}

export function orderRows(
  resources: PraResource[],
  unreachable: Set<string>,
  serviceName: (id: string) => string,
): OrderRow[] {
  return resources.map(({ resource, facts }) => ({
    bold: unreachable.has(resource.id),
    rank: rankText(facts),
    tier: tierLabel(facts.tier),
    name: resource.name,
    deadline: deadlineText(facts),
    setBy:
      facts.deadlineMinutes === null || facts.deadlineService === null
        ? absent.none
        : serviceName(facts.deadlineService),
    duration: recoveryDurationText(resource),
    latestStart: latestStartText(facts),
    earliest: earliestText(facts),
    gap: gapText(facts),
  }));
}

const tiers: { tier: Tier; deadline: string }[] = [
  { tier: "P1", deadline: `≤${NBSP}4${NBSP}h` },
  { tier: "P2", deadline: `≤${NBSP}1${NBSP}j` },
  { tier: "P3", deadline: `≤${NBSP}3${NBSP}j` },
  { tier: "P4", deadline: `≤${NBSP}7${NBSP}j` },
  { tier: "P5", deadline: `>${NBSP}7${NBSP}j` },
  { tier: "none", deadline: "Aucune activité n’en fixe" },
];

/** 2.3: the fixed table of tiers. */
export function tierScale(): { tier: string; deadline: string }[] {
  return tiers.map((t) => ({ tier: tierLabel(t.tier), deadline: t.deadline }));
}

export interface SynthesisRow {
  tier: string;
  deadline: string;
  count: string;
  unreachable: string;
}

/** 4.1: always six rows; counts are over L (the resources this recovery order restores). */
export function synthesisRows(recovery: Recovery, unreachable: Set<string>): SynthesisRow[] {
  return tiers.map((t) => {
    const inTier = recovery.ranked.filter((r) => r.tier === t.tier);
    return {
      tier: tierLabel(t.tier),
      deadline: t.deadline,
      count: formatInteger(inTier.length),
      unreachable: formatInteger(inTier.filter((r) => unreachable.has(r.id)).length),
    };
  });
}

/** 4.3: one sentence and one critical path per `rto-unreachable` finding, in findings order. */
export function unreachableItems(
  findings: Finding[],
  plan: Plan,
  recovery: Recovery,
): { sentence: string; path: string }[] {
  // One look-up table rather than a scan of every service per finding (CHU plans: hundreds of each).
  const services = new Map<string, string>();
  for (const s of plan.services) if (!services.has(s.id)) services.set(s.id, s.name);
  const name = (id: string): string => recovery.resources.get(id)?.name ?? services.get(id) ?? id;
  return findings
    .filter((f) => f.code === "rto-unreachable")
    .map((f) => {
      const facts = recovery.resources.get(f.subject);
      const earliest = f.data?.earliestMinutes ?? facts?.earliestRestoreMinutes ?? 0;
      const deadline = f.data?.deadlineMinutes ?? facts?.deadlineMinutes ?? 0;
      const service = f.data?.service ?? facts?.deadlineService ?? "";
      const path = f.data?.criticalPath ?? facts?.criticalPath ?? [f.subject];
      const omitted = f.data?.criticalPath ? f.data.criticalPathOmitted : facts?.criticalPathOmitted;
      return {
        sentence:
          `${name(f.subject)}${NBSP}: rétablie au plus tôt en ${formatDuration(earliest)}, ` +
          `échéance ${formatSignedDuration(deadline)} fixée par ${quote(name(service))}.`,
        path: `Chemin critique${NBSP}: ${criticalPathText(path, omitted, name)}`,
      };
    });
}

export interface TeamRow {
  team: string;
  resources: string;
  count: string;
}

/** 3.2: groups by recovery team, ordered by their first resource; `Non désigné` last. */
export function teamRows(resources: PraResource[], contactRef: (id: string) => string): TeamRow[] {
  const groups = new Map<string, PraResource[]>();
  const none: PraResource[] = [];
  for (const r of resources) {
    const team = r.resource.recovery?.team;
    if (team === undefined) none.push(r);
    else groups.set(team, [...(groups.get(team) ?? []), r]);
  }
  const row = (team: string, members: PraResource[]): TeamRow => ({
    team,
    resources: members.map((m) => m.resource.name).join(", "),
    count: formatInteger(members.length),
  });
  // Map insertion order already follows the document order of each group's first resource.
  const rows = [...groups].map(([id, members]) => row(contactRef(id), members));
  if (none.length > 0) rows.push(row(absent.notAppointed, none));
  return rows;
}

export interface LayerRow {
  level: string;
  name: string;
  dependsOn: string;
  tier: string;
}

/**
 * 4.4, DOCX edition: the dependency graph as layers, rows by level, then document order. The level
 * is a graph fact: the recovery engine computes it (src/recovery/levels.ts); the view only reads it.
 */
export function layerRows(resources: PraResource[]): LayerRow[] {
  const byId = new Map(resources.map((r) => [r.resource.id, r]));
  return resources
    .map((r) => ({ r, level: r.facts.level }))
    .sort((a, b) => a.level - b.level || a.r.position - b.r.position)
    .map(({ r, level }) => {
      const deps = (r.resource.dependsOn ?? []).map((d) => byId.get(d)?.resource.name ?? d);
      return {
        level: String(level),
        name: r.resource.name,
        dependsOn: deps.length > 0 ? deps.join(", ") : absent.none,
        tier: tierLabel(r.facts.tier),
      };
    });
}
