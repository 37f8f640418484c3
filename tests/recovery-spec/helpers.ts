/**
 * Oracle helpers for the docs/recovery.md conformance tests. Expected values are written by hand in the
 * test files; these helpers only run the CLI and locate definitions in the YAML text (line and
 * column of `- id: x`), independently of the implementation under test.
 */
import { readFileSync } from "node:fs";
import { expect } from "vitest";
import { parse } from "yaml";
import { cli, root } from "../cli/helpers.js";

export const planDir = "tests/recovery-spec/plans/";

/** [rank, id, tier, D, duration, LS, E, criticality, services] — one line of the order. */
export type ResRow = [
  number,
  string,
  string,
  number | null,
  number,
  number | null,
  number,
  string | null,
  string[],
];
/** [id, criticality, rto, ertO, restoredBy]. */
export type SvcRow = [string, string, number, number, number];
/** [code, severity, subject, JSON pointer of the subject's definition]. */
export type FindRow = [string, string, string, string];

export interface Expected {
  scenario?: string;
  resources: ResRow[];
  services: SvcRow[];
  findings: FindRow[];
}

export async function prioritiesJson(file: string, extra: string[] = []) {
  const r = await cli(["priorities", "--format", "json", planDir + file, ...extra]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

export function planText(file: string): string {
  return readFileSync(root + planDir + file, "utf8");
}

/** 1-based line/column of the first line whose trimmed text starts with `start`, column at `at`. */
export function locate(
  text: string,
  start: string,
  at: string,
  fromLine = 0,
): { line: number; column: number } {
  const lines = text.split("\n");
  for (let i = fromLine; i < lines.length; i++) {
    if (lines[i].trimStart().startsWith(start))
      return { line: i + 1, column: lines[i].indexOf(at, lines[i].indexOf(start)) + 1 };
  }
  throw new Error(`introuvable : ${start}`);
}

/** Where the definition at a JSON pointer starts: a list item `- id: x` or `- role: x`. */
export function definitionPos(text: string, plan: any, pointer: string) {
  const parts = pointer.split("/").slice(1);
  let node: any = plan;
  for (const p of parts) node = node[p];
  if (parts[0] === "crisis") return locate(text, `- role: ${node.role}`, "role:");
  return locate(text, `- id: ${node.id}`, "id:");
}

/** Compares every field of the JSON output with the hand-computed expectation. */
export function checkOutput(file: string, out: any, exp: Expected) {
  const text = planText(file);
  const plan = parse(text);
  expect(out.scenario).toBe(exp.scenario ?? null);
  expect(out.planVersion).toBe(plan.plan.version);
  expect(out.establishment.name).toBe(plan.establishment.name);
  expect(out.establishment.type).toBe(plan.establishment.type);
  expect(out.establishment.finess).toBe(String(plan.establishment.finess).replace(/ /g, ""));
  const resById = new Map<string, any>(plan.resources.map((r: any) => [r.id, r]));
  expect(
    out.resources.map((r: any) => [
      r.rank,
      r.id,
      r.tier,
      r.deadlineMinutes,
      r.durationMinutes,
      r.latestStartMinutes,
      r.earliestRestoreMinutes,
      r.criticality,
      r.services,
    ]),
  ).toEqual(exp.resources);
  for (const r of out.resources) {
    expect(r.name).toBe(resById.get(r.id).name);
    expect(r.kind).toBe(resById.get(r.id).kind);
  }
  expect(
    out.services.map((s: any) => [
      s.id,
      s.criticality,
      s.rtoMinutes,
      s.effectiveRtoMinutes,
      s.restoredByMinutes,
    ]),
  ).toEqual(exp.services);
  expect(out.services.map((s: any) => s.name)).toEqual(plan.services.map((s: any) => s.name));
  // These hand-computed plans give no phone numbers: missing-phone (about contacts, not the
  // engine) has its own tests in tests/rules/missing-phone.test.ts.
  const findings = out.findings.filter((f: any) => f.code !== "missing-phone");
  const got = findings.map((f: any) => [f.code, f.severity, f.subject, f.path]);
  expect([...got].sort()).toEqual([...exp.findings].sort());
  // rto-unreachable listed first.
  const firstOther = got.findIndex((g: any) => g[0] !== "rto-unreachable");
  if (firstOther >= 0) expect(got.slice(firstOther).some((g: any) => g[0] === "rto-unreachable")).toBe(false);
  for (const f of findings) {
    expect(f.file).toBe(planDir + file);
    expect({ line: f.line, column: f.column }, `${f.code} ${f.subject}`).toEqual(
      definitionPos(text, plan, f.path),
    );
    expect(typeof f.message).toBe("string");
  }
}

/** The critical path and the missed service named in an rto-unreachable message. */
export function checkUnreachable(
  out: any,
  subject: string,
  path: string[],
  service: string,
  notService?: string,
) {
  const f = out.findings.find((x: any) => x.code === "rto-unreachable" && x.subject === subject);
  expect(f, subject).toBeDefined();
  const esc = (s: string) => s.replace(/[-.]/g, "\\$&");
  // The whole path, not a prefix of a longer one.
  expect(f.message).toMatch(new RegExp(`(?<![\\w-]|→ )${esc(path.join(" → "))}(?![\\w-]| →)`));
  expect(f.message).toMatch(new RegExp(`(?<![\\w-])${esc(service)}(?![\\w-])`));
  if (notService) expect(f.message).not.toMatch(new RegExp(`(?<![\\w-])${esc(notService)}(?![\\w-])`));
}
