/** A small hand-built ViewInput: plan, recovery facts, findings and care report (no engine run). */
import type { CarePlanReport } from "../../src/care/types.js";
import type { Finding } from "../../src/diagnostics/types.js";
import type { Plan } from "../../src/plan/types.js";
import type { Recovery, ResourceFacts, ServiceFacts } from "../../src/recovery/types.js";
import type { ViewInput } from "../../src/view/input.js";

export function samplePlan(): Plan {
  return {
    version: 1,
    establishment: {
      name: "Centre hospitalier de Test",
      finess: "290 000 017",
      type: "sanitaire",
      category: "CH",
      ght: "GHT Test",
      region: "Bretagne",
      address: "1 rue de l’Hôpital\n29000 Quimper",
      beds: 12000,
    },
    plan: {
      version: "2.1",
      date: "2026-03-15",
      owner: "dir",
      approvedBy: "dg",
      nextReview: "2027-03-01",
      classification: "Diffusion restreinte",
      title: "PCA 2026",
    },
    contacts: [
      { id: "dir", name: "Alice Martin", role: "Directrice", mobile: "06 00 00 00 01", deputy: "dg" },
      { id: "dg", name: "Bruno Durand", role: "Directeur général", phone: "02 00 00 00 02" },
      {
        id: "ext",
        name: "Éditeur DPI",
        role: "Support",
        organization: "Éditeur",
        external: true,
        email: "support@example.org",
      },
    ],
    crisis: {
      cell: [
        {
          role: "Directeur de crise",
          contact: "dg",
          deputy: "dir",
          responsibilities: ["Décider", "Communiquer"],
        },
        { role: "Coordination soins", contact: "dir" },
      ],
      triggers: ["Perte du DPI > 1 h"],
      alerting: ["Prévenir l’administrateur de garde", "Réunir la cellule"],
      notifications: [{ who: "ARS", when: "Sans délai" }],
    },
    services: [
      {
        id: "adm",
        name: "Admissions",
        kind: "administrative",
        criticality: "essential",
        rto: "1d",
        activityShare: 0.1,
        dependsOn: ["dpi"],
      },
      {
        id: "urg",
        name: "Urgences **SAU** | {{x}} <b>&amp;",
        kind: "care",
        criticality: "vital",
        rto: "4h",
        mtpd: "8h",
        rpo: "1h",
        activityShare: 0.3,
        manager: "dir",
        dependsOn: ["dpi", "adm"],
        description: "Accueil 24 h/24.\nDeuxième ligne : _italique_ \\ fin",
      },
    ],
    resources: [
      {
        id: "dpi",
        name: "Dossier patient",
        kind: "application",
        supplier: "Éditeur DPI",
        dependsOn: ["ad"],
        recovery: { duration: "6h", team: "dir" },
        backup: { frequency: "1d", offline: true, immutable: true, lastRestoreTest: "2025-06-01" },
      },
      { id: "ad", name: "Annuaire AD", kind: "infrastructure" },
      { id: "elec", name: "Électricité", kind: "utility" },
    ],
    procedures: [
      {
        id: "p-urg",
        title: "Urgences sur papier",
        kind: "degraded",
        service: "urg",
        covers: ["dpi"],
        maxDuration: "3d",
        trigger: "DPI indisponible",
        steps: [
          "Sortir les dossiers papier",
          { action: "Prévenir les équipes", who: "dir" },
          { action: "Tracer", who: "IDE de tri" },
        ],
        supplies: ["Formulaires"],
        returnToNormal: ["Ressaisir les dossiers", "Contrôler"],
      },
      { id: "r-cyber", title: "Réflexe cyber", kind: "reflex", steps: ["Débrancher le réseau"] },
      { id: "rtn", title: "Bascule retour", kind: "return-to-normal", steps: ["Vérifier"] },
      { id: "rec", title: "Restaurer le DPI", kind: "recovery", steps: ["Restaurer"] },
    ],
    scenarios: [{ id: "cyber", title: "Rançongiciel", kind: "it-outage", procedures: ["r-cyber"] }],
    exercises: [
      {
        date: "2026-06-01",
        kind: "field-test",
        title: "Exercice terrain",
        scenario: "cyber",
        level: "intermediate",
      },
      { date: "2025-11-10", kind: "tabletop", title: "Exercice sur table", lessons: ["Annuaire à jour"] },
    ],
  };
}

function resourceFacts(
  partial: Partial<ResourceFacts> & Pick<ResourceFacts, "id" | "name" | "kind">,
): ResourceFacts {
  return {
    lost: false,
    rank: null,
    tier: "none",
    deadlineMinutes: null,
    durationMinutes: 0,
    latestStartMinutes: null,
    earliestRestoreMinutes: 0,
    criticality: null,
    services: [],
    deadlineService: null,
    criticalPath: [],
    level: 1,
    ...partial,
  };
}

export function sampleRecovery(): Recovery {
  const ad = resourceFacts({
    id: "ad",
    name: "Annuaire AD",
    kind: "infrastructure",
    lost: true,
    rank: 1,
    tier: "P1",
    deadlineMinutes: 240,
    latestStartMinutes: 240,
    criticality: "vital",
    services: ["adm", "urg"],
    deadlineService: "urg",
    criticalPath: ["ad"],
  });
  const dpi = resourceFacts({
    id: "dpi",
    name: "Dossier patient",
    kind: "application",
    lost: true,
    rank: 2,
    tier: "P1",
    deadlineMinutes: 240,
    durationMinutes: 360,
    latestStartMinutes: -120,
    earliestRestoreMinutes: 360,
    criticality: "vital",
    services: ["adm", "urg"],
    deadlineService: "urg",
    criticalPath: ["dpi", "ad"],
    level: 2,
  });
  const elec = resourceFacts({ id: "elec", name: "Électricité", kind: "utility" });
  const services: ServiceFacts[] = [
    {
      id: "adm",
      name: "Admissions",
      criticality: "essential",
      rtoMinutes: 1440,
      effectiveRtoMinutes: 240,
      restoredByMinutes: 360,
      reachableResources: ["ad", "dpi"],
    },
    {
      id: "urg",
      name: "Urgences",
      criticality: "vital",
      rtoMinutes: 240,
      effectiveRtoMinutes: 240,
      restoredByMinutes: 360,
      reachableResources: ["ad", "dpi"],
    },
  ];
  return {
    scenario: null,
    ranked: [ad, dpi],
    resources: new Map([
      ["ad", ad],
      ["dpi", dpi],
      ["elec", elec],
    ]),
    services,
    findings: [],
  };
}

function finding(
  code: Finding["code"],
  severity: Finding["severity"],
  subject: string,
  data: Finding["data"],
): Finding {
  return {
    file: "plan.yaml",
    line: 1,
    column: 1,
    path: "",
    message: "message CLI à ne pas imprimer",
    code,
    severity,
    subject,
    data,
  };
}

export function sampleFindings(): Finding[] {
  return [
    finding("rto-unreachable", "error", "dpi", {
      earliestMinutes: 360,
      deadlineMinutes: 240,
      service: "urg",
      criticalPath: ["dpi", "ad"],
    }),
    finding("missing-deputy", "warning", "Coordination soins", { contact: "dir" }),
    finding("orphan-resource", "info", "elec", {}),
  ];
}

export function sampleCare(): CarePlanReport {
  return {
    source: "plan.yaml",
    valid: true,
    applicable: true,
    establishment: { finess: "290000017", name: "Centre hospitalier de Test", type: "sanitaire" },
    plan: { version: "2.1", date: "2026-03-15" },
    coverage: 0.3,
    coverageRaw: 0.3,
    counts: { ok: 1, partial: 0, missing: 0, "not-evidenced": 1 },
    items: [
      {
        id: "P1",
        ref: "D2.P1",
        title: "Disposer d’une PSSI",
        status: "not-evidenced",
        checks: [{ id: "P1-pssi", status: "not-evidenced", document: "PSSI approuvée", locations: [] }],
      },
      {
        id: "O1.C",
        ref: "D2.O1.C",
        title: "Formaliser un PCA et un PRA",
        status: "ok",
        checks: [{ id: "O1.C-bia", status: "ok", message: "BIA complet", locations: [] }],
      },
    ],
    sites: [],
    covered: ["urg"],
  };
}

export function sampleInput(): ViewInput {
  const plan = samplePlan();
  return {
    plan,
    recovery: sampleRecovery(),
    findings: sampleFindings(),
    care: sampleCare(),
    scenario: null,
    // The it-outage scenario without `unavailable` loses the default set: the same recovery.
    scenarioOrders: (plan.scenarios ?? []).map((scenario) => ({ scenario, recovery: sampleRecovery() })),
  };
}

/** The same establishment with every optional list empty. */
export function emptyInput(): ViewInput {
  const plan = samplePlan();
  plan.crisis = { cell: [{ role: "Directeur de crise", contact: "dg" }] };
  plan.services = [{ id: "urg", name: "Urgences", kind: "care", criticality: "vital", rto: "4h" }];
  plan.resources = [];
  plan.procedures = [];
  plan.scenarios = [];
  plan.exercises = [];
  plan.sites = [];
  const recovery: Recovery = {
    scenario: null,
    ranked: [],
    resources: new Map(),
    services: [
      {
        id: "urg",
        name: "Urgences",
        criticality: "vital",
        rtoMinutes: 240,
        effectiveRtoMinutes: 240,
        restoredByMinutes: 0,
        reachableResources: [],
      },
    ],
    findings: [],
  };
  const care = sampleCare();
  care.coverage = null;
  care.coverageRaw = null;
  care.covered = [];
  return { plan, recovery, findings: [], care, scenario: null, scenarioOrders: [] };
}
