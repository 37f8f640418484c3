import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/diagnostics/types.js";
import { rtoExceedsMtpd } from "../../src/rules/rto-exceeds-mtpd.js";
import { brief, diagnosticsOf, loadFixture, loadText } from "./helpers.js";

describe("rto-exceeds-mtpd", () => {
  it("accepts rto ≤ mtpd in any duration syntax, and services without mtpd", () => {
    expect(diagnosticsOf("rto-exceeds-mtpd", loadFixture("rto-exceeds-mtpd", "ok"))).toEqual([]);
  });

  it("reports each service whose rto exceeds its mtpd, on the rto value, as a finding", () => {
    const found = diagnosticsOf("rto-exceeds-mtpd", loadFixture("rto-exceeds-mtpd", "bad")) as Finding[];
    const file = "rto-exceeds-mtpd/bad.yaml";
    expect(found.map(brief)).toEqual([
      { code: "rto-exceeds-mtpd", severity: "error", file, line: 35, column: 10, path: "/services/0/rto" },
      { code: "rto-exceeds-mtpd", severity: "error", file, line: 42, column: 10, path: "/services/1/rto" },
    ]);
    expect(found.map((f) => [f.subject, f.data])).toEqual([
      ["bloc", { rtoMinutes: 480, mtpdMinutes: 240 }],
      ["pharmacie", { rtoMinutes: 1470, mtpdMinutes: 1440 }],
    ]);
    expect(found[0].message).toBe(
      "RTO de 8\u00a0h supérieur à la DMIA de 4\u00a0h pour l’activité «\u00a0bloc\u00a0»\u00a0: " +
        "réduisez le RTO ou revoyez la DMIA.",
    );
    expect(found[1].message).toContain("RTO de 1\u00a0j\u00a030\u00a0min supérieur à la DMIA de 1\u00a0j");
  });

  it("skips durations the schema rejects", () => {
    const text = `
services:
  - id: a
    rto: 8h
    mtpd: 4 heures
  - id: b
    rto: 8
    mtpd: 4h
  - id: c
    rto: 2j
    mtpd: 1j
`;
    const found = rtoExceedsMtpd.check(loadText(text));
    expect(found.map((d) => d.path)).toEqual(["/services/2/rto"]);
  });
});
