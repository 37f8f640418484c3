#!/usr/bin/env node
// Seeded generator of realistic plans of any size, valid against schemas/plan.schema.json:
// French service names, a layered resource network (énergie/locaux → réseau → annuaire →
// virtualisation et stockage → bases → applications), suppliers, staff, degraded procedures,
// crisis cell. Dependencies always point to a lower layer (or an earlier item of the same layer),
// so the graph has no cycle; the plan has warnings (findings) but no error.
//
//   node bench/generate.js --services 400 --resources 1500 --edges 8000 --seed 1 --out dir
//   node bench/generate.js --preset chu --out plan.yaml     (one file when --out ends in .yaml)
//   node bench/generate.js --preset ch --count 2000 --out plans/   (plans/plan-0000.yaml …)
//   node bench/generate.js --services 40 --resources 50 --long-names --out plan.yaml   (shapes.js)
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { applyShapes } from "./shapes.js";

/** Plan sizes used by the benchmark (bench/README.md). */
export const PRESETS = {
  ch: { services: 30, resources: 90, edges: 360 },
  chu: { services: 400, resources: 1500, edges: 8000 },
};

/** Deterministic generator (LCG): the same seed gives the same plan, byte for byte. */
function rng(seed) {
  let s = (seed * 2654435761) >>> 0 || 1;
  const next = (n) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return Math.floor((s / 2 ** 32) * n);
  };
  return {
    int: next,
    pick: (list) => list[next(list.length)],
    chance: (p) => next(1_000_000) < p * 1_000_000,
  };
}

const SPECIALTIES = [
  "Urgences adultes",
  "Urgences pédiatriques",
  "Réanimation polyvalente",
  "Surveillance continue",
  "Bloc opératoire",
  "Maternité",
  "Néonatologie",
  "Pédiatrie",
  "Cardiologie",
  "Pneumologie",
  "Neurologie",
  "Gastro-entérologie",
  "Néphrologie",
  "Hémodialyse",
  "Oncologie",
  "Hématologie",
  "Médecine interne",
  "Gériatrie",
  "Soins de suite et de réadaptation",
  "Psychiatrie adulte",
  "Pédopsychiatrie",
  "Chirurgie viscérale",
  "Chirurgie orthopédique",
  "Chirurgie ambulatoire",
  "Urologie",
  "Ophtalmologie",
  "ORL",
  "Dermatologie",
  "Endocrinologie",
  "Rhumatologie",
  "Maladies infectieuses",
  "Soins palliatifs",
  "Addictologie",
  "Imagerie médicale",
  "Radiothérapie",
  "Médecine nucléaire",
  "Laboratoire de biologie",
  "Anatomopathologie",
  "Pharmacie à usage intérieur",
  "Stérilisation centrale",
  "Établissement français du sang (dépôt)",
  "Consultations externes",
  "Hôpital de jour",
  "Hospitalisation à domicile",
  "SMUR",
];
const ADMIN = [
  "Admissions et frais de séjour",
  "Facturation",
  "Paie et gestion du personnel",
  "Achats",
  "Standard téléphonique",
  "Restauration",
  "Blanchisserie",
  "Transports internes",
  "Archives médicales",
  "Qualité et gestion des risques",
  "Bureau des entrées",
  "Contrôle de gestion",
];
const APPS = [
  "Dossier patient informatisé",
  "Gestion administrative des malades",
  "Prescription connectée",
  "Logiciel de bloc",
  "PACS",
  "RIS",
  "SIL (laboratoire)",
  "Logiciel de pharmacie",
  "Messagerie",
  "Planification des rendez-vous",
  "Gestion des lits",
  "Dossier de soins infirmiers",
  "Logiciel de dialyse",
  "Logiciel d’anesthésie",
  "Serveur de résultats",
  "Gestion du temps de travail",
  "Logiciel RH et paie",
  "Gestion économique et financière",
  "Entrepôt de données",
  "Portail patient",
];
const NETWORK = [
  "Cœur de réseau",
  "Commutateurs d’étage",
  "Wi-Fi",
  "Pare-feu",
  "Lien internet",
  "VPN",
  "DNS et DHCP",
  "Lien inter-sites",
];
const DIRECTORY = [
  "Annuaire Active Directory",
  "Authentification forte",
  "Serveur de certificats",
  "Bastion d’administration",
];
const VIRT = [
  "Cluster de virtualisation",
  "Baie de stockage",
  "Serveur de sauvegarde",
  "Hyperviseurs",
  "Stockage objet immuable",
];
const DATABASES = [
  "Base Oracle",
  "Cluster SQL Server",
  "Base PostgreSQL",
  "Base de documents",
  "Base d’images",
];
const SUPPLIERS = [
  "Éditeur",
  "Intégrateur",
  "Infogérant",
  "Grossiste-répartiteur",
  "Fournisseur d’oxygène",
  "Opérateur télécoms",
];
const STAFF = [
  "Équipe système",
  "Équipe réseau",
  "Équipe applicative",
  "Astreinte biomédicale",
  "Techniciens de proximité",
];
const FIRST = [
  "Anne",
  "Erwan",
  "Sophie",
  "Yann",
  "Maëlle",
  "Gwenaël",
  "Nolwenn",
  "Loïc",
  "Soizic",
  "Tanguy",
  "Aurélie",
  "Ronan",
  "Léa",
  "Mathis",
  "Élodie",
  "Kévin",
];
const LAST = [
  "Le Gall",
  "Kerjean",
  "Morvan",
  "Le Bihan",
  "Guillou",
  "Tanguy",
  "Le Roux",
  "Quéré",
  "Cadiou",
  "Le Goff",
  "Riou",
  "Jézéquel",
  "Prigent",
  "Salaün",
];

const pad = (i, n = 4) => String(i).padStart(n, "0");
const phone = (i) => `01 99 ${pad(Math.floor(i / 100) % 100, 2)} ${pad(i % 100, 2)} ${pad((i * 7) % 100, 2)}`;
const DURATIONS_H = [1, 2, 4, 8, 12, 24, 48, 72, 120];
const hours = (h) => (h % 24 === 0 ? `${h / 24}j` : `${h}h`);

/**
 * A plan as plain data. `services`, `resources`, `edges` (dependsOn entries in all, approximately)
 * and `seed` fix it entirely.
 */
export function generatePlan({ services = 400, resources = 1500, edges = 8000, seed = 1 } = {}) {
  const r = rng(seed);
  // ---- contacts: direction, crisis roles, managers, teams, supplier hotlines ----
  const contacts = [];
  const contact = (id, role, extra = {}) => {
    const i = contacts.length;
    contacts.push({
      id,
      name: `${FIRST[i % FIRST.length]} ${LAST[(i * 5 + seed) % LAST.length]}`,
      role,
      phone: phone(i + seed * 13),
      ...extra,
    });
    return id;
  };
  const direction = [
    "dg",
    "dga",
    "pcme",
    "dsoins",
    "cadre-sup",
    "rssi",
    "dsi",
    "ing-systemes",
    "ing-reseau",
    "communication",
    "secretariat",
    "secretariat-2",
  ].map((id) => contact(id, `Fonction ${id}`));
  const managers = Array.from({ length: Math.max(2, Math.ceil(services / 3)) }, (_, i) =>
    contact(`cadre-${pad(i)}`, "Cadre de santé", { mobile: phone(5000 + i) }),
  );
  const teams = Array.from({ length: Math.max(2, Math.ceil(resources / 40)) }, (_, i) =>
    contact(`equipe-${pad(i)}`, "Ingénieur d’exploitation"),
  );
  const hotlines = Array.from({ length: Math.max(1, Math.ceil(resources / 60)) }, (_, i) =>
    contact(`hotline-${pad(i)}`, "Support fournisseur", {
      organization: `${r.pick(SUPPLIERS)} ${i + 1}`,
      external: true,
    }),
  );

  const siteCount = Math.max(1, Math.ceil(services / 120));
  const sites = Array.from({ length: siteCount }, (_, i) => ({
    id: `site-${i + 1}`,
    name: i === 0 ? "Site principal" : `Site secondaire n° ${i + 1}`,
    address: `${i + 1} rue de l’Hôpital, 29990 Kerbrat`,
  }));

  // ---- resources by layer: each depends only on lower layers (or earlier items of its own) ----
  const layers = [
    {
      key: "fac",
      share: 0.03,
      kind: "facility",
      names: ["Salle informatique", "Bâtiment", "Alimentation électrique", "Climatisation"],
      hours: [4, 24, 72],
    },
    { key: "sup", share: 0.06, kind: "supplier", names: SUPPLIERS, hours: [4, 24, 48] },
    { key: "stf", share: 0.05, kind: "staff", names: STAFF, hours: [2, 8, 24] },
    { key: "net", share: 0.06, kind: "network", names: NETWORK, hours: [1, 2, 4] },
    { key: "ad", share: 0.03, kind: "infrastructure", names: DIRECTORY, hours: [2, 4, 8] },
    { key: "virt", share: 0.1, kind: "infrastructure", names: VIRT, hours: [4, 8, 12] },
    { key: "db", share: 0.2, kind: "data", names: DATABASES, hours: [2, 4, 8] },
    { key: "app", share: 0.47, kind: "application", names: APPS, hours: [1, 2, 4, 8] },
  ];
  const counts = layers.map((l) => Math.max(1, Math.floor(resources * l.share)));
  counts[counts.length - 1] += Math.max(0, resources - counts.reduce((a, b) => a + b, 0));
  const serviceEdges = Math.round(edges * 0.25);
  const resourceEdges = edges - serviceEdges;
  // Leaves (facilities, suppliers, staff) depend on nothing but facilities; the rest share the edges.
  const dependent = counts.slice(3).reduce((a, b) => a + b, 0);
  const perResource = resourceEdges / Math.max(1, dependent);
  const byLayer = layers.map(() => []);
  const resourceList = [];
  const planDate = new Date(Date.UTC(2026, 2, 15));
  layers.forEach((layer, li) => {
    for (let i = 0; i < counts[li]; i++) {
      const id = `${layer.key}-${pad(i)}`;
      // Candidates: the layers below, weighted toward the one just below, and earlier items of this one.
      const want =
        li < 3
          ? li > 0 && r.chance(0.3)
            ? 1
            : 0
          : Math.max(1, Math.round(perResource * (0.5 + r.int(100) / 100)));
      const deps = new Set();
      for (let tries = 0; deps.size < want && tries < want * 4; tries++) {
        let target;
        if (li < 3) target = 0;
        else {
          const roll = r.int(10);
          target = roll < 5 ? li - 1 : roll < 7 && li >= 4 ? li - 2 : roll < 8 ? r.int(3) : r.int(li + 1);
        }
        const pool = byLayer[target];
        const upTo = target === li ? i : pool.length;
        if (upTo === 0) continue;
        deps.add(pool[r.int(upTo)]);
      }
      const h = r.pick(layer.hours);
      const res = {
        id,
        name: `${r.pick(layer.names)} n° ${i + 1}`,
        kind: layer.kind,
        ...(r.chance(0.5) ? { owner: r.pick(teams) } : {}),
        ...((layer.kind === "application" && r.chance(0.5)) || layer.kind === "supplier"
          ? { supplier: `${r.pick(SUPPLIERS)} ${1 + r.int(40)}`, supplierContact: r.pick(hotlines) }
          : {}),
        ...(r.chance(0.2) ? { site: sites[r.int(sites.length)].id } : {}),
        ...(deps.size > 0 ? { dependsOn: [...deps] } : {}),
        recovery: {
          duration: hours(h),
          ...(r.chance(0.5) ? { team: r.pick(teams) } : {}),
          ...(r.chance(0.2)
            ? {
                steps: [
                  "Restaurer depuis la dernière sauvegarde saine",
                  "Contrôler l’intégrité et prévenir les référents métier",
                ],
              }
            : {}),
        },
      };
      if (layer.kind === "data" || layer.kind === "application" || (layer.key === "virt" && r.chance(0.3))) {
        const test = new Date(planDate.getTime() - r.int(500) * 86_400_000).toISOString().slice(0, 10);
        res.backup = {
          frequency: r.pick(["1h", "4h", "12h", "24h"]),
          offline: r.chance(0.7),
          immutable: r.chance(0.6),
          ...(r.chance(0.3)
            ? {
                retention: r.pick(["30j", "90j", "365j"]),
                location: r.chance(0.5) ? "Salle de secours" : "Stockage objet hors site",
              }
            : {}),
          ...(r.chance(0.85) ? { lastRestoreTest: test } : {}),
        };
      }
      if (r.chance(0.1)) res.description = `Ressource de la couche ${layer.key}.`;
      byLayer[li].push(id);
      resourceList.push(res);
    }
  });

  // ---- services: care, administrative, technical; each depends on applications and staff ----
  const crits = ["vital", "essential", "important", "deferrable"];
  const serviceList = [];
  const perService = serviceEdges / Math.max(1, services);
  const names = new Map();
  for (let i = 0; i < services; i++) {
    const care = r.chance(0.75);
    const base = care ? r.pick(SPECIALTIES) : r.pick(ADMIN);
    const n = (names.get(base) ?? 0) + 1;
    names.set(base, n);
    const criticality = crits[Math.min(3, r.int(care ? 4 : 5))];
    const rtoIndex = { vital: 0, essential: 3, important: 5, deferrable: 6 }[criticality] + r.int(2);
    const rto = DURATIONS_H[rtoIndex];
    const mtpd = DURATIONS_H[Math.min(DURATIONS_H.length - 1, rtoIndex + 1 + r.int(2))];
    const deps = new Set();
    const want = Math.max(1, Math.round(perService * (0.5 + r.int(100) / 100)));
    for (let tries = 0; deps.size < want && tries < want * 4; tries++) {
      const roll = r.int(10);
      const pool = roll < 7 ? byLayer[7] : roll < 8 ? byLayer[6] : roll < 9 ? byLayer[2] : byLayer[1];
      deps.add(pool[r.int(pool.length)]);
    }
    // Some services need another one (the laboratory, imaging): always an earlier one.
    if (i > 0 && r.chance(0.15)) deps.add(`svc-${pad(r.int(i))}`);
    serviceList.push({
      id: `svc-${pad(i)}`,
      name: n === 1 ? base : `${base} (unité ${n})`,
      kind: care ? "care" : r.chance(0.7) ? "administrative" : "technical",
      criticality,
      rto: hours(rto),
      mtpd: hours(mtpd),
      rpo: r.pick(["1h", "4h", "24h"]),
      activityShare: Math.floor((0.9 / services) * 10_000) / 10_000,
      manager: managers[i % managers.length],
      site: sites[i % sites.length].id,
      dependsOn: [...deps],
      ...(r.chance(0.4)
        ? { description: `${20 + r.int(60)} lits ; ${1000 + r.int(30000)} séjours par an.` }
        : {}),
    });
  }

  // ---- procedures: a degraded mode for each vital or essential service, a few reflex sheets ----
  const procedures = [
    {
      id: "reflexe-cyberattaque",
      title: "Suspicion de cyberattaque",
      kind: "reflex",
      owner: "rssi",
      trigger: "Message de rançon, fichiers chiffrés, comptes bloqués",
      steps: [
        { action: "Débrancher le câble réseau, laisser le poste allumé", who: "Tout professionnel" },
        { action: "Qualifier l’incident et isoler les interconnexions", who: "rssi" },
        { action: "Déclencher le plan et convoquer la cellule de crise", who: "dg" },
      ],
      supplies: ["Classeur de crise imprimé (salle de crise)"],
    },
  ];
  serviceList.forEach((s, i) => {
    if (s.criticality !== "vital" && s.criticality !== "essential") return;
    const direct = s.dependsOn.filter((d) => !d.startsWith("svc-"));
    if (direct.length === 0) return;
    const covers = direct.slice(0, 1 + r.int(Math.min(3, direct.length)));
    procedures.push({
      id: `degrade-${pad(i)}`,
      title: `Mode dégradé — ${s.name}`,
      kind: "degraded",
      service: s.id,
      covers,
      maxDuration: r.pick(["24h", "2j", "3j", "5j"]),
      owner: s.manager,
      trigger: "Indisponibilité d’une application dont l’activité dépend",
      steps: [
        "Sortir le kit papier de l’unité (bons de demande, feuilles de prescription)",
        { action: "Prévenir le cadre de garde et noter l’heure de bascule", who: s.manager },
        "Tenir la liste papier des patients présents, mise à jour à chaque relève",
        { action: "Acheminer les demandes par coursier toutes les heures", who: "Coursiers" },
      ],
      supplies: [
        {
          item: "Kit papier de l’unité",
          location: "Bureau infirmier",
          quantity: 2 + r.int(4),
          owner: s.manager,
          lastCheck: "2026-01-15",
        },
        "Étiquettes patients pré-imprimées",
      ],
      returnToNormal: [
        "Ressaisir les prescriptions papier dans le DPI",
        "Contrôler les résultats reçus pendant la panne",
      ],
    });
  });

  const plan = {
    version: 1,
    establishment: {
      name:
        services > 200
          ? "Centre hospitalier universitaire de Kerbrat (fictif)"
          : "Centre hospitalier de Kerbrat (fictif)",
      finess: "290000017",
      type: "sanitaire",
      category: services > 200 ? "CHU" : "CH",
      ght: "GHT Bretagne Occidentale Fictive",
      region: "Bretagne",
      address: "1 rue de l’Hôpital, 29990 Kerbrat",
      beds: services * 12,
    },
    plan: {
      version: "1.0",
      date: "2026-03-15",
      owner: "rssi",
      approvedBy: "dg",
      nextReview: "2027-03-15",
      classification: "Diffusion restreinte",
      title: "Plan de continuité et de reprise d’activité du système d’information hospitalier",
      history: [
        {
          version: "1.0",
          date: "2026-03-15",
          author: "Plan généré (banc d’essai)",
          changes: `Graine ${seed}`,
        },
      ],
    },
    sites,
    contacts,
    crisis: {
      cell: [
        ["Directeur de crise", "dg", "dga"],
        ["Coordinateur médical", "pcme", "dsoins"],
        ["Coordination des soins", "dsoins", "cadre-sup"],
        ["Sécurité des systèmes d’information", "rssi", "ing-reseau"],
        ["Reprise du système d’information", "dsi", "ing-systemes"],
        ["Communication", "communication", "dga"],
        ["Secrétariat de crise", "secretariat", "secretariat-2"],
      ].map(([role, c, d]) => ({
        role,
        contact: c,
        deputy: d,
        responsibilities: [`Assure le rôle « ${role} »`, "Rend compte à chaque point de situation"],
      })),
      locations: [
        {
          name: "Salle de crise (bâtiment A)",
          address: "1 rue de l’Hôpital, 29990 Kerbrat",
          notes: "Deux lignes analogiques hors IPBX",
        },
      ],
      triggers: [
        "Indisponibilité du DPI supérieure à 2 h",
        "Suspicion de cyberattaque",
        "Perte d’un bâtiment",
      ],
      alerting: [
        "Le témoin prévient le support informatique",
        "L’administrateur de garde appelle le RSSI",
        "La direction déclenche le plan",
      ],
      notifications: [
        {
          who: "ARS (point focal régional)",
          when: "Sans délai",
          how: "Téléphone puis portail de signalement",
        },
        { who: "CERT Santé", when: "Sans délai", how: "Portail national de signalement" },
        { who: "CNIL", when: "Dans les 72 h" },
      ],
      hotlines: [
        { label: "Standard", phone: "01 99 00 00 00" },
        { label: "Astreinte informatique", contact: "ing-systemes" },
      ],
      containment: ["Isoler les interconnexions du GHT", "Couper les accès distants des prestataires"],
      communication: {
        spokesperson: "communication",
        channels: ["Affichage", "Messagerie de secours"],
        principles: ["Une seule voix"],
      },
    },
    services: serviceList,
    resources: resourceList,
    procedures,
    scenarios: [
      {
        id: "perte-si",
        title: "Perte totale du système d’information",
        kind: "it-outage",
        procedures: ["reflexe-cyberattaque"],
      },
      {
        id: "perte-site",
        title: "Perte du site principal",
        kind: "site-loss",
        unavailable: byLayer[0].slice(0, 1),
      },
    ],
    exercises: [
      {
        date: "2026-02-10",
        kind: "field-test",
        title: "Exercice terrain",
        scenario: "perte-si",
        status: "done",
        lessons: ["Kits papier incomplets"],
      },
    ],
  };
  return plan;
}

// ---- YAML writing: block style like the examples, flow lists for dependsOn and covers ----
const PLAIN = /^[A-Za-zÀ-ÿŒœ0-9][^:#\n"'\\{}[\],&*!|>%@`]*$/;
const RESERVED = /^(?:true|false|null|yes|no|on|off|~|[-+]?[\d.]+(?:e[-+]?\d+)?|\d{4}-\d\d-\d\d)$/i;
function scalar(v) {
  if (typeof v !== "string") return String(v);
  if (/^\d{4}-\d\d-\d\d$/.test(v)) return v; // dates stay strings (YAML 1.2 core schema)
  return PLAIN.test(v) && !RESERVED.test(v) && !/\s$/.test(v) ? v : JSON.stringify(v);
}
function emit(value, indent, out) {
  const sp = " ".repeat(indent);
  if (Array.isArray(value)) {
    for (const item of value) {
      if (item && typeof item === "object" && !Array.isArray(item)) {
        const lines = [];
        emit(item, indent + 2, lines);
        lines[0] = sp + "- " + lines[0].slice(indent + 2);
        out.push(...lines);
      } else out.push(`${sp}- ${scalar(item)}`);
    }
    return;
  }
  for (const [k, v] of Object.entries(value)) {
    if (
      Array.isArray(v) &&
      v.length > 0 &&
      v.every((x) => typeof x === "string" && /^[a-z0-9][a-z0-9_.-]*$/.test(x)) &&
      (k === "dependsOn" || k === "covers" || k === "unavailable" || k === "procedures")
    ) {
      out.push(`${sp}${k}: [${v.join(", ")}]`);
    } else if (Array.isArray(v) && v.length === 0) {
      out.push(`${sp}${k}: []`);
    } else if (v && typeof v === "object") {
      out.push(`${sp}${k}:`);
      emit(v, indent + 2, out);
    } else out.push(`${sp}${k}: ${scalar(v)}`);
  }
}
export function toYaml(value) {
  const out = [];
  emit(value, 0, out);
  return out.join("\n") + "\n";
}

/** Bytes per fragment file: under the 4 MiB per-file limit of docs/plan-format.md « Limites ». */
const FRAGMENT_BYTES = 3.5 * 1024 * 1024;

/**
 * Writes a plan: one file when `out` ends in .yaml, else a folder of fragments like
 * examples/ch-kerbrat, where a list too large for one file is cut into `resources-01.yaml`,
 * `resources-02.yaml`… (the loader reads fragments in name order and concatenates their lists).
 */
export function writePlan(plan, out) {
  if (/\.ya?ml$/.test(out)) {
    writeFileSync(out, toYaml(plan));
    return;
  }
  mkdirSync(out, { recursive: true });
  const { version, establishment, plan: meta, sites, ...rest } = plan;
  writeFileSync(join(out, "establishment.yaml"), toYaml({ version, establishment, plan: meta, sites }));
  for (const [key, value] of Object.entries(rest)) {
    const whole = toYaml({ [key]: value });
    if (!Array.isArray(value) || Buffer.byteLength(whole) <= FRAGMENT_BYTES) {
      writeFileSync(join(out, `${key}.yaml`), whole);
      continue;
    }
    const parts = [[]];
    let bytes = 0;
    for (const item of value) {
      const size = Buffer.byteLength(toYaml([item]));
      if (bytes + size > FRAGMENT_BYTES - 1024 && parts[parts.length - 1].length > 0) {
        parts.push([]);
        bytes = 0;
      }
      parts[parts.length - 1].push(item);
      bytes += size;
    }
    parts.forEach((items, p) =>
      writeFileSync(join(out, `${key}-${String(p + 1).padStart(2, "0")}.yaml`), toYaml({ [key]: items })),
    );
  }
}

/** Options without a value: the shapes of shapes.js. */
const FLAGS = { "long-names": "longNames", "long-steps": "longSteps", "small-tables": "smallTables" };

function parseArgs(argv) {
  const o = { seed: 1, count: 1 };
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, "");
    if (key in FLAGS) {
      o[FLAGS[key]] = true;
      i--;
      continue;
    }
    o[key] = key === "out" || key === "preset" ? argv[i + 1] : Number(argv[i + 1]);
  }
  return { ...(PRESETS[o.preset] ?? PRESETS.chu), ...o };
}

/** generatePlan() reshaped by the shape options of `o` (none set: the plan as generated). */
export const shapedPlan = (o) => applyShapes(generatePlan(o), o, o.seed ?? 1);

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const o = parseArgs(process.argv.slice(2));
  if (!o.out) {
    process.stdout.write(toYaml(shapedPlan(o)));
  } else if (o.count > 1) {
    mkdirSync(o.out, { recursive: true });
    for (let k = 0; k < o.count; k++)
      writePlan(shapedPlan({ ...o, seed: o.seed + k }), join(o.out, `plan-${pad(k)}.yaml`));
  } else writePlan(shapedPlan(o), o.out);
}
