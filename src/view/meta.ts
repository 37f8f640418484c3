/**
 * Cover page (docs/documents.md §1.2) and document metadata, running header and footer (§1.3).
 * Everything comes from the plan: no clock.
 */
import type { DocumentMeta } from "../doc/model.js";
import type { DocKind } from "./input.js";
import { formatDate } from "../text/french.js";
import { contactName, contactRef, type ViewContext } from "./shared/context.js";
import type { KvView } from "./shared/types.js";

export const coverTitles: Record<DocKind, string> = {
  pca: "Plan de continuité d’activité",
  pra: "Plan de reprise d’activité",
  psca: "Plan de sauvegarde et de continuité d’activité",
  fiches: "Fiches réflexes et fiches mode dégradé",
  binder: "Classeur de crise",
};

export const sigles: Record<DocKind, string> = {
  pca: "PCA",
  pra: "PRA",
  psca: "PSCA",
  fiches: "Fiches",
  binder: "Classeur",
};

export interface CoverView {
  /** `plan.classification` banner, or null. */
  banner: string | null;
  /** Document title (`!title`). */
  title: string;
  planTitle: string | null;
  establishment: string;
  /** `category · ght` (those set), or null. */
  categoryLine: string | null;
  finess: string;
  address: string | null;
  /** Version, Date, Responsable du plan, Approuvé par, Prochaine revue, Classification: absent rows omitted. */
  table: KvView;
}

export function coverView(ctx: ViewContext, kind: DocKind): CoverView {
  const e = ctx.plan.establishment;
  const meta = ctx.plan.plan;
  const categoryParts = [e.category, e.ght].filter((x): x is string => x !== undefined && x !== "");
  const rows: [string, string | null | undefined][] = [
    ["Version", meta.version],
    ["Date", formatDate(meta.date)],
    ["Responsable du plan", contactRef(ctx, meta.owner)],
    ["Approuvé par", contactRef(ctx, meta.approvedBy)],
    ["Prochaine revue", meta.nextReview === undefined ? null : formatDate(meta.nextReview)],
    ["Classification", meta.classification],
  ];
  return {
    banner: meta.classification ?? null,
    title: coverTitles[kind],
    planTitle: meta.title ?? null,
    establishment: e.name,
    categoryLine: categoryParts.length > 0 ? categoryParts.join(" · ") : null,
    finess: ctx.finess,
    address: e.address ?? null,
    table: {
      rows: rows
        .filter((r): r is [string, string] => r[1] !== null && r[1] !== undefined && r[1] !== "")
        .map(([key, value]) => ({ key, value })),
    },
  };
}

/** Metadata, running header and footer of a document of `kind`. */
export function documentMeta(ctx: ViewContext, kind: DocKind): DocumentMeta {
  const e = ctx.plan.establishment;
  const meta = ctx.plan.plan;
  const date = formatDate(meta.date);
  return {
    title: `${coverTitles[kind]} – ${e.name}`,
    author: contactName(ctx, meta.owner) ?? "",
    subject: `Version ${meta.version} du ${date}`,
    keywords: ctx.finess,
    language: "fr-FR",
    date: meta.date,
    header: { left: e.name, right: meta.classification ?? "" },
    footer: { left: `${sigles[kind]} v${meta.version} – ${date}`, centre: `FINESS ${ctx.finess}` },
  };
}
