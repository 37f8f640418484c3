/**
 * Shared blocks about backups and the upkeep of the plan (docs/documents.md §1.8): [Sauvegardes],
 * [Exercices], [RETEX], [Revue].
 */
import type { Backup, Resource } from "../../plan/types.js";
import { daysBetween } from "../../plan/date.js";
import { formatBoolean, formatDate, formatInteger } from "../../text/french.js";
import { exerciseKindLabel, exerciseLevelLabel, exerciseStatusLabel } from "../labels.js";
import { dateText, durationText, effectiveStatus, orAbsent, type ViewContext } from "./context.js";
import { table, type TableView } from "./types.js";

export const backupColumns = [
  "Ressource",
  "Fréquence",
  "Hors ligne",
  "Immuable",
  "Rétention",
  "Emplacement",
  "Dernier test de restauration",
];

/** Cells of one backup, without the resource name (PRA 5.n prints them as a one-row table). */
export function backupCells(backup: Backup): string[] {
  return [
    durationText(backup.frequency),
    formatBoolean(backup.offline),
    formatBoolean(backup.immutable),
    durationText(backup.retention),
    orAbsent(backup.location),
    dateText(backup.lastRestoreTest),
  ];
}

export interface BackupsView {
  /** No row → `Aucune sauvegarde n’est décrite.` (partial). */
  table: TableView;
  /** `N ressources sauvegardées, dont M … ; K …` (empty when no backup). */
  summary: string;
}

/** A restore test counts as recent when dated within the 365 days before `plan.date`. */
export function recentRestoreTest(ctx: ViewContext, date: string | undefined): boolean {
  if (date === undefined) return false;
  const age = daysBetween(date, ctx.plan.plan.date);
  return age >= 0 && age <= 365;
}

export function backupsView(ctx: ViewContext): BackupsView {
  const backed = ctx.rankedResources.filter(
    (r): r is Resource & { backup: Backup } => r.backup !== undefined,
  );
  const rows = backed.map((r) => [r.name, ...backupCells(r.backup)]);
  const n = backed.length;
  const m = backed.filter((r) => r.backup.offline && r.backup.immutable).length;
  const k = backed.filter((r) => recentRestoreTest(ctx, r.backup.lastRestoreTest)).length;
  const summary =
    n === 0
      ? ""
      : `${formatInteger(n)} ressources sauvegardées, dont ${formatInteger(m)} avec une copie hors ligne et immuable ; ` +
        `${formatInteger(k)} avec un test de restauration de moins d’un an.`;
  return { table: table(backupColumns, rows, [3, 2, 1, 1, 2, 2, 2]), summary };
}

/** [Exercices]: date ascending, then plan order; effective status. */
export function exercisesView(ctx: ViewContext): TableView {
  const rows = ctx.exercises.map((e) => [
    formatDate(e.date),
    exerciseKindLabel[e.kind],
    e.title,
    e.scenario === undefined ? orAbsent(undefined) : (ctx.scenarios.get(e.scenario)?.title ?? e.scenario),
    e.level === undefined ? orAbsent(undefined) : exerciseLevelLabel[e.level],
    exerciseStatusLabel[effectiveStatus(ctx, e)],
  ]);
  return table(["Date", "Type", "Intitulé", "Scénario", "Niveau", "Statut"], rows, [2, 2, 3, 2, 1, 1]);
}

export interface LessonView {
  /** `<date> – <title>`, printed in bold. */
  heading: string;
  lessons: string[];
}

/** [RETEX]: exercises with lessons, in exercise order. */
export function lessonsView(ctx: ViewContext): LessonView[] {
  return ctx.exercises
    .filter((e) => (e.lessons ?? []).length > 0)
    .map((e) => ({ heading: `${formatDate(e.date)} – ${e.title}`, lessons: [...(e.lessons ?? [])] }));
}

export interface ReviewView {
  version: string;
  date: string;
  nextReview: string;
}

/** [Revue]: the sentences are in `_revue.hbs`. */
export function reviewView(ctx: ViewContext): ReviewView {
  const meta = ctx.plan.plan;
  return { version: meta.version, date: formatDate(meta.date), nextReview: dateText(meta.nextReview) };
}
