/**
 * PCA 2.4 (activities covered) and 2.5 (CaRE domaine 2) from the care report (docs/care.md).
 * Status labels (pcapra wording): ok `Démontré`, partial `Partiel`, missing `Absent`,
 * not-evidenced `À prouver hors plan`. Table 2.5: `Exigence | Intitulé | Statut | Constat`.
 */
import type { CareItem, CareStatus } from "../../care/types.js";
import type { ServiceKind } from "../../plan/types.js";
import { formatInteger, formatPercent } from "../../text/french.js";
import { absent, serviceKindLabel } from "../labels.js";
import type { ViewContext } from "./context.js";
import { table, type TableView } from "./types.js";

export const careStatusLabel: Record<CareStatus, string> = {
  ok: "Démontré",
  partial: "Partiel",
  missing: "Absent",
  "not-evidenced": "À prouver hors plan",
};

export interface CoverageView {
  table: TableView;
  /** Coverage formatted (`72 %`), or null when no service has an `activityShare`. */
  percent: string | null;
}

/** PCA 2.4: per service kind, count, Σ share described, Σ share of covered services. */
export function coverageView(ctx: ViewContext): CoverageView {
  const covered = new Set(ctx.input.care.covered);
  const services = ctx.plan.services;
  const row = (label: string, list: typeof services): string[] => {
    const withShare = list.filter((s) => s.activityShare !== undefined);
    const sum = (xs: typeof services): number => xs.reduce((acc, s) => acc + (s.activityShare ?? 0), 0);
    return [
      label,
      formatInteger(list.length),
      withShare.length === 0 ? absent.value : formatPercent(sum(withShare)),
      withShare.length === 0 ? absent.value : formatPercent(sum(withShare.filter((s) => covered.has(s.id)))),
    ];
  };
  const kinds: ServiceKind[] = ["care", "administrative", "technical"];
  const rows = kinds.map((k) =>
    row(
      serviceKindLabel[k],
      services.filter((s) => s.kind === k),
    ),
  );
  rows.push(row("Total", services));
  const t = table(["Type d’activité", "Activités", "Part décrite", "Part couverte"], rows, [3, 1, 1, 1]);
  t.rows[t.rows.length - 1].bold = true;
  const coverage = ctx.input.care.coverage;
  return { table: t, percent: coverage === null ? null : formatPercent(coverage) };
}

/** What the Constat cell says about an item: its gaps, its proofs to bring, or what passed. */
export function careItemFinding(item: CareItem): string {
  const checked = item.checks.filter((c) => c.status !== "not-evidenced");
  const gaps = checked.filter((c) => c.status !== "ok" && c.message).map((c) => c.message!);
  if (gaps.length > 0) return gaps.join("\n");
  if (item.status === "not-evidenced") {
    const docs = item.checks.filter((c) => c.document).map((c) => `Document attendu : ${c.document}`);
    return docs.length > 0 ? docs.join("\n") : absent.value;
  }
  const passed = checked.filter((c) => c.message).map((c) => c.message!);
  return passed.length > 0 ? passed.join("\n") : careStatusLabel[item.status];
}

export interface CareView {
  /** False for a médico-social plan: the partial says it is for information only. */
  applicable: boolean;
  table: TableView;
  /** `Démontré : 5 ; Partiel : 2 ; …` */
  counts: string;
}

export function careView(ctx: ViewContext): CareView {
  const report = ctx.input.care;
  const rows = report.items.map((i) => [i.ref, i.title, careStatusLabel[i.status], careItemFinding(i)]);
  const order: CareStatus[] = ["ok", "partial", "missing", "not-evidenced"];
  const counts = order.map((s) => `${careStatusLabel[s]} : ${report.counts[s] ?? 0}`).join(" ; ");
  return {
    applicable: report.applicable,
    table: table(["Exigence", "Intitulé", "Statut", "Constat"], rows, [1, 3, 1, 4]),
    counts: counts + ".",
  };
}
