/** `pcapra schema [--fragment]`: prints the published JSON Schema. */
import { readFileSync } from "node:fs";
import { exitCodes, type Io } from "../io.js";

export function schemaCommand(args: { fragment: boolean }, io: Io): number {
  const name = args.fragment ? "plan-fragment.schema.json" : "plan.schema.json";
  io.stdout(readFileSync(new URL(`../../../schemas/${name}`, import.meta.url), "utf8"));
  return exitCodes.ok;
}
