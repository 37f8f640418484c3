/**
 * [Constats] (docs/documents.md §1.8) with the finding titles and French details of §7.2. The CLI
 * message of a finding is never printed: details are rebuilt from `finding.data`.
 */
import type { Finding, FindingCode, MissingPhoneCitation } from "../../diagnostics/types.js";
import { formatDate, formatDuration, formatFrequency, formatSignedDuration } from "../../text/french.js";
import { criticalPathText } from "../../recovery/findings/critical-path.js";
import { severityLabel } from "../labels.js";
import { contactRef, nameOf, type ViewContext } from "./context.js";
import { table, type TableView } from "./types.js";

/** Titles of §7.2, plus the blocking errors and `cover-not-direct` (not in 7.2: pcapra wording). */
export const findingTitle: Record<FindingCode | "unknown-reference" | "duplicate-id", string> = {
  "rto-unreachable": "Échéance de reprise non tenable",
  "rto-exceeds-mtpd": "RTO supérieur à la DMIA",
  "rpo-unmet": "PDMA non tenue par la sauvegarde",
  "no-backup": "Absence de sauvegarde",
  "no-offline-backup": "Pas de copie hors ligne et immuable",
  "restore-test-stale": "Test de restauration absent ou ancien",
  "no-degraded-procedure": "Activité sans procédure dégradée",
  "cover-not-direct": "Ressource palliée hors dépendances directes",
  "missing-deputy": "Rôle de crise sans suppléant",
  "no-recovery-estimate": "Durée de restauration non estimée",
  "orphan-resource": "Ressource sans usage identifié",
  "missing-phone": "Contact sans téléphone",
  "dependency-cycle": "Dépendance circulaire",
  "unknown-reference": "Référence inconnue",
  "duplicate-id": "Identifiant en double",
};

const q = (text: string): string => `« ${text} »`;
const minutes = (m: number | undefined): string => formatDuration(m ?? 0);

/** {where} of `missing-phone` (§7.2): the first place citing the contact. */
function citedByText(ctx: ViewContext, citedBy: MissingPhoneCitation | undefined): string {
  switch (citedBy?.kind) {
    case "procedure":
      return `la procédure ${q(nameOf(ctx, citedBy.id))}`;
    case "resource":
      return `la ressource ${q(nameOf(ctx, citedBy.id))}`;
    case "hotlines":
      return "les numéros immédiats";
    default:
      return "la cellule de crise";
  }
}

/** French detail of §7.2, from the finding's structured data. */
export function findingDetail(ctx: ViewContext, f: Finding): string {
  const d = f.data ?? {};
  switch (f.code) {
    case "rto-unreachable": {
      const path = criticalPathText(d.criticalPath ?? [f.subject], d.criticalPathOmitted, (id) =>
        nameOf(ctx, id),
      );
      const service = d.service === undefined ? "" : nameOf(ctx, d.service);
      return (
        `Rétablie au plus tôt en ${minutes(d.earliestMinutes)} pour une échéance de ${formatSignedDuration(d.deadlineMinutes ?? 0)} ` +
        `fixée par ${q(service)}. Chemin critique : ${path}.`
      );
    }
    case "rto-exceeds-mtpd":
      return `RTO de ${minutes(d.rtoMinutes)} pour une DMIA de ${minutes(d.mtpdMinutes)}.`;
    case "rpo-unmet": {
      const service = d.service === undefined ? "" : nameOf(ctx, d.service);
      return `Sauvegarde ${formatFrequency(d.frequencyMinutes ?? 0)} pour une PDMA de ${minutes(d.rpoMinutes)} (${q(service)}).`;
    }
    case "no-backup":
      return "Aucune sauvegarde décrite pour une ressource d’une activité vitale ou essentielle.";
    case "no-offline-backup":
      return "La sauvegarde n’a pas de copie à la fois hors ligne et immuable.";
    case "restore-test-stale":
      return d.date === undefined
        ? "Aucun test de restauration renseigné."
        : `Dernier test de restauration : ${formatDate(d.date)}.`;
    case "no-degraded-procedure":
      return `Aucune procédure dégradée ne pallie la perte de : ${(d.resources ?? []).map((id) => nameOf(ctx, id)).join(", ")}.`;
    case "cover-not-direct":
      return "La procédure pallie une ressource dont son activité ne dépend pas directement ; elle ne change pas le calcul.";
    case "missing-deputy":
      return `Aucun suppléant distinct du titulaire, ${contactRef(ctx, d.contact) ?? ""}.`;
    case "no-recovery-estimate":
      return "Durée non renseignée, comptée 0 min dans le calcul.";
    case "orphan-resource":
      return "Aucune activité ni ressource n’en dépend.";
    case "missing-phone":
      return `Aucun numéro pour ${nameOf(ctx, f.subject)}, cité par ${citedByText(ctx, d.citedBy)}.`;
    case "dependency-cycle":
      return `Cycle : ${(d.cycle ?? []).map((id) => nameOf(ctx, id)).join(" → ")}.`;
  }
}

/** Objet column: subject name (the role's text for `missing-deputy`). */
export function findingSubject(ctx: ViewContext, f: Finding): string {
  return f.code === "missing-deputy" ? f.subject : nameOf(ctx, f.subject);
}

/** [Constats] over the findings whose code is selected (every finding when `codes` is null). */
export function findingsView(ctx: ViewContext, codes: readonly FindingCode[] | null): TableView {
  const selected = ctx.input.findings.filter((f) => codes === null || codes.includes(f.code));
  const rows = selected.map((f) => [
    severityLabel[f.severity],
    findingTitle[f.code],
    findingSubject(ctx, f),
    findingDetail(ctx, f),
  ]);
  return table(["Gravité", "Constat", "Objet", "Détail"], rows, [1, 2, 2, 4]);
}
