/**
 * The rules phase: semantic checks after the schema. Rules run even when the schema found
 * errors (a missing `rto` and an unknown id are both reported), so each one skips what it
 * cannot read instead of throwing.
 */
import { compareDiagnostics } from "../diagnostics/format.js";
import type { Diagnostic } from "../diagnostics/types.js";
import type { SourceMap } from "../plan/source-map.js";
import { degradedProcedureIncomplete } from "./degraded-procedure-incomplete.js";
import { duplicateId } from "./duplicate-id.js";
import { invalidFiness } from "./invalid-finess.js";
import { missingDeputy } from "./missing-deputy.js";
import { missingPhone } from "./missing-phone.js";
import type { Rule } from "./rule.js";
import { rtoExceedsMtpd } from "./rto-exceeds-mtpd.js";
import { unknownReference } from "./unknown-reference.js";

export type { Rule, RuleContext } from "./rule.js";
export { collectIds, type IdKind } from "./ids.js";
export { references, type Reference } from "./references.js";

export const rules: Rule[] = [
  duplicateId,
  unknownReference,
  rtoExceedsMtpd,
  missingDeputy,
  missingPhone,
  degradedProcedureIncomplete,
  invalidFiness,
];

/** Diagnostics of every rule, sorted by file, line, column, code (then path, message). */
export function runRules(data: unknown, map: SourceMap): Diagnostic[] {
  const all = rules.flatMap((rule) => rule.check({ data, map }));
  return all.sort(compareDiagnostics);
}

export { compareDiagnostics };
