/**
 * View of the PRA (docs/documents.md §3): Plan + Recovery + findings → template data for `pra.hbs`.
 * Pure: it formats and orders; recovery facts come from the recovery engine, never recomputed.
 */
import type { ViewInput } from "./input.js";
import type { FindingCode } from "../diagnostics/types.js";
import { resourceFindingCodes } from "../recovery/index.js";
import { NBSP, quote } from "../text/french.js";
import { absent, resourceKindLabel, tierLabel } from "./labels.js";
import {
  deadlineText,
  earliestText,
  latestStartText,
  layerRows,
  orderTable,
  praResources,
  rankText,
  recoveryDurationText,
  synthesisRows,
  teamRows,
  tierScale,
  unreachableItems,
  type PraResource,
} from "./pra-order.js";
import { commonBlocks, type CommonView } from "./common.js";
import {
  orderNotes,
  scenarioOrderSections,
  scenarioOrdersIntro,
  type ScenarioOrderSection,
} from "./pra-scenarios.js";
import { findingsView } from "./shared/findings.js";
import { backupCells, backupColumns } from "./shared/maintenance.js";
import { contactRef, proceduresOfKind, viewContext, type ViewContext } from "./shared/context.js";
import { phoneText } from "./shared/phone.js";
import { reentryView } from "./shared/procedure.js";
import { procedureSections, type ProcedureSection, type Titled } from "./shared/sections.js";
import { figuresOmitted, praFigures, type FigureView } from "./pra-figures.js";
import { kv, table, type KvView, type TableView } from "./shared/types.js";

/** Findings printed in chapter 10 (docs/documents.md §3): those about a resource, and missing phones. */
export const praFindingCodes: readonly FindingCode[] = [...resourceFindingCodes, "missing-phone"];

/** 5.n: `## {{title}} {item}`, then the key–value table, steps and backup. */
export interface ResourceSheet extends Titled {
  facts: KvView;
  description: string | null;
  steps: string[];
  /** One-row [Sauvegardes] table without `Ressource`, or null (`Aucune sauvegarde n’est décrite.`). */
  backup: TableView | null;
}

/** The PRA-specific part of the view; shared blocks are merged beside it by `praView`. */
export interface PraBody {
  purpose: string;
  hypothesis: string;
  tiers: TableView;
  tierNotes: string[];
  teams: TableView;
  synthesis: TableView;
  /** Sentence under 4.1 when some resources are outside the scenario (null otherwise). */
  notRankedNote: string | null;
  /** Sentences before the 4.2 table. */
  orderNotes: string[];
  order: TableView;
  /** 4.5 */
  scenarioOrdersIntro: string;
  scenarioOrders: ScenarioOrderSection[];
  unreachable: { sentence: string; path: string }[];
  layersNote: string;
  layers: TableView;
  /** 4.4 pictures (pra-figures.ts), each placed by `!figure {{id}}`. */
  figures: FigureView[];
  /** 4.4: why the pictures are not drawn (plans over the limit of pra-figures.ts), else null. */
  figuresOmitted: string | null;
  resources: ResourceSheet[];
  recoveryProcedures: ProcedureSection[];
  ressaisie: TableView;
  returnProcedures: ProcedureSection[];
  findings: TableView;
}

const purpose =
  "Ce plan fixe l’ordre et les délais de restauration des ressources dont dépendent les activités " +
  "(applications, infrastructures, réseaux, données, fournisseurs, énergies et fluides, locaux, " +
  "personnels) afin de tenir les durées maximales de rétablissement du bilan d’impact.";

const defaultHypothesis =
  `Hypothèse retenue${NBSP}: le système d’information est entièrement perdu à l’instant${NBSP}0 ` +
  `(rançongiciel)\u202f; fournisseurs, énergies et fluides, locaux et personnels restent disponibles.`;

const hypothesisRest =
  `Les équipes travaillent en parallèle\u202f; une ressource est restaurée dès que celles dont elle ` +
  `dépend le sont. Une durée de restauration non renseignée compte pour 0${NBSP}min.`;

const tierNotes = [
  `Échéance${NBSP}: heure à laquelle la ressource doit être rétablie.`,
  `Début au plus tard${NBSP}: heure limite pour commencer sa restauration.`,
  `Rétablie au plus tôt${NBSP}: heure de fin si tout démarre dès que possible.`,
  `Écart${NBSP}: échéance moins rétablissement au plus tôt\u202f; négatif, l’échéance n’est pas tenable.`,
];

const layersNote =
  `Lecture par niveaux du graphe des dépendances entre ressources${NBSP}: une ressource de niveau${NBSP}1 ne ` +
  `dépend d’aucune autre\u202f; une ressource de niveau n ne dépend que de ressources de niveaux ` +
  `inférieurs.`;

/** PRA 5.n: the [Sauvegardes] columns without `Ressource` (the sheet is about one resource). */
const sheetBackupColumns = backupColumns.slice(1);

/** Position of each service in BIA order, for the `Activités servies` of every sheet. */
type BiaIndex = Map<string, number>;

/** The services a resource serves, in BIA order: a sort of its own list, not a scan of all services. */
function servedServices(ctx: ViewContext, bia: BiaIndex, ids: readonly string[]): string[] {
  // BIA positions sorted as numbers, repeats dropped: a network resource serves nearly every
  // service, and a comparator looking both ids up cost 1,500 × 400 × log 400 map reads.
  const positions = new Int32Array(ids.length);
  let n = 0;
  for (const id of ids) {
    const at = bia.get(id);
    if (at !== undefined) positions[n++] = at;
  }
  const names: string[] = [];
  let last = -1;
  for (const at of positions.subarray(0, n).sort()) {
    if (at !== last) names.push(ctx.biaServices[at].name);
    last = at;
  }
  return names;
}

function resourceSheet(ctx: ViewContext, bia: BiaIndex, r: PraResource): ResourceSheet {
  const { resource, facts } = r;
  const deps = (resource.dependsOn ?? []).map((d) => ctx.resources.get(d)?.name ?? d);
  // Was a filter of every BIA service per resource (quadratic on a CHU plan).
  const served = servedServices(ctx, bia, facts.services);
  const site = resource.site === undefined ? null : (ctx.sites.get(resource.site)?.name ?? resource.site);
  const team = resource.recovery?.team;
  const backup = resource.backup
    ? table(sheetBackupColumns, [backupCells(resource.backup)], [2, 1, 1, 2, 2, 2])
    : null;
  return {
    title: resource.name,
    facts: kv([
      ["Identifiant", resource.id],
      ["Type", resourceKindLabel[resource.kind]],
      ["Rang", rankText(facts)],
      ["Priorité", tierLabel(facts.tier)],
      ["Échéance", deadlineText(facts)],
      [
        "Durée de restauration",
        resource.recovery?.duration === undefined ? null : recoveryDurationText(resource),
      ],
      ["Début au plus tard", latestStartText(facts)],
      ["Rétablie au plus tôt", earliestText(facts)],
      ["Responsable", contactRef(ctx, resource.owner)],
      ["Équipe de restauration", contactRef(ctx, team) ?? absent.notAppointed],
      ["Fournisseur", resource.supplier ?? null],
      ["Site", site],
      ["Dépend de", deps.length > 0 ? deps.join(", ") : absent.none],
      ["Activités servies", served.length > 0 ? served.join(", ") : absent.none],
      ["Contact fournisseur", supplierContactText(ctx, resource.supplierContact)],
    ]),
    description: resource.description ?? null,
    steps: [...(resource.recovery?.steps ?? [])],
    backup,
  };
}

/** PRA 5.n `Contact fournisseur`: contact reference and its phones (mobile, then phone). */
function supplierContactText(ctx: ViewContext, id: string | undefined): string | null {
  const ref = contactRef(ctx, id);
  if (id === undefined || ref === null) return null;
  const c = ctx.contacts.get(id);
  const phones = [c?.phone, c?.mobile].filter((x): x is string => !!x && x.trim() !== "").map(phoneText);
  return phones.length === 0 ? ref : `${ref}\n${phones.join("\n")}`;
}

function hypothesis(input: ViewInput): string {
  const first =
    input.scenario === null
      ? defaultHypothesis
      : `Hypothèse retenue${NBSP}: scénario ${quote(input.scenario.title)}\u202f; seules les ressources ` +
        `qu’il rend indisponibles sont perdues à l’instant${NBSP}0.`;
  return `${first} ${hypothesisRest}`;
}

function notRankedNote(outside: number): string | null {
  if (outside === 0) return null;
  return outside === 1
    ? `Une ressource reste disponible dans ce scénario${NBSP}: elle n’est pas classée et figure en fin de tableau.`
    : `${outside} ressources restent disponibles dans ce scénario${NBSP}: elles ne sont pas classées et figurent en fin de tableau.`;
}

/** Resources whose deadline cannot be met (`rto-unreachable`), flagged in the 4.2 table. */
function unreachableIdsOf(ctx: ViewContext): Set<string> {
  return new Set(ctx.input.findings.filter((f) => f.code === "rto-unreachable").map((f) => f.subject));
}

/** PRA 4.2, every resource in rank order; the binder's chapter 7 prints the same table. */
export function praOrderTable(ctx: ViewContext, resources = praResources(ctx.plan, ctx.recovery)): TableView {
  return orderTable(resources, unreachableIdsOf(ctx), (id) => ctx.services.get(id)?.name ?? id);
}

export function praBody(ctx: ViewContext): PraBody {
  const { input, plan, recovery } = ctx;
  const resources = praResources(plan, recovery);
  const unreachableIds = unreachableIdsOf(ctx);
  const teams = teamRows(resources, (id) => contactRef(ctx, id) ?? id);
  const synthesis = synthesisRows(recovery, unreachableIds);
  const layers = layerRows(resources);
  const bia: BiaIndex = new Map(ctx.biaServices.map((s, i) => [s.id, i]));
  return {
    purpose,
    hypothesis: hypothesis(input),
    tiers: table(
      ["Priorité", "Échéance"],
      tierScale().map((t) => [t.tier, t.deadline]),
      [1, 2],
    ),
    tierNotes,
    teams: table(
      ["Équipe", "Ressources", "Nombre"],
      teams.map((t) => [t.team, t.resources, t.count]),
      [3, 6, 1],
    ),
    synthesis: table(
      ["Priorité", "Échéance", "Ressources", "Échéances non tenables"],
      synthesis.map((r) => [r.tier, r.deadline, r.count, r.unreachable]),
      [1, 2, 1, 1],
    ),
    notRankedNote: notRankedNote(resources.length - recovery.ranked.length),
    orderNotes: orderNotes(resources.length > recovery.ranked.length),
    order: praOrderTable(ctx, resources),
    scenarioOrdersIntro,
    scenarioOrders: scenarioOrderSections(input.scenarioOrders),
    unreachable: unreachableItems(input.findings, plan, recovery),
    layersNote,
    layers: table(
      ["Niveau", "Ressource", "Dépend de", "Priorité"],
      layers.map((l) => [l.level, l.name, l.dependsOn, l.tier]),
      [1, 3, 5, 1],
    ),
    figures: praFigures(ctx.input),
    figuresOmitted: figuresOmitted(ctx.input),
    resources: resources.map((r) => resourceSheet(ctx, bia, r)),
    recoveryProcedures: procedureSections(ctx, proceduresOfKind(ctx, "recovery")),
    ressaisie: reentryView(ctx),
    returnProcedures: procedureSections(ctx, proceduresOfKind(ctx, "return-to-normal")),
    findings: findingsView(ctx, praFindingCodes),
  };
}

export type PraView = PraBody & { common: CommonView };

/** Template data of `pra.hbs`: the shared blocks (cover, [Cellule]…) and the PRA's own chapters. */
export function praView(input: ViewInput): PraView {
  const ctx = viewContext(input);
  return { common: commonBlocks(ctx, "pra"), ...praBody(ctx) };
}
