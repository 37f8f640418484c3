import { describe, expect, it } from "vitest";
import { careCommand, type AnalyzeFn } from "../../src/cli/commands/care.js";
import { fakeIo } from "../helpers/io.js";
import type { Diagnostic } from "../../src/diagnostics/types.js";
import { SourceMap } from "../../src/plan/source-map.js";
import { fullPlan, recoveryFor } from "./helpers.js";

const bad: Diagnostic = {
  file: "bad.yaml",
  line: 4,
  column: 3,
  severity: "error",
  code: "invalid-date",
  message: "date impossible",
  path: "/plan/date",
};
const unreadable: Diagnostic = {
  file: "nope",
  line: 1,
  column: 1,
  severity: "error",
  code: "unreadable",
  message: "chemin introuvable",
  path: "",
};

const analyze: AnalyzeFn = async (path) => {
  if (path === "bad.yaml") return { findings: [], diagnostics: [bad] };
  if (path === "nope") return { findings: [], diagnostics: [unreadable] };
  const plan = fullPlan();
  if (path === "other.yaml") plan.establishment.name = "CH Autre";
  const map = new SourceMap();
  map.fallbackFile = path;
  return { plan, map, recovery: recoveryFor(plan), findings: [], diagnostics: [] };
};
const expand = async (paths: string[]) => paths;

describe("careCommand", () => {
  it("exits 0 when every plan is valid, whatever the statuses", async () => {
    const { io, out, err } = fakeIo();
    expect(
      await careCommand(
        { paths: ["a.yaml", "other.yaml"], format: "json", each: false },
        io,
        analyze,
        expand,
      ),
    ).toBe(0);
    const j = JSON.parse(out());
    expect(j.plans.map((p: { establishment: { name: string } }) => p.establishment.name)).toEqual([
      "CH Alpha",
      "CH Autre",
    ]);
    expect(j.summary).toEqual({ plans: 2, valid: 2, invalid: 0 });
    expect(err()).toBe("");
  });
  it("exits 1 with an invalid plan, its diagnostics on stderr and no report for it", async () => {
    const { io, out, err } = fakeIo();
    expect(
      await careCommand({ paths: ["a.yaml", "bad.yaml"], format: "csv", each: false }, io, analyze, expand),
    ).toBe(1);
    expect(err()).toBe("bad.yaml:4:3: error invalid-date: date impossible\n");
    const rows = out().split("\r\n");
    expect(rows[2].startsWith("bad.yaml;;;")).toBe(true);
    expect(rows[2]).toContain(";false;");
  });
  it("exits 2 on an unreadable path", async () => {
    const { io } = fakeIo();
    expect(
      await careCommand({ paths: ["nope", "a.yaml"], format: "text", each: false }, io, analyze, expand),
    ).toBe(2);
  });
  it("exits 2 without paths or when expansion fails", async () => {
    const { io, err } = fakeIo();
    expect(await careCommand({ paths: [], format: "text", each: false }, io, analyze, expand)).toBe(2);
    const failing = async () => {
      throw new Error("EACCES");
    };
    expect(await careCommand({ paths: ["x"], format: "text", each: true }, io, analyze, failing)).toBe(2);
    expect(err()).toMatch(/EACCES/);
  });
  it("passes --each to the expansion and keeps its order", async () => {
    const { io, out } = fakeIo();
    const seen: boolean[] = [];
    const expandEach = async (paths: string[], each: boolean) => {
      seen.push(each);
      return each ? ["other.yaml", "a.yaml"] : paths;
    };
    await careCommand({ paths: ["dir"], format: "text", each: true }, io, analyze, expandEach);
    expect(seen).toEqual([true]);
    expect(out().indexOf("CH Autre")).toBeLessThan(out().indexOf("CH Alpha"));
  });
  it("treats error findings as invalid even when only listed among findings", async () => {
    const { io, err } = fakeIo();
    const withError: AnalyzeFn = async (path, o) => {
      const r = await analyze(path, o);
      return { ...r, findings: [{ ...bad, code: "rto-exceeds-mtpd", subject: "urgences" }] };
    };
    expect(await careCommand({ paths: ["a.yaml"], format: "text", each: false }, io, withError, expand)).toBe(
      1,
    );
    expect(err()).toContain("rto-exceeds-mtpd");
  });
});
