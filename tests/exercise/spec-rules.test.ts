/**
 * docs/exercise.md rules checked on every scenario and level of the CH example, and on two
 * fixtures: one with a role without deputy, an unreachable deadline and a backup without offline
 * copy (tests/exercise/fixtures/weak.yaml), one without any finding (clean.yaml).
 */
import { describe, expect, it } from "vitest";
import { cli } from "../cli/helpers.js";
import { ch, fixture, kitJson, NBSP, q, type JsonKit } from "./helpers.js";

const levels = ["beginner", "intermediate", "confirmed"] as const;
const tableOrder = [
  "detection",
  "crisis-cell",
  "service-impact",
  "unreachable-holder",
  "notification",
  "recovery-plan",
  "late-restore",
  "backup-failure",
  "media",
  "end",
];
/** Kinds each level may include (B, I, C columns of the stimulus table). */
const allowed: Record<(typeof levels)[number], string[]> = {
  beginner: ["detection", "crisis-cell", "service-impact", "notification", "end"],
  intermediate: tableOrder.filter((k) => k !== "backup-failure"),
  confirmed: tableOrder,
};
const maxCount: Record<(typeof levels)[number], Record<string, number>> = {
  beginner: { "service-impact": 3, "unreachable-holder": 0, notification: 1, "late-restore": 0 },
  intermediate: { "service-impact": 6, "unreachable-holder": 1, "late-restore": 1 },
  confirmed: { "service-impact": 10, "unreachable-holder": 2 },
};

/** The time model, recomputed from the spec's words. */
function checkTime(kit: JsonKit) {
  const s = kit.stimuli;
  expect(s.map((x) => x.n)).toEqual(s.map((_, i) => i + 1));
  expect(s[0].kind).toBe("detection");
  expect(s[0].gameMinutes).toBe(0);
  expect(s.at(-1)!.kind).toBe("end");
  expect(s.at(-1)!.simulatedMinutes).toBeNull();
  expect(s.at(-1)!.gameMinutes).toBe(kit.playMinutes);
  for (let i = 1; i < s.length - 1; i++) {
    const a = s[i - 1];
    const b = s[i];
    const key = (x: typeof a) => [x.simulatedMinutes!, tableOrder.indexOf(x.kind)];
    const [sa, ta] = key(a);
    const [sb, tb] = key(b);
    expect(sa < sb || (sa === sb && ta <= tb), `${a.n} avant ${b.n}`).toBe(true);
  }
  const k = s.length - 2;
  s.slice(1, -1).forEach((x, j) => {
    const v = ((kit.playMinutes - 30) * j) / Math.max(k - 1, 1);
    expect(x.gameMinutes).toBe(10 + 5 * Math.floor(v / 5 + 0.5));
  });
}

describe.each(["cyberattaque", "perte-batiment-a"])("CH example, scenario %s", (scenario) => {
  it.each(levels)("level %s follows the stimulus table and the time model", async (level) => {
    const kit = await kitJson(ch, "--scenario", scenario, "--level", level);
    expect(kit.level).toBe(level);
    expect(kit.playMinutes).toBe({ beginner: 90, intermediate: 150, confirmed: 210 }[level]);
    checkTime(kit);
    for (const x of kit.stimuli) {
      expect(allowed[level]).toContain(x.kind);
      expect(["Téléphone", "Courriel", "Oral", "Message écrit"]).toContain(x.channel);
      expect(x.expected.length).toBeGreaterThan(0);
      for (const text of [x.sender, x.recipient, x.message, ...x.expected]) expect(text.trim()).not.toBe("");
    }
    for (const [kind, max] of Object.entries(maxCount[level])) {
      expect(kit.stimuli.filter((x) => x.kind === kind).length).toBeLessThanOrEqual(max);
    }
    const impacts = kit.stimuli.filter((x) => x.kind === "service-impact");
    impacts.forEach((x, i) => expect(x.simulatedMinutes).toBe(20 + 10 * i));
    const holders = kit.stimuli.filter((x) => x.kind === "unreachable-holder");
    holders.forEach((x, i) => expect(x.simulatedMinutes).toBe(30 + 15 * i));
    for (const x of kit.stimuli.filter((y) => y.kind === "late-restore")) {
      expect(x.simulatedMinutes).toBeGreaterThanOrEqual(150);
    }
  });
});

describe("CH example, scenario perte-batiment-a (site loss)", () => {
  it("confirmed: both lost facilities miss their deadline; no backup stimulus; 2-rank recovery order", async () => {
    const kit = await kitJson(ch, "--scenario", "perte-batiment-a");
    expect(kit.level).toBe("confirmed");
    const late = kit.stimuli.filter((x) => x.kind === "late-restore");
    // Latest starts −3 j 12 h and −12 h: both at the 2 h 30 floor, in recovery order.
    expect(late.map((x) => [x.subject, x.simulatedMinutes])).toEqual([
      ["batiment-principal", 150],
      ["salle-serveurs", 150],
    ]);
    expect(kit.stimuli.some((x) => x.kind === "backup-failure")).toBe(false);
    const order = kit.stimuli.find((x) => x.kind === "recovery-plan")!;
    expect(order.expected).toHaveLength(2);
    // The detection goes to the owner of the building-loss reflex fiche (technical manager).
    expect(kit.stimuli[0].recipient).toBe("Patrick Le Roux");
    expect(kit.stimuli[0].expected[0]).toContain(
      q("Perte du bâtiment A (incendie, inondation, effondrement)"),
    );
  });

  it("intermediate keeps only the first late restore", async () => {
    const kit = await kitJson(ch, "--scenario", "perte-batiment-a", "--level", "intermediate");
    expect(kit.stimuli.filter((x) => x.kind === "late-restore").map((x) => x.subject)).toEqual([
      "batiment-principal",
    ]);
  });
});

describe("a plan's findings become stimuli", () => {
  it("weak plan, level confirmed: unreachable holder, late restore and backup failure aimed at its findings", async () => {
    const kit = await kitJson(fixture("weak"), "--scenario", "cyber", "--level", "confirmed");
    const holder = kit.stimuli.find((x) => x.kind === "unreachable-holder")!;
    expect(holder.subject).toBe("Communication");
    expect(holder.findings).toEqual([{ code: "missing-deputy", subject: "Communication" }]);
    expect(holder.expected).toEqual([
      `La cellule désigne un remplaçant${NBSP}: le plan ne prévoit pas de suppléant`,
    ]);
    const late = kit.stimuli.find((x) => x.kind === "late-restore")!;
    expect(late.subject).toBe("dpi");
    expect(late.findings).toEqual([{ code: "rto-unreachable", subject: "dpi" }]);
    expect(late.expected[0]).toContain(q("Urgences sur papier"));
    expect(late.expected.at(-1)).toContain(`Alice Directrice, 01${NBSP}99${NBSP}00${NBSP}00${NBSP}11`);
    // dpi: latest start = 4 h (covered up to maxDuration) − 6 h = −2 h → the 2 h 30 floor.
    expect(late.simulatedMinutes).toBe(150);
    const backup = kit.stimuli.find((x) => x.kind === "backup-failure")!;
    expect(backup.subject).toBe("dpi");
    expect(backup.findings).toEqual([{ code: "no-offline-backup", subject: "dpi" }]);
    expect(backup.expected).toHaveLength(1);
    expect(backup.expected[0]).toContain(q("Urgences sur papier"));
  });

  it("clean plan (no finding at all): none of those stimuli, no finding put to the test", async () => {
    const validated = await cli(["validate", fixture("clean"), "--format", "json"]);
    expect(JSON.parse(validated.stdout).plans[0].diagnostics).toEqual([]);
    const kit = await kitJson(fixture("clean"), "--scenario", "cyber", "--level", "confirmed");
    expect(kit.stimuli.some((x) => x.kind === "late-restore" || x.kind === "backup-failure")).toBe(false);
    expect(kit.stimuli.flatMap((x) => x.findings)).toEqual([]);
    // Both roles have a deputy: the holders are the roles in plan order, each with its deputy.
    const holders = kit.stimuli.filter((x) => x.kind === "unreachable-holder");
    expect(holders.map((x) => x.subject)).toEqual(["Directeur de crise", "Communication"]);
    expect(holders[1].expected[0]).toContain("Alice Directrice");
  });
});
