/** Usage errors of `pcapra exercise` (docs/exercise.md): exit 2 before any work, choices listed. */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../build/helpers.js";
import { cli } from "../cli/helpers.js";
import { ch } from "./helpers.js";

async function usage(args: string[]) {
  const out = join(tempDir("exercise-usage"), "out");
  const r = await cli(["exercise", ...args, "--out", out]);
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe("");
  expect(existsSync(out)).toBe(false);
  return r.stderr;
}

describe("pcapra exercise usage errors", () => {
  it("no scenario: lists the plan's scenario ids", async () => {
    expect(await usage([ch])).toContain("cyberattaque, perte-batiment-a");
  });

  it("unknown scenario: names it and lists the ids", async () => {
    const err = await usage([ch, "--scenario", "inondation"]);
    expect(err).toContain("inondation");
    expect(err).toContain("cyberattaque, perte-batiment-a");
  });

  it("a plan without scenarios: add a scenario", async () => {
    expect(await usage(["tests/fixtures/minimal/plan.yaml", "--scenario", "cyber"])).toContain(
      "ajoutez un scénario",
    );
  });

  it("bad level, listing the levels — before reading the plan", async () => {
    const err = await usage(["does/not/exist", "--scenario", "cyberattaque", "--level", "expert"]);
    expect(err).toContain("beginner, intermediate, confirmed");
  });

  it("duration under one hour, or not a duration", async () => {
    expect(await usage([ch, "--scenario", "cyberattaque", "--duration", "45min"])).toContain(
      "au moins 1\u00a0h",
    );
    expect(await usage([ch, "--scenario", "cyberattaque", "--duration", "longtemps"])).toContain(
      "--duration",
    );
  });

  it("bad start time", async () => {
    expect(await usage([ch, "--scenario", "cyberattaque", "--start", "25:00"])).toContain("HH:MM");
    expect(await usage([ch, "--scenario", "cyberattaque", "--start", "9h"])).toContain("HH:MM");
  });

  it("unknown format, or json mixed with documents", async () => {
    expect(await usage([ch, "--scenario", "cyberattaque", "--format", "odt"])).toContain("docx, pdf");
    expect(await usage([ch, "--scenario", "cyberattaque", "--format", "json,docx"])).toContain("json");
  });

  it("an unreadable path exits 2", async () => {
    const r = await cli(["exercise", "does/not/exist", "--scenario", "cyberattaque", "--format", "json"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("unreadable");
  });

  it("an invalid plan exits 1 with its diagnostics, as build", async () => {
    const out = join(tempDir("exercise-invalid"), "out");
    const r = await cli(["exercise", "tests/fixtures/bad-plan", "--scenario", "x", "--out", out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/error [a-z-]+:/);
    expect(existsSync(out)).toBe(false);
  });
});
