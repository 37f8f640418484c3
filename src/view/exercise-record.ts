/**
 * Exercise kit 6.3 (docs/exercise.md): the `exercises` entry to paste into the plan once the
 * exercise is planned, printed as literal YAML lines that keep the plan valid.
 */
import { dayNumber } from "../plan/date.js";
import type { ExerciseLevel, Plan, Scenario } from "../plan/types.js";
import { NBSP } from "../text/french.js";

/** A YAML scalar that needs no thought: JSON strings are valid YAML double-quoted scalars. */
function yamlString(text: string): string {
  return JSON.stringify(text);
}

export function exerciseRecord(
  plan: Plan,
  scenario: Scenario,
  level: ExerciseLevel,
): { intro: string; yaml: string } {
  const year = plan.plan.date.slice(0, 4);
  const today = dayNumber(plan.plan.date);
  // The planned exercise of this scenario, when the plan already has one, gives the date and kind.
  const planned = (plan.exercises ?? []).find(
    (e) =>
      e.scenario === scenario.id &&
      (e.status ?? (dayNumber(e.date) <= today ? "done" : "planned")) === "planned",
  );
  const lines = [
    "exercises:",
    `  - x-id: ${scenario.id}-${year}`,
    `    date: ${planned?.date ?? plan.plan.date}`,
    `    kind: ${planned?.kind ?? "tabletop"}`,
    `    title: ${yamlString(`Exercice de crise «\u00a0${scenario.title}\u00a0»`)}`,
    `    scenario: ${scenario.id}`,
    `    level: ${level}`,
    `    status: planned`,
  ];
  return {
    intro:
      `Enregistrer ces lignes dans un nouveau fragment du plan (par exemple exercises-${year}.yaml), ` +
      `ou ajouter l’entrée, sans la ligne exercises:, à la fin de la liste exercises du plan. ` +
      `Corriger la date si besoin, puis, après l’exercice, passer status à done et noter les enseignements ` +
      `dans lessons. La clé x-id identifie l’exercice${NBSP}; pcapra conserve et ignore les clés en x-.`,
    yaml: lines.join("\n"),
  };
}
