import type { Finding } from "../diagnostics/types.js";
import type { Criticality, ResourceKind } from "../plan/types.js";

export type Tier = "P1" | "P2" | "P3" | "P4" | "P5" | "none";

/** Facts computed for every resource of the plan (lost or not). Minutes are whole minutes. */
export interface ResourceFacts {
  id: string;
  name: string;
  kind: ResourceKind;
  /** In the lost set L of the scenario. */
  lost: boolean;
  /** 1-based rank among L; null for resources outside L. */
  rank: number | null;
  tier: Tier;
  /** D(r); null when nothing gives it a deadline. */
  deadlineMinutes: number | null;
  /** duration(r): recovery.duration when lost (0 when absent), 0 when not lost. */
  durationMinutes: number;
  /** LS(r) = D − duration; null when D is null. May be negative. */
  latestStartMinutes: number | null;
  /** E(r). */
  earliestRestoreMinutes: number;
  /** Best criticality among services depending on it transitively; null when none. */
  criticality: Criticality | null;
  /** Ids of services depending on it transitively, sorted by code unit. */
  services: string[];
  /** Service whose deadline gives D(r) (ties: smallest id); null when D is null. */
  deadlineService: string | null;
  /**
   * From this resource towards its dependencies, largest E at each step (ties: smallest id):
   * whole up to 12 ids, else both ends (src/recovery/findings/critical-path.ts).
   */
  criticalPath: string[];
  /** Only on a shortened path: `count` resources left out after the first `after`. */
  criticalPathOmitted?: { after: number; count: number };
  /** Dependency level: 1 without resource dependencies, else 1 + the highest level among them. */
  level: number;
}

export interface ServiceFacts {
  id: string;
  name: string;
  criticality: Criticality;
  rtoMinutes: number;
  effectiveRtoMinutes: number;
  /** max E over the resources it depends on transitively; 0 if none. */
  restoredByMinutes: number;
  /** Resource ids reachable through dependsOn (through services and resources): R(s) of docs/care.md. */
  reachableResources: string[];
}

export interface Recovery {
  /** Scenario id, or null for the default (total loss of the information system). */
  scenario: string | null;
  /** Resources of L in rank order. */
  ranked: ResourceFacts[];
  /** Every resource, by id. */
  resources: Map<string, ResourceFacts>;
  /** Every service, in plan order. */
  services: ServiceFacts[];
  /** Findings of docs/recovery.md (and the rules' ones passed in), sorted once as docs/documents.md 1.7 says. */
  findings: Finding[];
}
