import type { Finding } from "../../diagnostics/types.js";
import { dayNumber, parseDate } from "../../plan/date.js";
import { parseDuration } from "../../plan/duration.js";
import { formatDate, NBSP, NNBSP } from "../text.js";
import { finding, type FindingContext } from "./context.js";
import { criticalPathText, shownCriticalPath } from "./critical-path.js";
import { formatFrequency, formatSignedDuration } from "../../text/french.js";

/** A restore test older than this many days before `plan.date` is stale. */
export const restoreTestMaxAgeDays = 365;

/**
 * The findings about one resource each (docs/recovery.md table): rto-unreachable, rpo-unmet,
 * no-backup, no-offline-backup, restore-test-stale, orphan-resource, no-recovery-estimate.
 */
export function resourceFindings(ctx: FindingContext): Finding[] {
  const { plan, map, g, lost, deadlines, earliest, inherited } = ctx;
  const out: Finding[] = [];
  const resources = plan.resources ?? [];
  const planDay = parseDate(plan.plan?.date).ok ? dayNumber(plan.plan.date) : null;
  // Many resources share a test date: parse each distinct date once.
  const days = new Map<string, number | null>();
  const dayOf = (date: unknown): number | null => {
    if (typeof date !== "string") return null;
    let d = days.get(date);
    if (d === undefined) days.set(date, (d = parseDate(date).ok ? dayNumber(date) : null));
    return d;
  };

  resources.forEach((r, i) => {
    const node = g.serviceCount + i;
    const id = g.ids[node];
    const path = `/resources/${i}`;
    const add = (
      code: Finding["code"],
      severity: Finding["severity"],
      message: string,
      data?: Finding["data"],
    ) => out.push(finding(map, path, code, severity, id, message, data));
    const D = deadlines.deadline[node];
    const E = earliest.earliest[node];
    const dependents = g.revStart[node + 1] - g.revStart[node];

    if (lost[node] && D !== Infinity && E > D) {
      const service = g.ids[deadlines.deadlineService[node]];
      // Bounded (findings/critical-path.ts): a chain of n resources gives n findings.
      const shown = shownCriticalPath(g, earliest, node);
      const data: NonNullable<Finding["data"]> = { earliestMinutes: E, deadlineMinutes: D, service };
      data.criticalPath = shown.ids;
      if (shown.omitted) data.criticalPathOmitted = shown.omitted;
      add(
        "rto-unreachable",
        "warning",
        `La ressource ${id} est rétablie au plus tôt en ${formatSignedDuration(E)}, après l’échéance de ` +
          `${formatSignedDuration(D)} fixée par l’activité ${service}${NNBSP}; chemin critique${NBSP}: ` +
          `${criticalPathText(shown.ids, shown.omitted)}. Raccourcissez ce chemin ou prévoyez un mode dégradé plus long.`,
        data,
      );
    }

    const backup = r.backup;
    if (backup) {
      const frequency = parseDuration(backup.frequency);
      const rpo = inherited.rpo[node];
      if (frequency.ok && rpo !== Infinity && frequency.minutes > rpo) {
        const service = g.ids[inherited.rpoService[node]];
        add(
          "rpo-unmet",
          "warning",
          `La ressource ${id} est sauvegardée ${formatFrequency(frequency.minutes)} pour une PDMA ` +
            `de ${formatSignedDuration(rpo)} exigée par l’activité ${service}${NBSP}: sauvegardez plus souvent.`,
          { frequencyMinutes: frequency.minutes, rpoMinutes: rpo, service },
        );
      }
    }

    const critical = (r.kind === "application" || r.kind === "data") && inherited.bestRank[node] <= 2;
    if (critical && !backup) {
      add(
        "no-backup",
        "warning",
        `La ressource ${id} n’a pas de sauvegarde alors qu’une activité vitale ou essentielle en dépend` +
          `${NBSP}: décrivez-la (backup).`,
      );
    }
    if (critical && backup && !(backup.offline === true && backup.immutable === true)) {
      add(
        "no-offline-backup",
        "warning",
        `La sauvegarde de ${id} n’a pas de copie à la fois hors ligne et immuable (offline et immutable)` +
          `${NBSP}: une attaque par rançongiciel peut la chiffrer avec le reste.`,
      );
    }

    if (backup) {
      const last = backup.lastRestoreTest;
      const lastDay = dayOf(last);
      const known = lastDay !== null;
      const stale = lastDay === null || (planDay !== null && planDay - lastDay > restoreTestMaxAgeDays);
      if (stale) {
        add(
          "restore-test-stale",
          "warning",
          known
            ? `Le dernier test de restauration de ${id} date du ${formatDate(last!)}, plus d’un an avant ` +
                `la version du plan${NBSP}: testez la restauration.`
            : `Aucun test de restauration de ${id} n’est renseigné (lastRestoreTest)${NBSP}: testez la restauration.`,
          known ? { date: last! } : undefined,
        );
      }
    }

    if (dependents === 0) {
      add(
        "orphan-resource",
        "info",
        `Aucune activité ni ressource ne dépend de ${id}${NBSP}: reliez-la (dependsOn) ou retirez-la du plan.`,
      );
    }

    if (lost[node] && dependents > 0 && !parseDuration(r.recovery?.duration).ok) {
      add(
        "no-recovery-estimate",
        "info",
        `La durée de restauration de ${id} n’est pas renseignée (recovery.duration)${NBSP}: ` +
          `elle est comptée 0${NBSP}min dans le calcul.`,
      );
    }
  });
  return out;
}
