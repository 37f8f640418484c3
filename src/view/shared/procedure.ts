/**
 * [Procédure] (docs/documents.md §1.8): one procedure's body, and PCA 8.1 (ressaisie per activity).
 * Labels are printed by `_procedure.hbs`, always in the same order.
 */
import type { Procedure, Step } from "../../plan/types.js";
import { supplyText } from "../../plan/types.js";
import {
  contactRef,
  contactWithPhone,
  degradedOf,
  durationText,
  nameOf,
  type ViewContext,
} from "./context.js";
import { table, type TableView } from "./types.js";

export interface ProcedureView {
  /** Heading title (`procedure.title`); src/doc/numbering.ts adds the number. */
  title: string;
  /** Degraded procedures also print `Ressources palliées` and `Durée de tenue`. */
  degraded: boolean;
  /** Each label below is left out when its value is null or its list empty (§1.4). */
  trigger: string | null;
  covers: string | null;
  maxDuration: string | null;
  owner: string | null;
  /** `action — who`, one per numbered item. */
  actions: string[];
  supplies: string[];
  returnToNormal: string[];
}

/**
 * `action`, then ` — ` and who (docs/documents.md §1.8): the contact reference and its mobile, else
 * phone, for a contact id; the text as typed otherwise.
 */
export function stepText(ctx: ViewContext, step: Step): string {
  if (typeof step === "string") return step;
  if (step.who === undefined || step.who === "") return step.action;
  const who = ctx.contacts.has(step.who) ? contactWithPhone(ctx, step.who, ", ")! : step.who;
  return `${step.action} — ${who}`;
}

export function procedureView(ctx: ViewContext, p: Procedure): ProcedureView {
  const covers = p.covers ?? [];
  return {
    title: p.title,
    degraded: p.kind === "degraded",
    trigger: p.trigger ?? null,
    covers: covers.length > 0 ? covers.map((id) => nameOf(ctx, id)).join(", ") : null,
    maxDuration: p.maxDuration === undefined ? null : durationText(p.maxDuration),
    owner: contactRef(ctx, p.owner),
    actions: p.steps.map((s) => stepText(ctx, s)),
    supplies: (p.supplies ?? []).map(supplyText),
    returnToNormal: [...(p.returnToNormal ?? [])],
  };
}

/** PCA 8.1: one row per degraded procedure with `returnToNormal`, service BIA order then plan order. */
export function reentryView(ctx: ViewContext): TableView {
  const rows: string[][] = [];
  for (const s of ctx.biaServices) {
    for (const p of degradedOf(ctx, s.id)) {
      const actions = p.returnToNormal ?? [];
      if (actions.length > 0) rows.push([s.name, p.title, actions.join("\n")]);
    }
  }
  return table(["Activité", "Procédure", "Actions de retour à la normale"], rows, [2, 2, 5]);
}
