/**
 * The schema phase: the plan (or one fragment) against the published JSON Schema, with the
 * validator precompiled at build time (compile.ts), or compiled once when there is none. Each ajv error becomes at most one Diagnostic (see prune.ts and issues.ts).
 * Calendar checks: `$defs/date` carries `format: "date"`, implemented with `parseDate`, so
 * `2026-02-30` (pattern-valid, impossible) is `invalid-date` here too.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { ValidateFunction } from "ajv/dist/2020.js";
import type { Diagnostic } from "../diagnostics/types.js";
import type { SourceMap } from "../plan/source-map.js";
import { formats, makeAjv } from "./ajv.js";
import { toIssue, type Issue } from "./issues.js";
import { loadSchema, schemaFingerprint, schemaText } from "./load.js";
import { pruneUnions } from "./prune.js";
import { describeValue } from "./words.js";

const validators = new Map<boolean, ValidateFunction>();

/**
 * The validator made at build time (compile.ts) from this very schema text, if there is one.
 * Looked up in dist/schema/ (`../../dist/schema/` is that folder from src/schema/ and dist/schema/
 * alike); a missing or outdated file (schema edited since the build) means compiling now.
 */
function precompiled(fragment: boolean): ValidateFunction | undefined {
  const name = fragment ? "fragment.validator.cjs" : "plan.validator.cjs";
  const file = fileURLToPath(new URL(`../../dist/schema/${name}`, import.meta.url));
  if (!existsSync(file)) return undefined;
  const mod = createRequire(import.meta.url)(file) as {
    fingerprint: string;
    create(f: typeof formats): ValidateFunction | { default: ValidateFunction };
  };
  if (mod.fingerprint !== schemaFingerprint(schemaText(fragment))) return undefined;
  const made = mod.create(formats);
  return typeof made === "function" ? made : made.default;
}

/** True when the build left a validator made from the current schema (tests check the build). */
export function hasPrecompiled(fragment: boolean): boolean {
  return precompiled(fragment) !== undefined;
}

/** The validator of the one schema asked for: precompiled, or compiled once now. */
export function getValidator(fragment: boolean, options: { precompiled?: boolean } = {}): ValidateFunction {
  const usePrecompiled = options.precompiled ?? true;
  let validate = usePrecompiled ? validators.get(fragment) : undefined;
  if (!validate) {
    validate =
      (usePrecompiled ? precompiled(fragment) : undefined) ?? makeAjv().compile(loadSchema(fragment));
    if (usePrecompiled) validators.set(fragment, validate);
  }
  return validate;
}

export function validateSchema(
  data: unknown,
  map: SourceMap,
  options: { fragment?: boolean; precompiled?: boolean } = {},
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
  const validate = getValidator(options.fragment ?? false, { precompiled: options.precompiled });
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
