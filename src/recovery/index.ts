/**
 * The recovery engine (docs/recovery.md): dependency graph → recovery order, deadlines, tiers and
 * findings for one scenario. Pure: no I/O, no clock; the same plan gives the same result
 * whatever the order of its arrays (every tie is broken by id).
 */
import type { Diagnostic, Finding } from "../diagnostics/types.js";
import type { SourceMap } from "../plan/source-map.js";
import type { Plan } from "../plan/types.js";
import { Closures } from "./closures.js";
import { cycleDiagnostics } from "./cycles.js";
import { computeDeadlines } from "./deadlines.js";
import { computeEarliest } from "./earliest.js";
import { dependencyLevels } from "./levels.js";
import { resourceFacts, serviceFacts, type FactInputs } from "./facts.js";
import type { FindingContext } from "./findings/context.js";
import { procedureFindings } from "./findings/procedure-findings.js";
import { resourceFindings } from "./findings/resource-findings.js";
import { serviceFindings } from "./findings/service-findings.js";
import { sortFindings } from "./findings/sort.js";
import { buildGraph, dependentsFirst } from "./graph.js";
import { minutesOr } from "./minutes.js";
import { recoveryOrder } from "./order.js";
import { lostSet } from "./scenario.js";
import { inherit } from "./transitive.js";
import type { Recovery, ResourceFacts } from "./types.js";

export { sortFindings, findingCodeOrder, resourceFindingCodes } from "./findings/sort.js";
export { tierOf } from "./tiers.js";
export { unknownScenarioPath } from "./scenario.js";
export type { Recovery, ResourceFacts, ServiceFacts, Tier } from "./types.js";

export interface RecoveryOptions {
  /** Scenario id; null or absent = total loss of the information system. */
  scenario?: string | null;
  /**
   * Findings of the rules phase (rto-exceeds-mtpd, missing-deputy…): merged with the engine's so
   * that `Recovery.findings` holds every finding, sorted once, here.
   */
  findings?: readonly Finding[];
}

export function computeRecovery(
  plan: Plan,
  map: SourceMap,
  options: RecoveryOptions = {},
): { recovery?: Recovery; diagnostics: Diagnostic[] } {
  const scenario = options.scenario ?? null;
  const g = buildGraph(plan);
  const lostResources = lostSet(plan, g, map, scenario);
  if ("error" in lostResources) return { diagnostics: [lostResources.error] };

  const topo = dependentsFirst(g);
  if (topo === null) return { diagnostics: cycleDiagnostics(g, map) };

  const resources = plan.resources ?? [];
  const lost = new Uint8Array(g.nodeCount);
  const duration = new Float64Array(g.nodeCount);
  resources.forEach((r, i) => {
    const node = g.serviceCount + i;
    lost[node] = lostResources.lost[i];
    if (lost[node]) duration[node] = minutesOr(r.recovery?.duration, 0);
  });

  const deadlines = computeDeadlines(plan, g, topo, duration);
  const earliest = computeEarliest(g, topo, duration);
  const inherited = inherit(plan, g, topo);
  const latestStart = new Float64Array(g.nodeCount);
  for (let n = 0; n < g.nodeCount; n++) latestStart[n] = deadlines.deadline[n] - duration[n];

  const order = recoveryOrder(g, (n) => lost[n] === 1, latestStart, inherited.bestRank);
  const rank = new Int32Array(g.nodeCount);
  order.forEach((n, i) => (rank[n] = i + 1));

  // What the finding checks read; the facts read the same, and a few arrays more.
  const ctx: FindingContext = { plan, map, g, lost, duration, deadlines, earliest, inherited };
  const inputs: FactInputs = {
    ...ctx,
    closures: new Closures(g, topo),
    rank,
    levels: dependencyLevels(g, topo),
  };
  const byId = new Map<string, ResourceFacts>();
  const all: ResourceFacts[] = [];
  for (let n = g.serviceCount; n < g.nodeCount; n++) {
    const facts = resourceFacts(inputs, n);
    all.push(facts);
    if (!byId.has(facts.id)) byId.set(facts.id, facts);
  }
  const ranked = order.map((n) => all[n - g.serviceCount]);
  const services = plan.services.map((_, i) => serviceFacts(inputs, i));

  const findings: Finding[] = [
    ...(options.findings ?? []),
    ...resourceFindings(ctx),
    ...serviceFindings(ctx),
    ...procedureFindings(ctx),
  ];
  const recovery: Recovery = { scenario, ranked, resources: byId, services, findings };
  recovery.findings = sortFindings(findings, recovery, plan);
  return { recovery, diagnostics: [] };
}
