/**
 * View of the fiches document (docs/documents.md §5): one alert fiche, then one fiche per reflex
 * procedure (plan order) and per degraded procedure (service BIA order, then plan order).
 * Each fiche is meant to be printed alone and used on paper at 3 a.m.: it opens with the numbers
 * to call ([Numéros]), gives a phone beside every name, and never prints `Non renseigné` — a
 * label whose content is absent is left out. The binder (binder.ts) reuses the same fiche bodies.
 */
import type { Contact, Procedure, Service } from "../plan/types.js";
import type { ViewInput } from "./input.js";
import { formatDate, formatInteger } from "../text/french.js";
import { absent, criticalityLabel } from "./labels.js";
import {
  contactWithPhone,
  degradedOf,
  durationText,
  proceduresOfKind,
  viewContext,
  type ViewContext,
} from "./shared/context.js";
import { locationsView, notificationsView } from "./shared/organisation.js";
import { phoneText, unbreakablePhones } from "./shared/phone.js";
import { supplyLine } from "./shared/supplies.js";
import { commonBlocks, type CommonView } from "./common.js";
import { kv, table, type KvView, type TableView } from "./shared/types.js";

/** Title of the first fiche (numbered 1 by src/doc/numbering.ts, as every fiche heading). */
export const alertFicheHeading = "Fiche d’alerte – Qui prévenir";
export const tickBox = "\u2610";
export const lastLine = "Noter chaque action, avec l’heure et son auteur, sur la main courante.";
/** `Qui` of a step without `who` (docs/documents.md §5). */
export const presentTeam = "Équipe présente";
/**
 * An absent value in a fiche's table cell: a cell is never blank (docs/documents.md §1.4) and a fiche
 * never prints `Non renseigné` (§5); what is missing is listed in the plans' `Données à compléter`.
 */
export const emptyCell = "\u2013";

/** The body of one fiche: the same in the fiches document and in the binder. */
export interface FicheBody {
  degraded: boolean;
  identification: KvView;
  /** Null when absent: the label is left out. */
  trigger: string | null;
  /** Degraded only; null when absent (the label is left out). */
  covers: string | null;
  maxDuration: string | null;
  actions: TableView;
  supplies: string[];
  /** Degraded only (empty otherwise). */
  returnToNormal: string[];
  contacts: TableView;
}

export interface FicheView extends FicheBody {
  /** Level-1 heading title; src/doc/numbering.ts numbers it (2, 3… after the fiche d’alerte). */
  heading: string;
}

export interface AlertFicheView {
  heading: string;
  /** Crisis cell `Rôle | Titulaire | Suppléant`, titular and deputy with their phones. */
  cell: TableView;
  /** [Notifications] and [Lieux] without `Non renseigné` cells. */
  notifications: TableView;
  locations: TableView;
}

export interface FichesBody {
  alert: AlertFicheView;
  fiches: FicheView[];
  lastLine: string;
}

/** A procedure with its service (degraded) or none (reflex), in the order of §5. */
export interface FicheSubject {
  procedure: Procedure;
  service: Service | null;
}

/** Who of a step: contact reference with phone for a contact id, the text as typed, else the team. */
function whoText(ctx: ViewContext, who: string | undefined): string {
  if (who === undefined || who.trim() === "") return presentTeam;
  // The number follows the reference on the same line, not on a line of its own: a fiche must fit
  // one page (docs/documents.md §5), and the number is unbreakable so it never splits.
  return ctx.contacts.has(who) ? (contactWithPhone(ctx, who, ", ") ?? who) : who;
}

/**
 * Owner, contacts named in steps, the service manager and the supplier contacts of the covered
 * resources (degraded), titular and deputy of the first crisis-cell role; each contact once.
 */
function usefulContacts(ctx: ViewContext, p: Procedure, service: Service | null): Contact[] {
  const firstRole = ctx.plan.crisis.cell[0];
  const ids = [
    p.owner,
    ...p.steps.map((s) => (typeof s === "string" ? undefined : s.who)),
    service?.manager,
    ...(service ? (p.covers ?? []).map((id) => ctx.resources.get(id)?.supplierContact) : []),
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

const numberCell = (phone: string | undefined): string =>
  phone === undefined || phone.trim() === "" ? emptyCell : phoneText(phone);

/** A shared table as a fiche prints it: `Non renseigné` cells become `–`. */
export function ficheTable(t: TableView): TableView {
  return {
    ...t,
    rows: t.rows.map((r) => ({ ...r, cells: r.cells.map((c) => (c === absent.value ? emptyCell : c)) })),
  };
}

export function ficheBody(ctx: ViewContext, { procedure: p, service }: FicheSubject): FicheBody {
  const plan = ctx.plan;
  const degraded = service !== null;
  const covers = (p.covers ?? []).map((id) => ctx.resources.get(id)?.name ?? id);
  const identification: [string, string][] = [
    [
      "Activité",
      degraded ? `${service.name} – ${criticalityLabel[service.criticality]}` : "Toutes activités",
    ],
  ];
  // On one line (the key–value table is wide): a fiche must fit one page.
  if (p.owner !== undefined)
    identification.push(["Responsable", contactWithPhone(ctx, p.owner, " — ") ?? p.owner]);
  identification.push(["Version du plan", `${plan.plan.version} du ${formatDate(plan.plan.date)}`]);
  return {
    degraded,
    identification: kv(identification),
    trigger: p.trigger === undefined || p.trigger.trim() === "" ? null : p.trigger,
    covers: degraded && covers.length > 0 ? covers.join(", ") : null,
    maxDuration: degraded && p.maxDuration !== undefined ? durationText(p.maxDuration) : null,
    actions: table(
      ["N°", "Action", "Qui", "Fait", "Heure"],
      p.steps.map((s, i) => {
        // A number the step tells the reader to call stays on one line (docs/documents.md §1.5).
        const action = unbreakablePhones(typeof s === "string" ? s : s.action);
        const who = typeof s === "string" ? undefined : s.who;
        // `Heure` is left blank: the time is written by hand (docs/documents.md §5).
        return [formatInteger(i + 1), action, whoText(ctx, who), tickBox, ""];
      }),
      [1, 11, 12, 1.5, 2.3],
    ),
    supplies: (p.supplies ?? []).map(supplyLine),
    returnToNormal: degraded ? [...(p.returnToNormal ?? [])] : [],
    contacts: table(
      ["Nom", "Fonction", "Téléphone", "Mobile"],
      usefulContacts(ctx, p, service).map((c) => [c.name, c.role, numberCell(c.phone), numberCell(c.mobile)]),
      [2.5, 4.5, 1.5, 1.5],
    ),
  };
}

/** Reflex procedures (plan order), then degraded ones (service BIA order, then plan order). */
export function ficheSubjects(ctx: ViewContext): { reflex: FicheSubject[]; degraded: FicheSubject[] } {
  return {
    reflex: proceduresOfKind(ctx, "reflex").map((procedure) => ({ procedure, service: null })),
    degraded: ctx.biaServices.flatMap((service) =>
      degradedOf(ctx, service.id).map((procedure) => ({ procedure, service })),
    ),
  };
}

/** Crisis cell `Rôle | Titulaire | Suppléant`, with phones (fiche d’alerte). */
export function alertCellView(ctx: ViewContext): TableView {
  return table(
    ["Rôle", "Titulaire", "Suppléant"],
    ctx.plan.crisis.cell.map((r) => [
      r.role,
      // Number after the reference, as in `Qui`: the fiche d’alerte must fit one page (docs/documents.md §5).
      contactWithPhone(ctx, r.contact, ", ") ?? r.contact,
      r.deputy === undefined ? absent.notAppointed : (contactWithPhone(ctx, r.deputy, ", ") ?? r.deputy),
    ]),
    [2, 3, 3],
  );
}

/** The fiches-specific part of the view; the shared blocks (cover, alert, notifications…) come beside it. */
export function fichesBody(ctx: ViewContext): FichesBody {
  const { reflex, degraded } = ficheSubjects(ctx);
  const fiches = [...reflex, ...degraded].map((subject): FicheView => {
    const { procedure: p, service } = subject;
    const heading = service
      ? `Fiche mode dégradé – ${service.name} – ${p.title}`
      : `Fiche réflexe – ${p.title}`;
    return { heading, ...ficheBody(ctx, subject) };
  });
  return { alert: alertFicheView(ctx), fiches, lastLine };
}

/** The fiche d’alerte's own data (the rest is the shared [Numéros] and [Alerte]). */
export function alertFicheView(ctx: ViewContext): AlertFicheView {
  return {
    heading: alertFicheHeading,
    cell: alertCellView(ctx),
    notifications: ficheTable(notificationsView(ctx)),
    locations: ficheTable(locationsView(ctx)),
  };
}

export type FichesView = FichesBody & { common: CommonView };

/** Template data of `fiche.hbs`: the shared blocks (cover, [Alerte], [Numéros]…) and the fiches. */
export function fichesView(input: ViewInput): FichesView {
  const ctx = viewContext(input);
  return { common: commonBlocks(ctx, "fiches"), ...fichesBody(ctx) };
}
