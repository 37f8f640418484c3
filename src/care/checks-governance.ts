/** P2, O1.A and O1.B: what the plan shows of the organisation and of the crisis response. */
import { dayNumber } from "../plan/date.js";
import { check, countStatus, quote, type CareContext } from "./context.js";
import type { CareCheck } from "./types.js";
import { formatDate, NBSP as nbsp, NNBSP as nnbsp } from "../text/french.js";

function contactName(ctx: CareContext, id: string): string {
  return ctx.plan.contacts.find((c) => c.id === id)?.name ?? id;
}

export function checkOrganisation(ctx: CareContext): CareCheck {
  const { approvedBy, nextReview, date } = ctx.plan.plan;
  const reviewAhead = nextReview !== undefined && dayNumber(nextReview) > dayNumber(date);
  const approved = approvedBy !== undefined && approvedBy !== "";
  const approval = approved ? `Le plan est approuvé par ${contactName(ctx, approvedBy!)}` : "";
  const review = reviewAhead ? `sa prochaine revue est prévue le ${formatDate(nextReview!)}` : "";
  const noReview =
    nextReview === undefined
      ? "aucune prochaine revue n’est prévue (plan.nextReview)"
      : `la prochaine revue (${formatDate(nextReview)}) n’est pas postérieure à la date du plan`;
  if (approved && reviewAhead)
    return check(ctx, "P2-organisation", "ok", `${approval} et ${review}.`, "/plan");
  if (approved) return check(ctx, "P2-organisation", "partial", `${approval}, mais ${noReview}.`, "/plan");
  if (reviewAhead) {
    return check(
      ctx,
      "P2-organisation",
      "partial",
      `La prochaine revue du plan est prévue le ${formatDate(nextReview!)}, mais le plan n’indique pas qui l’approuve (plan.approvedBy).`,
      "/plan",
    );
  }
  return check(
    ctx,
    "P2-organisation",
    "missing",
    `Le plan n’indique pas qui l’approuve (plan.approvedBy) et ${noReview}.`,
    "/plan",
  );
}

export function checkCell(ctx: CareContext): CareCheck {
  const cell = ctx.plan.crisis.cell ?? [];
  const backed = (r: (typeof cell)[number]) => r.deputy !== undefined && r.deputy !== r.contact;
  const passed = cell.filter(backed).length;
  const firstGap = cell.findIndex((r) => !backed(r));
  let status = countStatus(passed, cell.length);
  // One role cannot stand in for itself: a cell of one role is at best partial.
  if (cell.length === 1 && status === "ok") status = "partial";
  const path = firstGap >= 0 ? `/crisis/cell/${firstGap}` : "/crisis/cell";
  let message: string;
  if (cell.length === 0) message = "La cellule de crise n’a aucun rôle.";
  else if (cell.length === 1 && passed === 1) {
    message = `La cellule de crise ne compte qu’un rôle (${quote(cell[0].role)})${nbsp}: décrivez les autres rôles et leurs suppléants.`;
  } else if (status === "ok")
    message = `Les ${cell.length} rôles de la cellule de crise ont un suppléant distinct du titulaire.`;
  else if (status === "missing")
    message = "Aucun rôle de la cellule de crise n’a de suppléant distinct du titulaire.";
  else {
    message = `${passed} rôles sur ${cell.length} de la cellule de crise ont un suppléant distinct du titulaire${nnbsp}; ${quote(cell[firstGap].role)} n’en a pas.`;
  }
  return check(ctx, "O1.A-cell", status, message, path);
}

/** « reporting entry »: a notification to the ARS or the CERT Santé (accents and case ignored). */
export function isReportingEntry(who: string): boolean {
  const plain = who
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "");
  return /\b(ars|cert[ -]?sante)\b/.test(plain);
}

export function checkCrisisProcedures(ctx: CareContext): CareCheck {
  const crisis = ctx.plan.crisis;
  const facts = [
    {
      ok: (crisis.triggers ?? []).length > 0,
      path: "/crisis/triggers",
      yes: "critères de déclenchement",
      no: "aucun critère de déclenchement (crisis.triggers)",
    },
    {
      ok: (crisis.alerting ?? []).length > 0,
      path: "/crisis/alerting",
      yes: "étapes d’alerte",
      no: "aucune étape d’alerte (crisis.alerting)",
    },
    {
      ok: (crisis.notifications ?? []).some((n) => isReportingEntry(n.who)),
      path: "/crisis/notifications",
      yes: "signalement à l’ARS ou au CERT Santé",
      no: "aucun signalement à l’ARS ou au CERT Santé (crisis.notifications)",
    },
    {
      ok: (ctx.plan.procedures ?? []).some((p) => p.kind === "reflex"),
      path: "/procedures",
      yes: "fiches réflexes",
      no: "aucune fiche réflexe (procédure de type reflex)",
    },
  ];
  const passed = facts.filter((f) => f.ok);
  const gaps = facts.filter((f) => !f.ok);
  const status = countStatus(passed.length, facts.length);
  const message =
    gaps.length === 0
      ? `Le plan décrit les critères de déclenchement, les étapes d’alerte, le signalement à l’ARS ou au CERT Santé et des fiches réflexes.`
      : `Manque${nbsp}: ${gaps.map((g) => g.no).join(", ")}.` +
        (passed.length > 0 ? ` Présent${nbsp}: ${passed.map((p) => p.yes).join(", ")}.` : "");
  return check(ctx, "O1.B-procedures", status, message, gaps.length > 0 ? gaps[0].path : "/crisis");
}
