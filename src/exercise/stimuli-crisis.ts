/**
 * Stimuli about the crisis organisation (docs/exercise.md, table rows 1, 2, 4, 5, 9, 10):
 * detection, convening the cell, an unreachable titular, notifications, the media, end of play.
 * Each builder returns drafts; times of play are set later (time.ts).
 */
import type { ScenarioKind } from "../plan/types.js";
import { NBSP, NNBSP, quote } from "../text/french.js";
import {
  contactName,
  contactPhone,
  directorRole,
  findingsOf,
  nameWithPhone,
  type KitContext,
} from "./context.js";
import type { Stimulus } from "./types.js";

/** A stimulus before play times: `position` orders stimuli of one kind at the same simulated time. */
export type Draft = Omit<Stimulus, "n" | "gameMinutes" | "clock"> & { position: number };

/** Level counts of docs/exercise.md: how many stimuli of a kind each level includes. */
export function countFor(
  ctx: KitContext,
  counts: { beginner: number; intermediate: number; confirmed: number },
) {
  return counts[ctx.level];
}

const kindSentence: Record<ScenarioKind, string> = {
  "it-outage": `Les applications ne répondent plus et les postes affichent des messages d’erreur${NNBSP}; le réseau semble touché.`,
  "site-loss": "Un sinistre rend un bâtiment de l’établissement inaccessible.",
  "staff-shortage": "De nombreux professionnels sont absents et ne peuvent pas être remplacés aujourd’hui.",
  "supplier-failure": "Un fournisseur critique annonce qu’il ne peut plus livrer ni intervenir.",
  "utility-failure": "L’alimentation en énergie ou en fluides de l’établissement est interrompue.",
  other: "Un événement grave perturbe le fonctionnement de l’établissement.",
};

/** 1 `detection`: the scenario reaches the owner of its first reflex fiche. */
export function detection(ctx: KitContext): Draft[] {
  const reflex = (ctx.scenario.procedures ?? [])
    .map((id) => ctx.procedures.get(id))
    .find((p) => p !== undefined && p.kind === "reflex");
  const recipient =
    reflex?.owner !== undefined ? (contactName(ctx, reflex.owner) ?? directorRole(ctx)) : directorRole(ctx);
  const expected = [
    ...(reflex ? [`Appliquer la fiche réflexe ${quote(reflex.title)}`] : []),
    ...(ctx.plan.crisis.alerting ?? []),
  ];
  if (expected.length === 0) {
    expected.push(
      `Alerter la cellule de crise${NBSP}: le plan ne décrit ni fiche réflexe ni séquence d’alerte`,
    );
  }
  return [
    {
      kind: "detection",
      position: 1,
      simulatedMinutes: 0,
      subject: null,
      sender: "Témoin de l’incident",
      recipient,
      channel: "Téléphone",
      message: ctx.scenario.description ?? kindSentence[ctx.scenario.kind],
      expected,
      findings: [],
      title: "Détection de l’incident",
    },
  ];
}

/** 2 `crisis-cell`: the cell convened in the first crisis location, each role by name. */
export function crisisCell(ctx: KitContext): Draft[] {
  const room = ctx.plan.crisis.locations?.[0]?.name;
  const expected = [
    room === undefined
      ? `Réunir la cellule de crise${NBSP}: le plan ne désigne pas de lieu de crise`
      : `Réunir la cellule de crise en ${quote(room)}`,
    ...ctx.plan.crisis.cell.map(
      (r) => `Présent en cellule${NBSP}: ${r.role} (${contactName(ctx, r.contact) ?? r.contact})`,
    ),
  ];
  return [
    {
      kind: "crisis-cell",
      position: 1,
      simulatedMinutes: 15,
      subject: null,
      sender: "Animateur",
      recipient: directorRole(ctx),
      channel: "Oral",
      message: `Les premiers constats confirment un incident majeur. Convoquez la cellule de crise.`,
      expected,
      findings: [],
      title: "Convocation de la cellule de crise",
    },
  ];
}

/** 4 `unreachable-holder`: roles without deputy first (the plan's weak point), then the others. */
export function unreachableHolders(ctx: KitContext): Draft[] {
  const count = countFor(ctx, { beginner: 0, intermediate: 1, confirmed: 2 });
  const weak = new Set(findingsOf(ctx, "missing-deputy").map((f) => f.subject));
  const roles = ctx.plan.crisis.cell;
  const ordered = [...roles.filter((r) => weak.has(r.role)), ...roles.filter((r) => !weak.has(r.role))];
  return ordered.slice(0, count).map((r, i) => {
    const hasDeputy = r.deputy !== undefined && r.deputy !== r.contact;
    return {
      kind: "unreachable-holder",
      position: i + 1,
      simulatedMinutes: 30 + 15 * i,
      subject: r.role,
      sender: "Animateur",
      recipient: r.role,
      channel: "Oral",
      message: `${contactName(ctx, r.contact) ?? r.contact}, titulaire du rôle ${quote(r.role)}, est injoignable, ni au téléphone ni sur place.`,
      expected: [
        hasDeputy
          ? `Le suppléant prend le relais${NBSP}: ${nameWithPhone(ctx, r.deputy!)}`
          : `La cellule désigne un remplaçant${NBSP}: le plan ne prévoit pas de suppléant`,
      ],
      findings: weak.has(r.role) ? [{ code: "missing-deputy", subject: r.role }] : [],
      title: `Titulaire injoignable${NBSP}: ${r.role}`,
    };
  });
}

/** 5 `notification`: who asks for news; the cell must notify within the plan's delay. */
export function notifications(ctx: KitContext): Draft[] {
  const all = ctx.plan.crisis.notifications ?? [];
  const chosen = ctx.level === "beginner" ? all.slice(0, 1) : all;
  return chosen.map((n, i) => ({
    kind: "notification",
    position: i + 1,
    simulatedMinutes: 60 + 20 * i,
    subject: n.who,
    sender: n.who,
    recipient: directorRole(ctx),
    channel: "Téléphone",
    message: `${n.who} a eu connaissance de l’incident et demande un point de situation${NNBSP}: avez-vous fait le signalement${NNBSP}?`,
    expected: [
      `Notifier ${n.who} — délai${NBSP}: ${n.when}` +
        (n.how === undefined ? "" : ` — moyen${NBSP}: ${n.how}`),
    ],
    findings: [],
    title: `Point de situation demandé${NBSP}: ${n.who}`,
  }));
}

/** 9 `media`: a journalist calls; the call goes to the communication role, else the first role. */
export function media(ctx: KitContext): Draft[] {
  if (ctx.level === "beginner") return [];
  const cell = ctx.plan.crisis.cell;
  const role = cell.find((r) => r.role.includes("ommunication")) ?? cell[0];
  if (role === undefined) return [];
  const phone = contactPhone(ctx, role.contact);
  const holder = contactName(ctx, role.contact) ?? role.contact;
  return [
    {
      kind: "media",
      position: 1,
      simulatedMinutes: 90,
      subject: null,
      sender: "Journaliste de la presse régionale",
      recipient: "Standard",
      channel: "Téléphone",
      message: `Un journaliste appelle le standard${NBSP}: des patients et des familles parlent de l’incident sur les réseaux sociaux. Il demande une interview dans l’heure.`,
      expected: [
        `Le standard transmet l’appel au rôle ${quote(role.role)}${NBSP}: ` +
          (phone === null ? holder : `${holder}, ${phone}`),
      ],
      findings: [],
      title: "Appel d’un journaliste",
    },
  ];
}

/** 10 `end`: end of play, the RETEX à chaud begins. */
export function end(): Draft[] {
  return [
    {
      kind: "end",
      position: 1,
      simulatedMinutes: null,
      subject: null,
      sender: "Directeur d’exercice",
      recipient: "Tous les joueurs",
      channel: "Oral",
      message:
        "Fin du jeu. Chacun note l’heure et l’état de ses actions en cours, puis rejoint le RETEX à chaud.",
      expected: ["Les joueurs arrêtent le jeu et rejoignent le RETEX à chaud"],
      findings: [],
      title: "Fin du jeu",
    },
  ];
}
