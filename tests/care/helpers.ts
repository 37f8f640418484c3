import type { Finding } from "../../src/diagnostics/types.js";
import { evaluateCare } from "../../src/care/evaluate.js";
import type { CareCheck, CareItem, CarePlanReport } from "../../src/care/types.js";
import { SourceMap } from "../../src/plan/source-map.js";
import type { Plan } from "../../src/plan/types.js";
import type { Recovery, ServiceFacts } from "../../src/recovery/types.js";

/** A plan dated 2026-03-01 that evidences everything a plan can show. */
export function fullPlan(): Plan {
  return {
    version: 1,
    establishment: {
      name: "CH Alpha",
      finess: "29 000 001 7",
      type: "sanitaire",
      category: "CH",
      ght: "GHT Test",
      region: "Bretagne",
      beds: 300,
    },
    plan: { version: "2.1", date: "2026-03-01", owner: "rssi", approvedBy: "dir", nextReview: "2027-03-01" },
    contacts: [
      { id: "rssi", name: "Anne Rssi", role: "RSSI" },
      { id: "dsi", name: "Bruno Dsi", role: "DSI" },
      { id: "dir", name: "Claire Dir", role: "Directrice" },
      { id: "chef", name: "Denis Chef", role: "Chef des urgences" },
    ],
    crisis: {
      cell: [
        { role: "Directeur de crise", contact: "dir", deputy: "dsi" },
        { role: "Responsable SI", contact: "rssi", deputy: "dsi" },
      ],
      triggers: ["Perte du DPI"],
      alerting: ["Appeler l’administrateur de garde"],
      notifications: [{ who: "ARS Bretagne", when: "immédiatement" }],
    },
    services: [
      {
        id: "urgences",
        name: "Urgences",
        kind: "care",
        criticality: "vital",
        rto: "4h",
        mtpd: "8h",
        rpo: "1h",
        activityShare: 0.5,
        manager: "chef",
        site: "s1",
        dependsOn: ["dpi"],
      },
      {
        id: "paie",
        name: "Paie",
        kind: "administrative",
        criticality: "essential",
        rto: "3j",
        mtpd: "5j",
        rpo: "1j",
        activityShare: 0.1,
        site: "s2",
        dependsOn: ["gef"],
      },
      {
        id: "labo",
        name: "Laboratoire",
        kind: "technical",
        criticality: "essential",
        rto: "8h",
        mtpd: "1j",
        rpo: "4h",
        activityShare: 0.2,
        site: "s1",
        dependsOn: ["sil"],
      },
      {
        id: "consult",
        name: "Consultations",
        kind: "care",
        criticality: "important",
        rto: "2j",
        activityShare: 0.2,
        site: "s2",
        dependsOn: ["dpi"],
      },
    ],
    resources: [
      {
        id: "dpi",
        name: "DPI",
        kind: "application",
        dependsOn: ["ad"],
        recovery: { duration: "2h" },
        backup: { frequency: "1h", offline: true, immutable: true, lastRestoreTest: "2026-01-10" },
      },
      { id: "ad", name: "Annuaire", kind: "infrastructure", recovery: { duration: "1h" } },
      {
        id: "gef",
        name: "GEF",
        kind: "application",
        recovery: { duration: "4h" },
        backup: { frequency: "1j", offline: true, immutable: true },
      },
      {
        id: "sil",
        name: "SIL",
        kind: "application",
        recovery: { duration: "3h" },
        backup: { frequency: "4h", offline: true, immutable: true },
      },
    ],
    procedures: [
      {
        id: "pd-urg",
        title: "Urgences sur papier",
        kind: "degraded",
        service: "urgences",
        covers: ["dpi"],
        maxDuration: "3j",
        steps: ["a"],
      },
      {
        id: "pd-paie",
        title: "Paie manuelle",
        kind: "degraded",
        service: "paie",
        covers: ["gef"],
        maxDuration: "1sem",
        steps: ["a"],
      },
      {
        id: "pd-labo",
        title: "Labo papier",
        kind: "degraded",
        service: "labo",
        covers: ["sil"],
        maxDuration: "2j",
        steps: ["a"],
      },
      { id: "rfx", title: "Rançongiciel", kind: "reflex", steps: ["Débrancher"] },
    ],
    scenarios: [
      { id: "sc-it", title: "Perte du SI", kind: "it-outage" },
      { id: "sc-site", title: "Perte du bâtiment A", kind: "site-loss" },
    ],
    exercises: [
      {
        date: "2026-01-20",
        kind: "field-test",
        title: "Exercice terrain urgences",
        lessons: ["Manque de formulaires"],
      },
      { date: "2026-06-01", kind: "tabletop", title: "Exercice sur table" },
      { date: "2025-12-01", kind: "technical-restore", title: "Restauration du DPI", status: "done" },
    ],
    sites: [
      { id: "s1", name: "Site A" },
      { id: "s2", name: "Site B" },
    ],
  };
}

/** R(s) by breadth over dependsOn (services and resources), as docs/recovery.md defines it. */
export function recoveryFor(plan: Plan): Recovery {
  const services = new Map(plan.services.map((s) => [s.id, s]));
  const resources = new Map((plan.resources ?? []).map((r) => [r.id, r]));
  const facts: ServiceFacts[] = plan.services.map((s) => {
    const seen = new Set<string>();
    const queue = [...(s.dependsOn ?? [])];
    while (queue.length) {
      const id = queue.shift()!;
      if (seen.has(id) || id === s.id) continue;
      seen.add(id);
      queue.push(...(resources.get(id)?.dependsOn ?? services.get(id)?.dependsOn ?? []));
    }
    return {
      id: s.id,
      name: s.name,
      criticality: s.criticality,
      rtoMinutes: 0,
      effectiveRtoMinutes: 0,
      restoredByMinutes: 0,
      reachableResources: [...seen].filter((id) => resources.has(id)).sort(),
    };
  });
  return { scenario: null, ranked: [], resources: new Map(), services: facts, findings: [] };
}

export function evaluate(plan: Plan, findings: Finding[] = [], source = "plan.yaml"): CarePlanReport {
  const map = new SourceMap();
  map.fallbackFile = source;
  return evaluateCare({ source, plan, map, recovery: recoveryFor(plan), findings });
}

export function item(report: CarePlanReport, id: string): CareItem {
  const found = report.items.find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
}

export function checkOf(report: CarePlanReport, id: string): CareCheck {
  for (const i of report.items) {
    const c = i.checks.find((k) => k.id === id);
    if (c) return c;
  }
  throw new Error(`no check ${id}`);
}

export function rpoUnmet(subject: string): Finding {
  return {
    file: "plan.yaml",
    line: 1,
    column: 1,
    severity: "warning",
    code: "rpo-unmet",
    message: "…",
    path: "/resources/0",
    subject,
  };
}
