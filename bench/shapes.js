// Shapes of generated plans (bench/generate.js --long-names, --long-steps, --small-tables): plans
// the DOCX page estimate was not tuned on (docs/templates.md, tests/render/toc-pages-generated.test.ts).
// Each shape rewrites a plan made by generatePlan() with a random sequence of its own, so that a
// plan without shape options stays byte for byte what it was.

/** Same LCG as generate.js, on a seed of its own (the plan's sequence is left untouched). */
function rng(seed) {
  let s = (seed * 2246822519 + 374761393) >>> 0 || 1;
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

const WORDS = [
  "accueil",
  "orientation",
  "des patients",
  "du secteur nord",
  "bâtiment Kerjean",
  "consultations programmées",
  "hospitalisation complète",
  "plateau technique mutualisé",
  "en lien avec le groupement hospitalier de territoire",
  "prise en charge pluridisciplinaire",
  "unité d’hospitalisation de courte durée",
  "circuit du médicament",
  "identitovigilance",
  "traçabilité des dispositifs médicaux implantables",
  "permanence des soins",
  "équipe mobile",
  "coordination régionale",
  "télémédecine et téléexpertise",
  "œuvres sociales",
  "site de Quimperlé",
  "pavillon Laënnec, 3ᵉ étage",
];
/** Pieces with no break opportunity (underscores and dots join, neither breaks a line). */
const UNBREAKABLE = [
  "PLATEFORME_TELEMEDECINE_GHT_BRETAGNE_OCCIDENTALE",
  "Interoperabilite.Hospitaliere.Regionale.Kerbrat",
  "SRV_PACS_ARCHIVAGE_LONGUE_DUREE_PRIMAIRE",
  "CONNECTEUR_HPRIM_XML_LABORATOIRE_BIOLOGIE",
];

/** A name of 60 to 140 characters starting with `base`; about one in four has an unbreakable piece. */
function longName(r, base) {
  const target = 60 + r.int(81);
  let name = `${base} —`;
  if (r.chance(0.25)) name += ` ${r.pick(UNBREAKABLE)}`;
  while (name.length < target) {
    const word = r.pick(WORDS);
    if (name.length + word.length + 1 > 140) break;
    name += `${name.endsWith("—") || r.chance(0.7) ? " " : ", "}${word}`;
  }
  return name;
}

/** Every service, resource and supplier name 60 to 140 characters long. */
function longNames(plan, r) {
  for (const s of plan.services) s.name = longName(r, s.name);
  for (const res of plan.resources) {
    res.name = longName(r, res.name);
    if (res.supplier) res.supplier = longName(r, res.supplier);
  }
  for (const c of plan.contacts) if (c.organization) c.organization = longName(r, c.organization);
}

const CLAUSES = [
  "vérifier que le poste de soins dispose du classeur de crise et des formulaires papier à jour",
  "noter l’heure de chaque action sur la main courante de l’unité",
  "prévenir le cadre de santé de garde et le médecin responsable de l’unité",
  "recopier les prescriptions en cours sur les feuilles de prescription papier numérotées",
  "contrôler l’identité du patient à chaque étape avec le bracelet et l’étiquette pré-imprimée",
  "acheminer les demandes d’examens au laboratoire par coursier, en double exemplaire",
  "conserver les originaux dans la pochette du dossier jusqu’à la ressaisie",
  "demander au pharmacien de garde la liste des traitements à risque",
  "tenir à jour le tableau des lits disponibles affiché au poste de soins",
  "appeler le standard sur la ligne analogique de secours si le téléphone IP ne répond plus",
];

/** A step of one to four lines of body text (about 95 characters a line). */
function longStep(r) {
  const target = 40 + r.int(4) * 95 + r.int(60);
  let text = "";
  while (text.length < target) text += (text ? ", puis " : "") + r.pick(CLAUSES);
  return text.charAt(0).toUpperCase() + text.slice(1) + ".";
}

/**
 * Degraded procedures of 15 to 40 steps of one to four lines (some with who does them); half of
 * the resources get restoration steps of the same kind (5 to 20), printed in their PRA fiche.
 */
function longSteps(plan, r) {
  for (const p of plan.procedures) {
    if (p.kind !== "degraded") continue;
    p.steps = Array.from({ length: 15 + r.int(26) }, () => {
      const action = longStep(r);
      return r.chance(0.3) ? { action, who: p.owner } : action;
    });
  }
  for (const res of plan.resources) {
    if (!r.chance(0.5)) continue;
    res.recovery.steps = Array.from({ length: 5 + r.int(16) }, () => longStep(r));
  }
}

/**
 * Many small tables: each resource's fiche reduced to the facts every resource has, plus a
 * one-row backup table; each service's dependencies cut to one or two; a scenario per few
 * applications, each its own key–value table in the PCA and a short order table in the PRA.
 */
function smallTables(plan, r) {
  for (const res of plan.resources) {
    for (const key of ["owner", "supplier", "supplierContact", "site", "description"]) delete res[key];
    delete res.recovery.steps;
    delete res.recovery.team;
    if (res.dependsOn) res.dependsOn = res.dependsOn.slice(0, 1 + r.int(2));
    res.backup ??= { frequency: r.pick(["4h", "24h"]), offline: r.chance(0.5), immutable: false };
  }
  const services = new Map();
  for (const s of plan.services) {
    s.dependsOn = s.dependsOn.slice(0, 1 + r.int(2));
    services.set(s.id, s);
  }
  // A degraded procedure covers only what its service still depends on (else a warning, and
  // its fiche would change nothing).
  for (const p of plan.procedures) {
    if (!p.covers) continue;
    const deps = services.get(p.service)?.dependsOn ?? [];
    p.covers = p.covers.filter((c) => deps.includes(c));
    if (p.covers.length === 0) p.covers = deps.filter((d) => !d.startsWith("svc-")).slice(0, 1);
  }
  const apps = plan.resources.filter((res) => res.kind === "application");
  const count = Math.max(2, Math.ceil(apps.length / 4));
  for (let i = 0; i < count; i++) {
    plan.scenarios.push({
      id: `panne-${String(i + 1).padStart(3, "0")}`,
      title: `Panne de ${apps[(i * 4) % apps.length].name}`,
      kind: "it-outage",
      unavailable: [apps[(i * 4) % apps.length].id],
    });
  }
}

/** The plan reshaped by the options set (`longNames`, `longSteps`, `smallTables`), in place. */
export function applyShapes(plan, { longNames: names, longSteps: steps, smallTables: tables }, seed) {
  if (!names && !steps && !tables) return plan;
  const r = rng(seed);
  // Small tables first: the other shapes then lengthen what remains.
  if (tables) smallTables(plan, r);
  if (names) longNames(plan, r);
  if (steps) longSteps(plan, r);
  return plan;
}
