/**
 * One ajv error → one issue: the docs/plan-format.md code, the pointer it is about, where to place it
 * (the value, the key, or the parent mapping) and a French message saying what to do.
 * The `$defs` a failing value belongs to (id, duration, date, finess) is read from ajv's
 * `schemaPath` (`#/$defs/duration/pattern`): the schema reaches these formats only through `$ref`.
 */
import type { ErrorObject } from "ajv/dist/2020.js";
import type { PlanDiagnosticCode } from "../diagnostics/types.js";
import { parseDate } from "../plan/date.js";
import { parseDuration } from "../plan/duration.js";
import { normalizeFiness } from "../plan/finess.js";
import { pointer } from "../plan/source-map.js";
import {
  NBSP,
  NNBSP,
  clip,
  closest,
  describeValue,
  example,
  place,
  placeOf,
  subject,
  suggestId,
  typeNames,
} from "./words.js";

export interface Issue {
  code: PlanDiagnosticCode;
  /** JSON pointer of the diagnostic. */
  path: string;
  /** Pointer whose position is used, and which position of it. */
  at: { pointer: string; which: "value" | "key" };
  message: string;
  /** Distinguishes two issues of the same code on the same path (missing or unknown key name). */
  detail: string;
}

type SchemaNode = Record<string, unknown>;

const C = `${NBSP}:`;
const SC = `${NNBSP};`;

function defOf(schemaPath: string): string | undefined {
  return /^#\/\$defs\/([^/]+)\//.exec(schemaPath)?.[1];
}

const where = placeOf;

const quoteHint = (key: string, value: unknown): string =>
  `mettez-le entre guillemets (${/^\d+$/.test(key) ? `- "${String(value)}"` : example(key, String(value))})`;

export function toIssue(e: ErrorObject, data: unknown): Issue | undefined {
  const ptr = e.instancePath;
  const def = defOf(e.schemaPath);
  const value = e.data;
  const issue = (code: PlanDiagnosticCode, message: string, which: "value" | "key" = "value"): Issue => ({
    code,
    path: ptr,
    at: { pointer: ptr, which },
    message,
    detail: "",
  });

  if (ptr === "/version" && (e.keyword === "const" || e.keyword === "type")) {
    if (typeof value === "string" || typeof value === "number") return versionIssue(value);
  }

  switch (e.keyword) {
    case "required": {
      const key = String((e.params as { missingProperty: string }).missingProperty);
      const prop = (
        (e.parentSchema as SchemaNode | undefined)?.properties as Record<string, SchemaNode> | undefined
      )?.[key];
      const title = typeof prop?.title === "string" ? ` « ${prop.title} »` : "";
      const ex = Array.isArray(prop?.examples) ? ` (ex. ${example(key, prop.examples[0])})` : "";
      return {
        code: "required",
        path: ptr,
        at: { pointer: ptr, which: "value" },
        message: `\`${key}\` manque ${place(ptr, data)}${C} ajoutez${title}${ex}`,
        detail: key,
      };
    }
    case "additionalProperties": {
      const key = String((e.params as { additionalProperty: string }).additionalProperty);
      const known = Object.keys(
        ((e.parentSchema as SchemaNode | undefined)?.properties as object | undefined) ?? {},
      );
      const near = closest(key, known);
      const hint = near ? `${SC} proche${C} \`${near}\`` : "";
      const keyPtr = ptr + pointer(key);
      return {
        code: "unknown-key",
        path: keyPtr,
        at: { pointer: keyPtr, which: "key" },
        message: `clé inconnue \`${key}\` ${place(ptr, data)} (clés possibles${C} ${known.join(", ")}, ou une clé libre x-…${hint})`,
        detail: key,
      };
    }
    case "enum": {
      const allowed = ((e.params as { allowedValues: unknown[] }).allowedValues ?? []).map(String);
      const near = typeof value === "string" ? closest(value, allowed) : undefined;
      return issue(
        "invalid-enum",
        `${subject(ptr)} vaut ${show(value)}${where(ptr, data)}${SC} valeurs possibles${C} ${allowed.join(", ")}` +
          (near ? ` (proche${C} \`${near}\`)` : ""),
      );
    }
    case "pattern":
    case "format":
      return (
        formatIssue(def, ptr, value, data) ??
        issue("invalid-type", `${subject(ptr)}${where(ptr, data)} n’a pas la forme attendue`)
      );
    case "type": {
      if (
        (def === "duration" || def === "date") &&
        (typeof value === "string" || typeof value === "number")
      ) {
        return formatIssue(def, ptr, value, data);
      }
      return typeIssue(e, def, ptr, value, data);
    }
    case "minItems":
      return {
        code: "required",
        path: ptr,
        at: { pointer: ptr, which: "key" },
        message: `la liste ${subject(ptr)}${where(ptr, data)} est vide${C} ajoutez-y au moins un élément`,
        detail: "",
      };
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return issue(
        "invalid-type",
        `${subject(ptr)} vaut ${show(value)}${where(ptr, data)}${C} ${rangeText(e.parentSchema as SchemaNode)}`,
      );
    default:
      return issue(
        "invalid-type",
        `${subject(ptr)}${where(ptr, data)} n’est pas valide (${e.message ?? e.keyword})`,
      );
  }
}

function show(value: unknown): string {
  return typeof value === "string" ? `\`${clip(value)}\`` : `\`${JSON.stringify(value)}\``;
}

function rangeText(schema: SchemaNode | undefined): string {
  const min = schema?.minimum;
  const max = schema?.maximum;
  if (typeof min === "number" && typeof max === "number") return `attendu un nombre entre ${min} et ${max}`;
  if (typeof min === "number") return `attendu un nombre supérieur ou égal à ${min}`;
  return `attendu un nombre inférieur ou égal à ${String(max)}`;
}

function versionIssue(value: string | number): Issue {
  const message =
    value === "1"
      ? `\`version\` vaut le texte "1"${C} écrivez l’entier 1 sans guillemets (version: 1)`
      : `\`version\` vaut ${show(value)}${SC} cette version de pcapra ne lit que le format 1 (version: 1)`;
  return {
    code: "unsupported-version",
    path: "/version",
    at: { pointer: "/version", which: "value" },
    message,
    detail: "",
  };
}

/** Pattern or format failure of an id, duration, date or FINESS: the parser gives the reason. */
function formatIssue(def: string | undefined, ptr: string, value: unknown, data: unknown): Issue | undefined {
  const mk = (code: PlanDiagnosticCode, message: string): Issue => ({
    code,
    path: ptr,
    at: { pointer: ptr, which: "value" },
    message,
    detail: "",
  });
  const at = `${subject(ptr)}${where(ptr, data)}`;
  switch (def) {
    case "id": {
      const suggestion = typeof value === "string" ? suggestId(value) : undefined;
      return mk(
        "invalid-id",
        `${show(value)} n’est pas un identifiant valide (${at})${C} minuscules sans accent, chiffres, « _ », « . » ou « - », ` +
          `64 caractères au plus, en commençant par une lettre ou un chiffre` +
          (suggestion ? ` (par exemple \`${suggestion}\`)` : ""),
      );
    }
    case "duration": {
      const r = parseDuration(value);
      return mk("invalid-duration", `${at}${C} ${r.ok ? "durée non reconnue" : r.reason}`);
    }
    case "date": {
      const r = parseDate(typeof value === "number" ? String(value) : value);
      return mk("invalid-date", `${at}${C} ${r.ok ? "date non reconnue" : r.reason}`);
    }
    case "finess": {
      const r = normalizeFiness(value);
      return mk("invalid-finess", `${at}${C} ${r.ok ? "FINESS non reconnu" : r.reason}`);
    }
    default:
      return undefined;
  }
}

/** Expected kind of value for the formats of `$defs`. */
const defNames: Record<string, string> = {
  id: "un identifiant (texte)",
  duration: "une durée (4h, 30min, 2j…)",
  date: "une date AAAA-MM-JJ",
  finess: "un FINESS entre guillemets",
};

function typeIssue(
  e: ErrorObject,
  def: string | undefined,
  ptr: string,
  value: unknown,
  data: unknown,
): Issue {
  const expected =
    def && defNames[def]
      ? [defNames[def]]
      : String((e.params as { type: string | string[] }).type)
          .split(",")
          .map((t) => typeNames[t] ?? t);
  const key = ptr.slice(ptr.lastIndexOf("/") + 1);
  let hint = "";
  if (def === "finess") {
    const r = normalizeFiness(value);
    hint = r.ok ? "" : `${C} ${r.reason}`;
  } else if (key === "version" && typeof value === "number") {
    // The number has already lost its text (2.0 → 2): show the rule, not the value.
    hint = `${C} mettez-la entre guillemets (version: "2.1"), sinon 2.10 devient 2.1`;
  } else if ((expected.includes(typeNames.string) || def === "id") && typeof value === "number") {
    hint = `${C} ${quoteHint(key, value)}`;
  } else if (value === null || value === undefined) {
    hint = `${C} donnez-lui une valeur (ou retirez la clé si elle est facultative)`;
  }
  return {
    code: "invalid-type",
    path: ptr,
    at: { pointer: ptr, which: "value" },
    message: `${subject(ptr)}${where(ptr, data)} doit être ${expected.join(" ou ")}, pas ${describeValue(value)}${hint}`,
    detail: "",
  };
}
