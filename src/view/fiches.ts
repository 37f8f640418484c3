/**
 * View of the fiches document (docs/documents.md §5): one alert fiche, then one fiche per reflex
 * procedure (plan order) and per degraded procedure (service BIA order, then plan order).
 * Each fiche is meant to be printed alone and used on paper, so it repeats who to call.
 */
import type { Contact, Procedure, Service } from "../plan/types.js";
import { supplyText } from "../plan/types.js";
import type { ViewInput } from "./input.js";
import { formatDate, formatInteger } from "./format.js";
import { absent, criticalityLabel } from "./labels.js";
import {
  contactRef,
  contactWithPhone,
  degradedOf,
  durationText,
  orAbsent,
  proceduresOfKind,
  viewContext,
  type ViewContext,
} from "./shared/context.js";
import { commonBlocks, type CommonView } from "./common.js";
import { kv, table, type KvView, type TableView } from "./shared/types.js";

export const alertFicheHeading = "1 Fiche d’alerte – Qui prévenir";
export const tickBox = "\u2610";
export const lastLine = "Noter chaque action, avec l’heure et son auteur, sur la main courante.";

export interface FicheView {
  /** Full level-1 heading text, number included. */
  heading: string;
  degraded: boolean;
  identification: KvView;
  trigger: string;
  /** Degraded only (empty strings otherwise, never printed). */
  covers: string;
  maxDuration: string;
  actions: TableView;
  supplies: string[];
  returnToNormal: string[];
  contacts: TableView;
}

export interface AlertFicheView {
  heading: string;
  /** Crisis cell `Rôle | Titulaire | Suppléant`, titular and deputy with their phones. */
  cell: TableView;
}

export interface FichesBody {
  alert: AlertFicheView;
  fiches: FicheView[];
  lastLine: string;
}

/** Who of a step: contact reference for a contact id, else the text as typed. */
function whoText(ctx: ViewContext, who: string | undefined): string {
  if (who === undefined) return absent.value;
  return ctx.contacts.has(who) ? contactRef(ctx, who)! : who;
}

/** Owner, contacts named in steps, service manager, titular and deputy of the first cell role. */
function usefulContacts(ctx: ViewContext, p: Procedure, service: Service | undefined): Contact[] {
  const firstRole = ctx.plan.crisis.cell[0];
  const ids = [
    p.owner,
    ...p.steps.map((s) => (typeof s === "string" ? undefined : s.who)),
    service?.manager,
    firstRole?.contact,
    firstRole?.deputy,
  ];
  const seen = new Set<string>();
  const out: Contact[] = [];
  for (const id of ids) {
    if (id === undefined || seen.has(id)) continue;
    const c = ctx.contacts.get(id);
    if (!c) continue; // free-text `who` is not a contact
    seen.add(id);
    out.push(c);
  }
  return out;
}

function fiche(ctx: ViewContext, number: number, p: Procedure, service: Service | undefined): FicheView {
  const plan = ctx.plan;
  const degraded = service !== undefined;
  const heading = degraded
    ? `${number} Fiche mode dégradé – ${service.name} – ${p.title}`
    : `${number} Fiche réflexe – ${p.title}`;
  const covers = (p.covers ?? []).map((id) => ctx.resources.get(id)?.name ?? id);
  return {
    heading,
    degraded,
    identification: kv([
      [
        "Activité",
        degraded ? `${service.name} – ${criticalityLabel[service.criticality]}` : "Toutes activités",
      ],
      ["Responsable", orAbsent(contactWithPhone(ctx, p.owner))],
      ["Version du plan", `${plan.plan.version} du ${formatDate(plan.plan.date)}`],
    ]),
    trigger: orAbsent(p.trigger),
    covers: degraded ? (covers.length > 0 ? covers.join(", ") : absent.value) : "",
    maxDuration: degraded ? durationText(p.maxDuration) : "",
    actions: table(
      ["N°", "Action", "Qui", "Fait"],
      p.steps.map((s, i) => {
        const action = typeof s === "string" ? s : s.action;
        const who = typeof s === "string" ? undefined : s.who;
        return [formatInteger(i + 1), action, whoText(ctx, who), tickBox];
      }),
      [1, 8, 4, 1],
    ),
    supplies: (p.supplies ?? []).map(supplyText),
    returnToNormal: degraded ? (p.returnToNormal ?? []) : [],
    contacts: table(
      ["Nom", "Fonction", "Téléphone", "Mobile"],
      usefulContacts(ctx, p, service).map((c) => [c.name, c.role, orAbsent(c.phone), orAbsent(c.mobile)]),
      [3, 3, 2, 2],
    ),
  };
}

/** The fiches-specific part of the view; the shared blocks (cover, alert, notifications…) come beside it. */
export function fichesBody(ctx: ViewContext): FichesBody {
  const reflex = proceduresOfKind(ctx, "reflex").map((p) => ({
    p,
    service: undefined as Service | undefined,
  }));
  const degraded = ctx.biaServices.flatMap((s) =>
    degradedOf(ctx, s.id).map((p) => ({ p, service: s as Service | undefined })),
  );
  const fiches = [...reflex, ...degraded].map(({ p, service }, i) => fiche(ctx, i + 2, p, service));
  const cell = table(
    ["Rôle", "Titulaire", "Suppléant"],
    ctx.plan.crisis.cell.map((r) => [
      r.role,
      orAbsent(contactWithPhone(ctx, r.contact)),
      r.deputy === undefined ? absent.notAppointed : orAbsent(contactWithPhone(ctx, r.deputy)),
    ]),
    [2, 3, 3],
  );
  return { alert: { heading: alertFicheHeading, cell }, fiches, lastLine };
}

export type FichesView = FichesBody & { common: CommonView };

/** Template data of `fiche.hbs`: the shared blocks (cover, [Alerte]…) and the fiches. */
export function fichesView(input: ViewInput): FichesView {
  const ctx = viewContext(input);
  return { common: commonBlocks(ctx, "fiches"), ...fichesBody(ctx) };
}
