/**
 * Entry point of the shared view: every shared block of docs/documents.md §1.8, built once, plus the
 * cover and metadata. Document views (pca.ts, pra.ts, psca.ts…) spread `commonView(...)` into their
 * own data so templates can call the shared partials (`{{> sites common.sites}}`).
 */
import type { DocumentMeta } from "../doc/model.js";
import type { DocKind, ViewInput } from "./input.js";
import { coverView, documentMeta, type CoverView } from "./meta.js";
import { biaView } from "./shared/activities.js";
import { viewContext, type ViewContext } from "./shared/context.js";
import { directoryView } from "./shared/directory.js";
import { hotlinesView, type HotlineView } from "./shared/hotlines.js";
import { glossaryView } from "./shared/glossary.js";
import { communicationView, containmentView, type CommunicationView } from "./shared/crisis-response.js";
import { missingDataView } from "./shared/missing-data.js";
import {
  backupsView,
  exercisesView,
  lessonsView,
  reviewView,
  type BackupsView,
  type LessonView,
  type ReviewView,
} from "./shared/maintenance.js";
import {
  alertingView,
  cellView,
  establishmentView,
  historyView,
  locationsView,
  notificationsView,
  sitesView,
  triggersView,
  validationView,
} from "./shared/organisation.js";
import { suppliesView } from "./shared/supplies.js";
import type { KvView, TableView } from "./shared/types.js";

export * from "./shared/types.js";
export * from "./shared/context.js";
export * from "./shared/organisation.js";
export * from "./shared/activities.js";
export * from "./shared/procedure.js";
export * from "./shared/maintenance.js";
export * from "./shared/findings.js";
export * from "./shared/directory.js";
export * from "./shared/resources.js";
export * from "./shared/sections.js";
export * from "./shared/care.js";
export * from "./shared/hotlines.js";
export * from "./shared/supplies.js";
export * from "./shared/phone.js";
export * from "./shared/glossary.js";
export * from "./shared/crisis-response.js";
export * from "./shared/missing-data.js";
export { coverTitles, coverView, documentMeta, sigles, type CoverView } from "./meta.js";

/** The shared blocks, by the partial that renders each (`templates/_<partial>.hbs`). */
export interface CommonView {
  meta: DocumentMeta;
  cover: CoverView;
  /** `_historique.hbs` */
  history: TableView;
  /** `_validation.hbs` */
  validation: KvView;
  /** `_etablissement.hbs` */
  establishment: KvView;
  /** `_sites.hbs` */
  sites: TableView;
  /** `_cellule.hbs` */
  cell: TableView;
  /** `_lieux.hbs` */
  locations: TableView;
  /** `_declenchement.hbs` */
  triggers: string[];
  /** `_alerte.hbs` */
  alerting: string[];
  /** `_notifications.hbs` */
  notifications: TableView;
  /** `_bia.hbs` (the [Échelle] is fixed text in `_echelle.hbs`) */
  bia: TableView;
  /** `_sauvegardes.hbs` */
  backups: BackupsView;
  /** `_exercices.hbs` */
  exercises: TableView;
  /** `_retex.hbs` */
  lessons: LessonView[];
  /** `_revue.hbs` */
  review: ReviewView;
  /** `_annuaire.hbs` */
  directory: TableView;
  /** `_numeros.hbs`: the framed box `Numéros immédiats` ([Numéros]). */
  hotlines: HotlineView[];
  /** `_materiel.hbs`: the table of paper kits and supplies ([Matériel]). */
  supplies: TableView;
  /** `_communication.hbs` (PCA 3.6; [Rançon] is fixed text in `_rancon.hbs`) */
  communication: CommunicationView;
  /** `_endiguement.hbs` (PRA 3.5) */
  containment: string[];
  /** `_glossaire.hbs`: §7.3 rows for the establishment's sector, French alphabetical order. */
  glossary: TableView;
  /** `_donnees.hbs`: the annex `Données à compléter` (§1.9). */
  missingData: TableView;
}

export function commonBlocks(ctx: ViewContext, kind: DocKind): CommonView {
  return {
    meta: documentMeta(ctx, kind),
    cover: coverView(ctx, kind),
    history: historyView(ctx),
    validation: validationView(ctx),
    establishment: establishmentView(ctx),
    sites: sitesView(ctx),
    cell: cellView(ctx),
    locations: locationsView(ctx),
    triggers: triggersView(ctx),
    alerting: alertingView(ctx),
    notifications: notificationsView(ctx),
    bia: biaView(ctx),
    backups: backupsView(ctx),
    exercises: exercisesView(ctx),
    lessons: lessonsView(ctx),
    review: reviewView(ctx),
    directory: directoryView(ctx),
    hotlines: hotlinesView(ctx),
    supplies: suppliesView(ctx),
    communication: communicationView(ctx),
    containment: containmentView(ctx),
    glossary: glossaryView(ctx),
    missingData: missingDataView(ctx),
  };
}

export function commonView(input: ViewInput, kind: DocKind): CommonView {
  return commonBlocks(viewContext(input), kind);
}
