import type { Plan, Procedure, Resource, Scenario, Service } from "../../src/plan/types.js";

/** A schema-valid plan around the given services, resources, procedures and scenarios. */
export function makePlan(parts: {
  services: Partial<Service>[];
  resources?: Partial<Resource>[];
  procedures?: Partial<Procedure>[];
  scenarios?: Scenario[];
  date?: string;
}): Plan {
  return {
    version: 1,
    establishment: { name: "CH de test", finess: "29 000 001 7", type: "sanitaire" },
    plan: { version: "1.0", date: parts.date ?? "2026-03-15", owner: "dir" },
    contacts: [{ id: "dir", name: "Directrice", role: "Direction" }],
    crisis: { cell: [{ role: "Direction de crise", contact: "dir" }] },
    services: parts.services.map((s) => ({
      name: s.id ?? "",
      kind: "care",
      criticality: "important",
      rto: "1j",
      ...s,
    })) as Service[],
    resources: (parts.resources ?? []).map((r) => ({
      name: r.id ?? "",
      kind: "application",
      ...r,
    })) as Resource[],
    procedures: (parts.procedures ?? []).map((p) => ({
      title: p.id ?? "",
      kind: "degraded",
      steps: ["Passer au papier"],
      ...p,
    })) as Procedure[],
    scenarios: parts.scenarios ?? [],
  };
}

/** Shortcut for `recovery: { duration }`. */
export function rec(duration: string): Resource["recovery"] {
  return { duration };
}
