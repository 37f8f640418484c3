/** O1.C (BIA, perimeter, scenarios, coverage) and O1.D (field test, schedule). */
import { dayNumber } from "../plan/date.js";
import { criticalityRank, type Exercise, type Service, type ServiceKind } from "../plan/types.js";
import { THRESHOLD, PHASE_START } from "./constants.js";
import {
  check,
  countStatus,
  effectiveStatus,
  inWindow,
  isMajor,
  quote,
  type CareContext,
  type Indexed,
} from "./context.js";
import { dateOfDay, percent } from "./format.js";
import type { CareCheck, CareStatus } from "./types.js";
import { formatDate, NBSP as nbsp, NNBSP as nnbsp } from "../text/french.js";

export function checkBia(ctx: CareContext): CareCheck {
  let total = 0;
  const gaps: { index: number; text: string }[] = [];
  for (const { item: s, index } of ctx.services) {
    const fields: [string, unknown][] = [["activityShare", s.activityShare]];
    if (isMajor(s)) fields.push(["mtpd", s.mtpd], ["rpo", s.rpo]);
    for (const [name, value] of fields) {
      total++;
      if (value === undefined) gaps.push({ index, text: `${name} de ${quote(s.name)}` });
    }
  }
  const status = countStatus(total - gaps.length, total);
  if (gaps.length === 0) {
    return check(
      ctx,
      "O1.C-bia",
      status,
      `Le BIA est complet${nbsp}: part d’activité de chaque activité, DMIA et PDMA de chaque activité vitale ou essentielle.`,
      "/services",
    );
  }
  const shown = gaps.slice(0, 3).map((g) => g.text);
  if (gaps.length > 3) shown.push(`et ${gaps.length - 3} autres`);
  return check(
    ctx,
    "O1.C-bia",
    status,
    `${total - gaps.length} champs du BIA sur ${total} sont renseignés${nnbsp}; manque${nbsp}: ${shown.join(", ")}.`,
    `/services/${gaps[0].index}`,
  );
}

/** Why a service is not covered, for messages. */
export function uncoveredReason(ctx: CareContext, s: Service): string {
  const hasDegraded = (ctx.plan.procedures ?? []).some((p) => p.kind === "degraded" && p.service === s.id);
  if (!hasDegraded) return "aucune procédure dégradée";
  const missing = ctx.reach
    .get(s.id)!
    .filter((id) => ctx.resourceById.get(id)?.item.recovery?.duration === undefined);
  const names = missing.map((id) => quote(ctx.resourceById.get(id)?.item.name ?? id));
  return `pas de durée de restauration pour ${names.join(", ")}`;
}

interface Leg {
  kind: ServiceKind;
  label: string;
  /** Services that would satisfy the leg if covered, plan order. */
  candidates: Indexed<Service>[];
  applicable: boolean;
  coveredBy?: Indexed<Service>;
  /** Where the gap is when the leg fails. */
  gap?: Indexed<Service>;
}

export function perimeterLegs(ctx: CareContext): Leg[] {
  const ofKind = (k: ServiceKind) => ctx.services.filter((s) => s.item.kind === k);
  const care = ofKind("care");
  const admin = ofKind("administrative");
  const bestAdmin = Math.min(...admin.map((s) => criticalityRank[s.item.criticality]));
  const legs: Leg[] = [
    {
      kind: "care",
      label: "activité de soins vitale ou essentielle",
      candidates: care.filter((s) => isMajor(s.item)),
      applicable: care.length > 0,
    },
    {
      kind: "administrative",
      label: "processus administratif le plus critique",
      candidates: admin.filter((s) => criticalityRank[s.item.criticality] === bestAdmin),
      applicable: admin.length > 0,
    },
    {
      kind: "technical",
      label: "plateau technique",
      candidates: ofKind("technical"),
      applicable: ofKind("technical").length > 0,
    },
  ];
  for (const leg of legs) {
    leg.coveredBy = leg.candidates.find((s) => ctx.covered.has(s.item.id));
    if (leg.applicable && !leg.coveredBy) {
      leg.gap = leg.candidates.find((s) => !ctx.covered.has(s.item.id)) ?? ofKind(leg.kind)[0];
    }
  }
  return legs;
}

export function checkPerimeter(ctx: CareContext): CareCheck {
  const legs = perimeterLegs(ctx);
  const applicable = legs.filter((l) => l.applicable);
  const passed = applicable.filter((l) => l.coveredBy);
  const status = countStatus(passed.length, applicable.length);
  const parts: string[] = [];
  for (const leg of legs) {
    if (!leg.applicable) parts.push(`${leg.label}${nbsp}: sans objet (aucune activité de ce type)`);
    else if (leg.coveredBy) parts.push(`${leg.label}${nbsp}: ${quote(leg.coveredBy.item.name)} couverte`);
    else if (leg.candidates.length === 0) parts.push(`${leg.label}${nbsp}: aucune n’est décrite`);
    else
      parts.push(
        `${leg.label}${nbsp}: ${quote(leg.gap!.item.name)} non couverte (${uncoveredReason(ctx, leg.gap!.item)})`,
      );
  }
  const failing = legs.find((l) => l.gap);
  const path = failing ? `/services/${failing.gap!.index}` : "/services";
  const head =
    status === "ok"
      ? "Le périmètre minimal du PCRA est couvert"
      : "Le périmètre minimal du PCRA n’est pas entièrement couvert";
  return check(ctx, "O1.C-perimeter", status, `${head}${nnbsp}; ${parts.join(`${nnbsp}; `)}.`, path);
}

export function checkScenarios(ctx: CareContext): CareCheck {
  const kinds = new Set((ctx.plan.scenarios ?? []).map((s) => s.kind));
  const it = kinds.has("it-outage");
  const other = kinds.has("site-loss") || kinds.has("staff-shortage") || kinds.has("supplier-failure");
  const status = countStatus(Number(it) + Number(other), 2);
  const gaps: string[] = [];
  if (!it) gaps.push("aucun scénario de perte du système d’information (it-outage)");
  if (!other)
    gaps.push(
      "aucun scénario de perte de site, de personnel ou de fournisseur (site-loss, staff-shortage, supplier-failure)",
    );
  const message =
    gaps.length === 0
      ? "Le plan décrit la perte du système d’information et au moins un scénario de perte de site, de personnel ou de fournisseur."
      : `Manque${nbsp}: ${gaps.join(", ")}.`;
  return check(ctx, "O1.C-scenarios", status, message, "/scenarios");
}

/** min(1, Σ activityShare of covered services); null when no service has an activityShare. */
export function rawCoverage(ctx: CareContext): number | null {
  if (!ctx.services.some((s) => s.item.activityShare !== undefined)) return null;
  let sum = 0;
  for (const { item } of ctx.services) if (ctx.covered.has(item.id)) sum += item.activityShare ?? 0;
  // Binary float noise only (0.36 + 0.1 + 0.2 = 0.6599999999999999 means 66 % to the author).
  return Math.min(1, Math.round(sum * 1e9) / 1e9);
}

export function checkCoverage(ctx: CareContext, coverage: number | null): CareCheck {
  let largest: Indexed<Service> | undefined;
  for (const s of ctx.services) {
    if (ctx.covered.has(s.item.id)) continue;
    if (!largest || (s.item.activityShare ?? 0) > (largest.item.activityShare ?? 0)) largest = s;
  }
  const path = largest ? `/services/${largest.index}` : "/services";
  const status: CareStatus =
    coverage === null || coverage <= 0 ? "missing" : coverage >= THRESHOLD ? "ok" : "partial";
  let message: string;
  const goal = `objectif${nbsp}: ${percent(THRESHOLD)}`;
  if (coverage === null)
    message = `Aucune part d’activité n’est renseignée (services[].activityShare)${nbsp}: la couverture ne peut pas être calculée.`;
  else message = `Les activités couvertes représentent ${percent(coverage)} de l’activité (${goal})`;
  if (coverage !== null && largest && status !== "ok") {
    const share = largest.item.activityShare;
    message +=
      `${nnbsp}; la plus grande activité non couverte est ${quote(largest.item.name)}` +
      (share !== undefined ? ` (${percent(share)})` : "");
  }
  if (coverage !== null) message += ".";
  return check(ctx, "O1.C-coverage", status, message, path);
}

function windowText(ctx: CareContext): string {
  if (!ctx.window)
    return `le plan est daté d’avant la phase opérationnelle, ouverte le ${formatDate(PHASE_START)}`;
  return `fenêtre des tests du ${formatDate(dateOfDay(ctx.window.from))} au ${formatDate(dateOfDay(ctx.window.to))}`;
}

export function checkFieldTest(ctx: CareContext): CareCheck {
  const done = ctx.exercises.filter(
    (e) => e.item.kind === "field-test" && effectiveStatus(e.item, ctx.plan.plan.date) === "done",
  );
  const hasLessons = (e: Exercise) => (e.lessons ?? []).some((l) => l.trim() !== "");
  const good = done.find((e) => inWindow(ctx, e.item.date) && hasLessons(e.item));
  const label = (e: Exercise) => `L’exercice terrain ${quote(e.title)} du ${formatDate(e.date)}`;
  if (good) {
    return check(
      ctx,
      "O1.D-field-test",
      "ok",
      `${label(good.item)} est réalisé dans la phase opérationnelle, avec un retour d’expérience.`,
      `/exercises/${good.index}`,
    );
  }
  const partial = done[0];
  if (partial) {
    const e = partial.item;
    const reason = !inWindow(ctx, e.date)
      ? `est hors de la période retenue (${windowText(ctx)})`
      : "n’a pas de retour d’expérience (lessons)";
    return check(ctx, "O1.D-field-test", "partial", `${label(e)} ${reason}.`, `/exercises/${partial.index}`);
  }
  const tail = ctx.window ? "" : ` (${windowText(ctx)})`;
  return check(
    ctx,
    "O1.D-field-test",
    "missing",
    `Aucun exercice terrain réalisé n’est décrit${tail}${nnbsp}; un exercice sur table ou une simulation ne compte pas.`,
    "/exercises",
  );
}

export function checkSchedule(ctx: CareContext): CareCheck {
  const date = ctx.plan.plan.date;
  const planned = ctx.exercises.filter(
    (e) => e.item.kind !== "technical-restore" && effectiveStatus(e.item, date) === "planned",
  );
  const ahead = planned.find((e) => dayNumber(e.item.date) > dayNumber(date));
  if (ahead) {
    return check(
      ctx,
      "O1.D-schedule",
      "ok",
      `L’exercice ${quote(ahead.item.title)} est programmé le ${formatDate(ahead.item.date)}.`,
      `/exercises/${ahead.index}`,
    );
  }
  if (planned.length > 0) {
    const e = planned[0];
    return check(
      ctx,
      "O1.D-schedule",
      "partial",
      `L’exercice ${quote(e.item.title)} prévu le ${formatDate(e.item.date)} est en retard sur la date du plan${nbsp}: reprogrammez-le ou indiquez qu’il est réalisé.`,
      `/exercises/${e.index}`,
    );
  }
  return check(
    ctx,
    "O1.D-schedule",
    "missing",
    "Aucun exercice n’est programmé après la date du plan.",
    "/exercises",
  );
}
