/**
 * PRA 4.2 explanations and 4.5 (docs/documents.md §3): how to read the order table, and the recovery
 * order of every plan scenario that makes a resource unavailable. Each 4.5.n table comes from its
 * own engine run (ViewInput.scenarioOrders, computed by src/recovery), never recomputed here.
 */
import type { ScenarioOrder } from "./input.js";
import { NBSP, NNBSP, quote } from "../text/french.js";
import { deadlineText, latestStartText, rankText } from "./pra-order.js";
import { tierLabel } from "./labels.js";
import type { Titled } from "./shared/sections.js";
import { table, type TableView } from "./shared/types.js";

/** The sentences before the 4.2 table; the last one only when some resource is unranked. */
export function orderNotes(someUnranked: boolean): string[] {
  const notes = [
    `Heure zéro${NBSP}: le moment où survient le scénario${NNBSP}; toutes les durées de ce tableau comptent depuis l’heure zéro.`,
    `Une ressource vient toujours après celles dont elle dépend${NNBSP}; à dépendances égales, la plus urgente d’abord (début au plus tard, puis criticité).`,
    `Un début au plus tard négatif signifie que l’échéance est déjà dépassée à l’heure zéro${NBSP}: commencer sans attendre.`,
  ];
  if (someUnranked)
    notes.push(`${quote("Non classée")}${NBSP}: la ressource reste disponible dans ce scénario.`);
  return notes;
}

export const scenarioOrdersIntro = `Le tableau 4.2 suit le scénario retenu (2.2)${NNBSP}; voici l’ordre de reprise de chaque scénario du plan.`;

export interface ScenarioOrderSection extends Titled {
  table: TableView;
}

/** 4.5.n: `Rang | Ressource | Priorité | Échéance | Début au plus tard` over the scenario's lost set. */
export function scenarioOrderSections(orders: ScenarioOrder[]): ScenarioOrderSection[] {
  return orders.map(({ scenario, recovery }) => ({
    title: scenario.title,
    table: table(
      ["Rang", "Ressource", "Priorité", "Échéance", "Début au plus tard"],
      recovery.ranked.map((f) => [
        rankText(f),
        f.name,
        tierLabel(f.tier),
        deadlineText(f),
        latestStartText(f),
      ]),
      [1, 4, 1.5, 1.8, 2],
    ),
  }));
}
