/**
 * Keeps one ajv error per real problem. For a union (`anyOf`/`oneOf`, e.g. a procedure step that is
 * a string or `{action, who}`), ajv reports every branch's failure plus a generic "must match a
 * schema in anyOf": we keep only the errors of the branch whose type fits the value, or, when no
 * branch fits, a single type error listing the branch types.
 */
import type { ErrorObject } from "ajv/dist/2020.js";

type SchemaNode = Record<string, unknown>;

export function jsonType(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function fits(value: unknown, type: unknown): boolean {
  const types = Array.isArray(type) ? type : [type];
  const actual = jsonType(value);
  return types.some((t) => t === actual || (t === "number" && actual === "integer"));
}

/** The `type` of a branch, following a local `$ref` into the root schema's `$defs`. */
function branchType(branch: SchemaNode, root: SchemaNode): unknown {
  if (branch.type !== undefined) return branch.type;
  const ref = branch.$ref;
  if (typeof ref === "string" && ref.startsWith("#/$defs/")) {
    const defs = root.$defs as Record<string, SchemaNode> | undefined;
    const target = defs?.[ref.slice("#/$defs/".length)];
    if (target) return branchType(target, root);
  }
  return undefined;
}

export function pruneUnions(errors: ErrorObject[], root: object): ErrorObject[] {
  let kept = errors.filter((e) => e.keyword !== "if");
  for (const union of errors.filter((e) => e.keyword === "anyOf" || e.keyword === "oneOf")) {
    const branches = (Array.isArray(union.schema) ? union.schema : []) as SchemaNode[];
    const index = branches.findIndex((b) => fits(union.data, branchType(b, root as SchemaNode)));
    const prefix = union.schemaPath + "/";
    const inside = (e: ErrorObject): boolean =>
      (e.instancePath === union.instancePath || e.instancePath.startsWith(union.instancePath + "/")) &&
      e.schemaPath.startsWith(prefix);
    kept = kept.filter(
      (e) => e !== union && !(inside(e) && (index < 0 || !e.schemaPath.startsWith(`${prefix}${index}/`))),
    );
    if (index < 0) {
      const types = branches
        .map((b) => branchType(b, root as SchemaNode))
        .flat()
        .filter((t): t is string => typeof t === "string");
      kept.push({
        keyword: "type",
        instancePath: union.instancePath,
        schemaPath: union.schemaPath,
        params: { type: types.join(",") },
        data: union.data,
        parentSchema: union.parentSchema,
      });
    }
  }
  return kept;
}
