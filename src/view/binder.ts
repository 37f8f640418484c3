/**
 * View of the crisis binder (docs/documents.md §6): the crisis-room edition, built from the same blocks
 * as the other documents — the shared blocks of common.ts, the fiche bodies of fiches.ts, the PRA's
 * recovery-order table (4.2) — plus its own chapters 1 (mode d’emploi) and 9 (main courante).
 * Every fiche starts on an odd page (`!pagebreak odd` in `binder.hbs`).
 */
import type { ViewInput } from "./input.js";
import { formatDate } from "../text/french.js";
import { commonBlocks, type CommonView } from "./common.js";
import { ficheBody, ficheSubjects, lastLine, type FicheBody } from "./fiches.js";
import { praOrderTable } from "./pra.js";
import { viewContext, type ViewContext } from "./shared/context.js";
import { table, type TableView } from "./shared/types.js";

/** Blank rows of the main courante (chapter 9), written by hand during the crisis. */
export const mainCouranteRows = 40;
/** Minimum height of a blank main-courante row, points: room for a handwritten line. */
export const mainCouranteRowHeight = 22;

export interface BinderFiche extends FicheBody {
  /** `<procedure.title>` (5.n) or `<service.name> – <procedure.title>` (6.n); numbered by src/doc. */
  title: string;
}

export interface BinderBody {
  /** `Classeur établi d’après le plan <v> du <date> ; retirer tout exemplaire antérieur.` */
  edition: string;
  reflexFiches: BinderFiche[];
  degradedFiches: BinderFiche[];
  /** Chapter 7: the PRA 4.2 table, every resource in rank order. */
  order: TableView;
  /** Chapter 9: `Date | Heure | Événement, décision ou action | Auteur`, 40 blank rows. */
  mainCourante: TableView;
  mainCouranteRowHeight: number;
  lastLine: string;
}

export type BinderView = BinderBody & { common: CommonView };

function edition(ctx: ViewContext): string {
  const { version, date } = ctx.plan.plan;
  return `Classeur établi d’après le plan ${version} du ${formatDate(date)}\u202f; retirer tout exemplaire antérieur.`;
}

export function binderBody(ctx: ViewContext): BinderBody {
  const { reflex, degraded } = ficheSubjects(ctx);
  return {
    edition: edition(ctx),
    reflexFiches: reflex.map((s) => ({
      title: s.procedure.title,
      ...ficheBody(ctx, s),
    })),
    degradedFiches: degraded.map((s) => ({
      title: `${s.service!.name} – ${s.procedure.title}`,
      ...ficheBody(ctx, s),
    })),
    // Only the 4.2 table: the whole PRA body (sheets, figures, scenario orders) was built and dropped.
    order: praOrderTable(ctx),
    mainCourante: table(
      ["Date", "Heure", "Événement, décision ou action", "Auteur"],
      Array.from({ length: mainCouranteRows }, () => ["", "", "", ""]),
      [2, 1.5, 9, 2.5],
    ),
    mainCouranteRowHeight,
    lastLine,
  };
}

/** Template data of `binder.hbs`. */
export function binderView(input: ViewInput): BinderView {
  const ctx = viewContext(input);
  return { common: commonBlocks(ctx, "binder"), ...binderBody(ctx) };
}
