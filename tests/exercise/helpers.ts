/** Helpers of the exercise tests: the kit's JSON form through the real CLI, spec formulas. */
import { expect } from "vitest";
import { cli } from "../cli/helpers.js";

export const ch = "examples/ch-kerbrat";
export const fixture = (name: string) => `tests/exercise/fixtures/${name}.yaml`;
export const NBSP = "\u00a0";

export interface JsonStimulus {
  n: number;
  kind: string;
  simulatedMinutes: number | null;
  gameMinutes: number;
  clock: string;
  subject: string | null;
  sender: string;
  recipient: string;
  channel: string;
  message: string;
  expected: string[];
  findings: { code: string; subject: string }[];
}

export interface JsonKit {
  scenario: string;
  level: string;
  start: string;
  playMinutes: number;
  stimuli: JsonStimulus[];
}

/** `pcapra exercise <plan> … --format json`, parsed; fails the test on a non-zero exit. */
export async function kitJson(plan: string, ...args: string[]): Promise<JsonKit> {
  const r = await cli(["exercise", plan, ...args, "--format", "json"]);
  expect(r.stderr.includes("erreur interne"), r.stderr).toBe(false);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as JsonKit;
}

/** `HH:MM` of start + minutes. */
export function clockAt(start: string, minutes: number): string {
  const [h, m] = start.split(":").map(Number);
  const t = (h * 60 + m + minutes) % 1440;
  return `${String(Math.floor(t / 60)).padStart(2, "0")}:${String(t % 60).padStart(2, "0")}`;
}

/** `« text »` with U+00A0 inside (docs/documents.md §1.5). */
export const q = (text: string) => `«${NBSP}${text}${NBSP}»`;
