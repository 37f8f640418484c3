/**
 * The stimulus generator alone (src/exercise): a pure function of its input, usable without any
 * rendering; the scenario's `description` is the detection message, else a sentence per kind.
 */
import { describe, expect, it } from "vitest";
import { analyzePlan } from "../../src/analyze.js";
import { generateExercise } from "../../src/exercise/index.js";
import { fixture } from "./helpers.js";

describe("generateExercise", () => {
  it("same input, same stimuli; the plan is not modified", async () => {
    const a = await analyzePlan(fixture("weak"), { scenario: "cyber" });
    const plan = a.plan!;
    const before = JSON.stringify(plan);
    const input = {
      plan,
      recovery: a.recovery!,
      findings: a.findings,
      scenario: plan.scenarios![0],
      level: "confirmed" as const,
    };
    const timing = { durationMinutes: 240, startMinutes: 8 * 60 };
    const first = generateExercise(input, timing);
    expect(generateExercise(input, timing)).toEqual(first);
    expect(JSON.stringify(plan)).toBe(before);
    expect(first.start).toBe("08:00");
    // weak.yaml's scenario has no description: the it-outage sentence stands in.
    expect(first.stimuli[0].message).toMatch(/applications ne répondent plus/);
    // Its only notification is there at level confirmed, and the media call goes to Communication.
    expect(first.stimuli.filter((s) => s.kind === "notification").map((s) => s.subject)).toEqual(["ARS"]);
    expect(first.stimuli.find((s) => s.kind === "media")!.expected[0]).toContain(
      "Chloé Presse, 01\u00a099\u00a000\u00a000\u00a013",
    );
  });
});
