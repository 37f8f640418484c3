/**
 * The schema phase: the plan (or one fragment) against the published JSON Schema, with ajv
 * compiled once. Each ajv error becomes at most one Diagnostic (see prune.ts and issues.ts).
 * Calendar checks: `$defs/date` carries `format: "date"`, implemented with `parseDate`, so
 * `2026-02-30` (pattern-valid, impossible) is `invalid-date` here too.
 */
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import type { Diagnostic } from "../diagnostics/types.js";
import { parseDate } from "../plan/date.js";
import type { SourceMap } from "../plan/source-map.js";
import { toIssue, type Issue } from "./issues.js";
import { loadSchema } from "./load.js";
import { pruneUnions } from "./prune.js";
import { describeValue } from "./words.js";

let validators: { full: ValidateFunction; fragment: ValidateFunction } | undefined;

function getValidators(): { full: ValidateFunction; fragment: ValidateFunction } {
  if (!validators) {
    // verbose: errors carry the failing data and schemas, used to word messages and pick union branches.
    const ajv = new Ajv2020({ allErrors: true, strict: true, verbose: true });
    ajv.addFormat("date", { type: "string", validate: (s: string) => parseDate(s).ok });
    // yaml-language-server's keyword for a readable pattern error in editors (docs/editeur.md).
    ajv.addKeyword({ keyword: "patternErrorMessage", schemaType: "string" });
    validators = { full: ajv.compile(loadSchema(false)), fragment: ajv.compile(loadSchema(true)) };
  }
  return validators;
}

export function validateSchema(
  data: unknown,
  map: SourceMap,
  options: { fragment?: boolean } = {},
): Diagnostic[] {
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    const pos = map.locate("");
    return [
      {
        ...pos,
        severity: "error",
        code: "not-a-mapping",
        path: "",
        message: `le plan doit être une table de clés (version, establishment, plan, contacts, crisis, services…), pas ${describeValue(data)}`,
      },
    ];
  }
  const validate = options.fragment ? getValidators().fragment : getValidators().full;
  if (validate(data)) return [];
  const errors = pruneUnions(validate.errors ?? [], loadSchema(options.fragment));
  const seen = new Set<string>();
  const issues: Issue[] = [];
  for (const e of errors) {
    const issue = toIssue(e, data);
    if (!issue) continue;
    const key = `${issue.code}\u0000${issue.path}\u0000${issue.detail}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  // A value of the wrong type is one problem: its enum, pattern or range checks say nothing more
  // (`kind:` left empty is not also "outside the enum").
  const wrongType = new Set(issues.filter((i) => i.code === "invalid-type").map((i) => i.path));
  const kept = issues.filter(
    (i) =>
      i.code === "invalid-type" ||
      i.code === "required" ||
      i.code === "unknown-key" ||
      !wrongType.has(i.path),
  );
  const diagnostics = kept.map((i): Diagnostic => {
    const pos = map.locate(i.at.pointer, i.at.which);
    return {
      file: pos.file,
      line: pos.line,
      column: pos.column,
      severity: "error",
      code: i.code,
      message: i.message,
      path: i.path,
    };
  });
  // Reading order, stable for equal positions (ajv's order is deterministic).
  return diagnostics
    .map((d, i) => ({ d, i }))
    .sort((a, b) => cmp(a.d.file, b.d.file) || a.d.line - b.d.line || a.d.column - b.d.column || a.i - b.i)
    .map(({ d }) => d);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
