import type { Diagnostic } from "../diagnostics/types.js";
import type { SourceMap } from "../plan/source-map.js";
import { itKinds, type Plan } from "../plan/types.js";
import type { Graph } from "./graph.js";
import { q } from "./text.js";

/** Marks the unknown-scenario diagnostic so that the CLI can turn it into a usage error. */
export const unknownScenarioPath = "/scenarios";

export type LostSet = { lost: Uint8Array } | { error: Diagnostic };

/**
 * The lost set L of docs/recovery.md, as a flag per resource (index = resource's plan index).
 * Default scenario and `it-outage` without `unavailable`: every IT resource. Another scenario
 * without `unavailable` loses nothing (docs/plan-format.md gives the default set to `it-outage` only).
 */
export function lostSet(
  plan: Plan,
  g: Graph,
  map: SourceMap,
  scenarioId: string | null | undefined,
): LostSet {
  const resources = plan.resources ?? [];
  const lost = new Uint8Array(resources.length);
  const markIt = () => resources.forEach((r, i) => (lost[i] = itKinds.includes(r.kind) ? 1 : 0));
  if (scenarioId === null || scenarioId === undefined) {
    markIt();
    return { lost };
  }
  const scenario = (plan.scenarios ?? []).find((s) => s.id === scenarioId);
  if (!scenario) {
    const known = (plan.scenarios ?? []).map((s) => s.id);
    const at = map.locate("");
    return {
      error: {
        ...at,
        severity: "error",
        code: "unknown-reference",
        path: unknownScenarioPath,
        message:
          `Le scénario ${q(scenarioId)} n’existe pas dans le plan` +
          (known.length === 0
            ? `\u00a0: le plan ne décrit aucun scénario (retirez --scenario).`
            : `\u00a0; scénarios connus\u00a0: ${known.join(", ")}.`
          ).replace("\u00a0;", "\u202f;"),
      },
    };
  }
  if (!Array.isArray(scenario.unavailable)) {
    if (scenario.kind === "it-outage") markIt();
    return { lost };
  }
  for (const id of scenario.unavailable) {
    const node = g.index.get(id);
    if (node !== undefined && node >= g.serviceCount) lost[node - g.serviceCount] = 1;
  }
  return { lost };
}
