/**
 * The one ajv configuration, shared by the validator compiled at build time (compile.ts, ajv
 * standalone) and the fallback compiled at run time (validate.ts). ajv is required only here and
 * only when called: a precompiled validator needs none of ajv's compiler at startup.
 */
import { createRequire } from "node:module";
import type { Ajv2020, Options } from "ajv/dist/2020.js";
import { parseDate } from "../plan/date.js";

/** The `date` format (`$defs/date`): a real calendar day, as `parseDate` says. */
export const formats = {
  date: { type: "string" as const, validate: (s: string): boolean => parseDate(s).ok },
};

export function makeAjv(extra: Options = {}): Ajv2020 {
  const require = createRequire(import.meta.url);
  const { Ajv2020: Ajv } = require("ajv/dist/2020.js") as typeof import("ajv/dist/2020.js");
  // verbose: errors carry the failing data and schemas, used to word messages and pick union branches.
  const ajv = new Ajv({ allErrors: true, strict: true, verbose: true, ...extra });
  ajv.addFormat("date", formats.date);
  // yaml-language-server's keyword for a readable pattern error in editors (docs/editeur.md).
  ajv.addKeyword({ keyword: "patternErrorMessage", schemaType: "string" });
  return ajv;
}
