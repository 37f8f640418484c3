/** One analysis result: the rules' and the engine's findings merged and sorted once, by the engine. */
import { describe, expect, it } from "vitest";
import { analyzePlan } from "../../src/analyze.js";
import { sortFindings } from "../../src/recovery/index.js";

describe("analyzePlan", () => {
  it("merges the rules' findings into the engine's and sorts them once", async () => {
    const a = await analyzePlan("examples/ch-kerbrat");
    expect(a.recovery).toBeDefined();
    // The same list, not a re-sorted copy: the engine holds every finding, rules' included
    // (missing-deputy comes from the rules phase, rto-unreachable from the engine).
    expect(a.recovery!.findings).toBe(a.findings);
    const codes = a.findings.map((f) => f.code);
    expect(codes).toContain("missing-deputy");
    expect(codes).toContain("rto-unreachable");
    expect(sortFindings([...a.findings].reverse(), a.recovery, a.plan!)).toEqual(a.findings);
    // Every finding is also a diagnostic (as the comment of Analysis says).
    for (const f of a.findings) expect(a.diagnostics).toContain(f);
  });
});
