/** O2.B, O3.C and O4: what the plan shows of backups and restore tests of the critical SI C. */
import type { Resource } from "../plan/types.js";
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
import type { CareCheck } from "./types.js";
import { formatDate, NBSP as nbsp, NNBSP as nnbsp } from "../text/french.js";

const noCritical = `Aucune application ni donnée n’est rattachée à une activité vitale ou essentielle${nbsp}: le SI critique n’est pas décrit (dependsOn).`;

/** A « counts » check over C: passes(r) gives null when r passes, else the reason it fails. */
function countOverCritical(
  ctx: CareContext,
  id: string,
  fails: (r: Resource) => string | null,
  allOk: (n: number) => string,
): CareCheck {
  const c = ctx.critical;
  if (c.length === 0) return check(ctx, id, "missing", noCritical, "/resources");
  const failing = c.map((r) => ({ r, why: fails(r.item) })).filter((f) => f.why !== null);
  const status = countStatus(c.length - failing.length, c.length);
  if (failing.length === 0) return check(ctx, id, status, allOk(c.length), "/resources");
  const first = failing[0];
  const message =
    `${c.length - failing.length} ressources critiques sur ${c.length} sont conformes${nnbsp}; ` +
    `${quote(first.r.item.name)}${nbsp}: ${first.why}` +
    (failing.length > 1 ? ` (et ${failing.length - 1} autres)` : "") +
    ".";
  return check(ctx, id, status, message, `/resources/${first.r.index}`);
}

export function checkBackupPlans(ctx: CareContext): CareCheck {
  const rpoUnmet = new Set(ctx.findings.filter((f) => f.code === "rpo-unmet").map((f) => f.subject));
  return countOverCritical(
    ctx,
    "O2.B-backup-plans",
    (r) =>
      !r.backup
        ? "aucune sauvegarde décrite (backup)"
        : rpoUnmet.has(r.id)
          ? "la fréquence de sauvegarde ne respecte pas la PDMA des activités qui en dépendent"
          : null,
    (n) =>
      `Les ${n} ressources critiques (applications et données des activités vitales ou essentielles) ont une sauvegarde qui respecte la PDMA.`,
  );
}

export function checkImmutableCopy(ctx: CareContext): CareCheck {
  return countOverCritical(
    ctx,
    "O3.C-immutable-copy",
    (r) =>
      !r.backup
        ? "aucune sauvegarde décrite (backup)"
        : !r.backup.offline && !r.backup.immutable
          ? "sauvegarde ni hors ligne ni immuable"
          : !r.backup.offline
            ? "sauvegarde immuable mais pas hors ligne"
            : !r.backup.immutable
              ? "sauvegarde hors ligne mais pas immuable"
              : null,
    (n) => `Les ${n} ressources critiques ont une copie de sauvegarde hors ligne et immuable.`,
  );
}

const askReport = "joignez le compte rendu du test, qui doit montrer la restauration jusqu’en production";

export function checkRestoreTest(ctx: CareContext): CareCheck {
  const date = ctx.plan.plan.date;
  const tests = ctx.exercises.filter(
    (e) => e.item.kind === "technical-restore" && effectiveStatus(e.item, date) === "done",
  );
  const restored = ctx.critical.filter((r) => r.item.backup?.lastRestoreTest !== undefined);
  const exerciseText = (e: (typeof tests)[number]) =>
    `Le test de restauration ${quote(e.item.title)} du ${formatDate(e.item.date)}`;
  const resourceText = (r: Indexed<Resource>) =>
    `Le dernier test de restauration de ${quote(r.item.name)} (${formatDate(r.item.backup!.lastRestoreTest!)})`;
  const resourcePath = (r: Indexed<Resource>) => `/resources/${r.index}/backup/lastRestoreTest`;

  const okTest = tests.find((e) => inWindow(ctx, e.item.date));
  if (okTest)
    return check(
      ctx,
      "O4-restore-test",
      "ok",
      `${exerciseText(okTest)} est dans la période retenue${nnbsp}; ${askReport}.`,
      `/exercises/${okTest.index}`,
    );
  const okResource = restored.find((r) => inWindow(ctx, r.item.backup!.lastRestoreTest!));
  if (okResource)
    return check(
      ctx,
      "O4-restore-test",
      "ok",
      `${resourceText(okResource)} est dans la période retenue${nnbsp}; ${askReport}.`,
      resourcePath(okResource),
    );
  const period = ctx.window
    ? "est hors de la période retenue (phase opérationnelle, 365 jours au plus avant la date du plan)"
    : `ne compte pas${nbsp}: le plan est daté d’avant la phase opérationnelle`;
  if (tests.length > 0)
    return check(
      ctx,
      "O4-restore-test",
      "partial",
      `${exerciseText(tests[0])} ${period}${nnbsp}; réalisez-en un nouveau et ${askReport}.`,
      `/exercises/${tests[0].index}`,
    );
  if (restored.length > 0)
    return check(
      ctx,
      "O4-restore-test",
      "partial",
      `${resourceText(restored[0])} ${period}${nnbsp}; réalisez-en un nouveau et ${askReport}.`,
      resourcePath(restored[0]),
    );
  return check(
    ctx,
    "O4-restore-test",
    "missing",
    `Aucun test de restauration réalisé n’est décrit (exercice technical-restore ou backup.lastRestoreTest d’une ressource critique)${nnbsp}; réalisez-en un et ${askReport}.`,
    "/exercises",
  );
}

export function checkReferent(ctx: CareContext): CareCheck {
  const usesCriticalApp = (id: string) =>
    ctx.reach.get(id)!.some((r) => {
      const res = ctx.resourceById.get(r);
      return res !== undefined && res.item.kind === "application" && ctx.critical.includes(res);
    });
  const such = ctx.services.filter((s) => isMajor(s.item) && usesCriticalApp(s.item.id));
  const withManager = such.find((s) => s.item.manager !== undefined && s.item.manager !== "");
  const withoutManager = such.find((s) => s.item.manager === undefined || s.item.manager === "");
  const path = withoutManager ? `/services/${withoutManager.index}` : "/services";
  if (withManager) {
    const manager =
      ctx.plan.contacts.find((c) => c.id === withManager.item.manager)?.name ?? withManager.item.manager!;
    return check(
      ctx,
      "O4-referent",
      "ok",
      `${manager}, responsable de ${quote(withManager.item.name)}, peut être le référent métier des tests fonctionnels de ses applications critiques.`,
      path,
    );
  }
  const message =
    such.length === 0
      ? `Aucune activité vitale ou essentielle ne dépend d’une application décrite${nbsp}: aucun référent métier ne peut être désigné pour les tests fonctionnels.`
      : `Aucune activité vitale ou essentielle qui utilise une application critique n’a de responsable (manager)${nbsp}: nommez un référent métier pour les tests fonctionnels.`;
  return check(ctx, "O4-referent", "missing", message, path);
}
