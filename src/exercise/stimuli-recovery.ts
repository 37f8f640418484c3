/**
 * Stimuli about activities and recovery (docs/exercise.md, table rows 3, 6, 7, 8): impacted
 * services, the recovery order, a restore later than planned, a backup that cannot be restored.
 * Facts come from the recovery engine under the scenario (docs/recovery.md); nothing is recomputed.
 */
import type { FindingCode } from "../diagnostics/types.js";
import { criticalityRank, type Procedure } from "../plan/types.js";
import { formatDuration, MINUS, NBSP, NNBSP, quote } from "../text/french.js";
import { durationMinutes } from "../plan/duration.js";
import {
  contactName,
  degradedOf,
  directorRole,
  findingsOf,
  firstRole,
  nameWithPhone,
  resourceName,
  roleOf,
  serviceName,
  type KitContext,
} from "./context.js";
import { countFor, type Draft } from "./stimuli-crisis.js";

export const noDegradedProcedure = `La cellule organise un palliatif${NBSP}: le plan ne prévoit pas de procédure dégradée`;
export const noFallback = "Le plan ne prévoit pas de repli";

/** Lost resources a service depends on, directly or through others (R(s) of docs/care.md), in rank order. */
export function lostResourcesOf(ctx: KitContext, serviceId: string): string[] {
  const reachable = new Set(ctx.serviceFacts.get(serviceId)?.reachableResources ?? []);
  return ctx.recovery.ranked.map((r) => r.id).filter((id) => reachable.has(id));
}

/**
 * The lost resources a service uses, as its card names them: those it depends on directly when
 * there are any (what its staff see fail), else those it reaches (a site loss takes the server
 * room, not the applications the service calls).
 */
export function lostResourcesUsed(ctx: KitContext, serviceId: string): string[] {
  const reached = lostResourcesOf(ctx, serviceId);
  const direct = new Set(ctx.services.get(serviceId)?.dependsOn ?? []);
  const used = reached.filter((id) => direct.has(id));
  return used.length > 0 ? used : reached;
}

/** Every impacted service: effective RTO, then criticality rank, then id (code units). */
export function impactedServices(ctx: KitContext): string[] {
  return ctx.recovery.services
    .filter((f) => lostResourcesOf(ctx, f.id).length > 0)
    .sort(
      (a, b) =>
        a.effectiveRtoMinutes - b.effectiveRtoMinutes ||
        criticalityRank[a.criticality] - criticalityRank[b.criticality] ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    )
    .map((f) => f.id);
}

/**
 * Degraded procedures of a service that cover one of the resources the scenario makes
 * unusable for it: a lost resource, or one waiting for a lost one (a site loss takes the
 * applications down with the server room even though only the room is lost).
 */
export function answeringProcedures(ctx: KitContext, serviceId: string): Procedure[] {
  return degradedOf(ctx, serviceId).filter((p) => (p.covers ?? []).some((id) => ctx.down.has(id)));
}

function holdText(p: Procedure): string {
  return p.maxDuration === undefined
    ? ""
    : ` (tenue jusqu’à ${formatDuration(durationMinutes(p.maxDuration))})`;
}

/** 3 `service-impact`: one per impacted service, as many as the level allows. */
export function serviceImpacts(ctx: KitContext): Draft[] {
  const count = countFor(ctx, { beginner: 3, intermediate: 6, confirmed: 10 });
  return impactedServices(ctx)
    .slice(0, count)
    .map((id, i) => {
      const service = ctx.services.get(id);
      const procedures = answeringProcedures(ctx, id);
      const names = lostResourcesUsed(ctx, id).map((r) => resourceName(ctx, r));
      const manager = contactName(ctx, service?.manager);
      return {
        kind: "service-impact",
        position: i + 1,
        simulatedMinutes: 20 + 10 * i,
        subject: id,
        sender: manager === null ? serviceName(ctx, id) : `${manager} (${serviceName(ctx, id)})`,
        recipient: directorRole(ctx),
        channel: "Téléphone",
        message: `${serviceName(ctx, id)}${NBSP}: ${names.join(", ")} ${names.length > 1 ? "sont indisponibles" : "est indisponible"}. Comment poursuivre l’activité${NNBSP}?`,
        expected:
          procedures.length > 0
            ? procedures.map((p) => `Déclencher la procédure dégradée ${quote(p.title)}${holdText(p)}`)
            : [noDegradedProcedure],
        findings: procedures.length > 0 ? [] : [{ code: "no-degraded-procedure", subject: id }],
        title: `Impact${NBSP}: ${serviceName(ctx, id)}`,
      };
    });
}

/** Latest start in simulated time: `T + 12 h`, `T − 2 h (déjà en retard)`, or `sans objet`. */
export function latestStartText(minutes: number | null): string {
  if (minutes === null) return "sans objet";
  return minutes < 0
    ? `T${NBSP}${MINUS}${NBSP}${formatDuration(-minutes)} (déjà en retard)`
    : `T${NBSP}+${NBSP}${formatDuration(minutes)}`;
}

/** How many ranks the `recovery-plan` stimulus names (docs/exercise.md: ranks 1–5). */
const RANKS_NAMED = 5;

/** 6 `recovery-plan`: the cell must set the recovery order. */
export function recoveryPlan(ctx: KitContext): Draft[] {
  if (ctx.level === "beginner" || ctx.recovery.ranked.length === 0) return [];
  const first = ctx.recovery.ranked.slice(0, RANKS_NAMED);
  const rest = ctx.recovery.ranked.length - first.length;
  const expected = first.map(
    (r) =>
      `Rang ${r.rank}${NBSP}: ${r.name} (début au plus tard${NBSP}: ${latestStartText(r.latestStartMinutes)})`,
  );
  if (rest > 0) {
    expected.push(`Puis les ${rest} autres ressources indisponibles, dans l’ordre de reprise du PRA`);
  }
  const recoveryRole = roleOf(ctx, procedureOwner(ctx, "recovery"));
  return [
    {
      kind: "recovery-plan",
      position: 1,
      simulatedMinutes: 120,
      subject: null,
      sender: "Animateur",
      recipient: recoveryRole ?? directorRole(ctx),
      channel: "Message écrit",
      message:
        "Les équipes techniques sont mobilisées et demandent par quoi commencer. La cellule doit arrêter l’ordre de reprise et le leur transmettre.",
      expected,
      findings: [],
      title: "Ordre de reprise",
    },
  ];
}

/** Owner of the scenario's first procedure of a kind. */
function procedureOwner(ctx: KitContext, kind: Procedure["kind"]): string | undefined {
  return (ctx.scenario.procedures ?? []).map((id) => ctx.procedures.get(id)).find((p) => p?.kind === kind)
    ?.owner;
}

/** The team (else owner) of a resource, as sender; the role that team holds, else the first role. */
function teamOf(ctx: KitContext, id: string): { sender: string; recipient: string } {
  const r = ctx.resources.get(id);
  const team = r?.recovery?.team ?? r?.owner;
  return {
    sender: contactName(ctx, team) ?? "Équipe de reprise",
    recipient: roleOf(ctx, team) ?? directorRole(ctx),
  };
}

/** Services in BIA order (criticality, then plan order). */
function inBiaOrder(ctx: KitContext, ids: readonly string[]): string[] {
  const wanted = new Set(ids);
  return ctx.plan.services
    .map((s, index) => ({ s, index }))
    .filter((x) => wanted.has(x.s.id))
    .sort((a, b) => criticalityRank[a.s.criticality] - criticalityRank[b.s.criticality] || a.index - b.index)
    .map((x) => x.s.id);
}

/** 7 `late-restore`: one per `rto-unreachable` finding, in recovery order. */
export function lateRestores(ctx: KitContext): Draft[] {
  const count = countFor(ctx, { beginner: 0, intermediate: 1, confirmed: Infinity });
  const unreachable = new Set(findingsOf(ctx, "rto-unreachable").map((f) => f.subject));
  const director = firstRole(ctx);
  return ctx.recovery.ranked
    .filter((r) => unreachable.has(r.id))
    .slice(0, count)
    .map((r, i) => {
      const extend = inBiaOrder(ctx, r.services).flatMap((s) =>
        degradedOf(ctx, s).map(
          (p) => `Prolonger la procédure dégradée ${quote(p.title)} (${serviceName(ctx, s)})`,
        ),
      );
      const inform =
        director === undefined
          ? "Informer le directeur de crise"
          : `Informer le directeur de crise${NBSP}: ${nameWithPhone(ctx, director.contact)}`;
      const latest = r.latestStartMinutes ?? 0;
      return {
        kind: "late-restore",
        position: i + 1,
        simulatedMinutes: Math.max(latest, 150),
        subject: r.id,
        ...teamOf(ctx, r.id),
        channel: "Téléphone",
        message:
          `La restauration de ${quote(r.name)} prend plus longtemps que prévu${NBSP}: ` +
          `elle ne sera pas terminée avant T${NBSP}+${NBSP}${formatDuration(r.earliestRestoreMinutes)}.`,
        expected: [...extend, inform],
        findings: [{ code: "rto-unreachable", subject: r.id }],
        title: `Restauration retardée${NBSP}: ${r.name}`,
      };
    });
}

const backupCodes: readonly FindingCode[] = ["no-offline-backup", "no-backup", "restore-test-stale"];

/** 8 `backup-failure`: the first lost resource whose backup the plan already flags. */
export function backupFailure(ctx: KitContext): Draft[] {
  if (ctx.level !== "confirmed") return [];
  const flagged = ctx.findings.filter((f) => backupCodes.includes(f.code));
  const target = ctx.recovery.ranked.find((r) => flagged.some((f) => f.subject === r.id));
  if (target === undefined) return [];
  const fallbacks = (ctx.plan.procedures ?? []).filter(
    (p) => p.kind === "degraded" && (p.covers ?? []).includes(target.id),
  );
  return [
    {
      kind: "backup-failure",
      position: 1,
      simulatedMinutes: 180,
      subject: target.id,
      ...teamOf(ctx, target.id),
      channel: "Téléphone",
      message: `La sauvegarde de ${quote(target.name)} ne peut pas être restaurée${NBSP}: les données sont illisibles ou chiffrées.`,
      expected:
        fallbacks.length > 0
          ? fallbacks.map(
              (p) =>
                `Repli${NBSP}: maintenir la procédure dégradée ${quote(p.title)}` +
                (p.service === undefined ? "" : ` (${serviceName(ctx, p.service)})`),
            )
          : [noFallback],
      findings: flagged
        .filter((f) => f.subject === target.id)
        .map((f) => ({ code: f.code, subject: f.subject })),
      title: `Sauvegarde inutilisable${NBSP}: ${target.name}`,
    },
  ];
}
