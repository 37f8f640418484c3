/** Test helpers: YAML text → data + SourceMap (through the real loader) → schema diagnostics. */
import { loadPlanText } from "../../src/plan/load.js";
import { validateSchema } from "../../src/schema/validate.js";
import type { Diagnostic } from "../../src/diagnostics/types.js";

export function validateText(text: string, options: { fragment?: boolean } = {}): Diagnostic[] {
  const loaded = loadPlanText(text, "plan.yaml");
  if (!loaded.plan)
    throw new Error("le texte de test ne se charge pas : " + JSON.stringify(loaded.diagnostics));
  return validateSchema(loaded.plan.data, loaded.plan.map, options);
}

/** A minimal valid plan; tests append or replace lines to break it. */
export const minimalPlan = `version: 1
establishment:
  name: Centre hospitalier de Kerbrat
  finess: "290000017"
  type: sanitaire
plan:
  version: "2.1"
  date: 2026-03-15
  owner: directeur
contacts:
  - id: directeur
    name: Anne Le Gall
    role: Directrice
crisis:
  cell:
    - role: Directeur de crise
      contact: directeur
services:
  - id: urgences
    name: Urgences adultes
    kind: care
    criticality: vital
    rto: 4h
`;
