/**
 * Stimuli of the CH example (examples/ch-kerbrat), scenario `cyberattaque`, at every level.
 * Expectations are worked out by hand from docs/exercise.md and the example's YAML:
 *
 * Impacted services (every one uses a lost IT resource), by effective RTO, criticality, id:
 *   60 min  laboratoire, pharmacie, reanimation (all vital; RTO lowered by reanimation)
 *   2 h     urgences (vital), imagerie (essential; lowered by urgences)
 *   4 h     bloc, maternite (vital), sterilisation (essential; lowered by bloc)
 *   8 h     admissions;  1 j  chirurgie, medecine; …
 * Roles: `Communication` has no deputy (missing-deputy), so it is the first unreachable holder,
 * then `Directeur de crise` (first role in plan order; deputy Yannick Guéguen, 01 99 00 20 02).
 * Notifications: ARS, CERT Santé, CNIL, Gendarmerie, DSI du GHT, Préfecture (S = 1 h + 20 min × i).
 * rto-unreachable under this scenario: centrale-surveillance only, latest start −2 h → S = 2 h 30.
 * Backup findings on lost resources: gef (rank 11, restore-test-stale) before
 * logiciel-sterilisation (rank 24, no-offline-backup): backup-failure on gef, S = 3 h.
 */
import { describe, expect, it } from "vitest";
import { ch, clockAt, kitJson, NBSP, q } from "./helpers.js";

const kinds = (k: { stimuli: { kind: string }[] }) => k.stimuli.map((s) => s.kind);
const subjects = (k: { stimuli: { subject: string | null }[] }) => k.stimuli.map((s) => s.subject);

describe("CH example, scenario cyberattaque", () => {
  it("beginner: 7 stimuli, 2 h with 1 h 30 of play", async () => {
    const kit = await kitJson(ch, "--scenario", "cyberattaque", "--level", "beginner");
    expect(kit.scenario).toBe("cyberattaque");
    expect(kit.level).toBe("beginner");
    expect(kit.start).toBe("09:00");
    expect(kit.playMinutes).toBe(90);
    expect(kinds(kit)).toEqual([
      "detection",
      "crisis-cell",
      "service-impact",
      "service-impact",
      "service-impact",
      "notification",
      "end",
    ]);
    expect(subjects(kit)).toEqual([
      null,
      null,
      "laboratoire",
      "pharmacie",
      "reanimation",
      "ARS Bretagne (point focal régional)",
      null,
    ]);
    expect(kit.stimuli.map((s) => s.simulatedMinutes)).toEqual([0, 15, 20, 30, 40, 60, null]);
    // K = 5 between detection and end: 10 + round5(60 × j / 4) = 10, 25, 40, 55, 70.
    expect(kit.stimuli.map((s) => s.gameMinutes)).toEqual([0, 10, 25, 40, 55, 70, 90]);
    expect(kit.stimuli.map((s) => s.clock)).toEqual([
      "09:00",
      "09:10",
      "09:25",
      "09:40",
      "09:55",
      "10:10",
      "10:30",
    ]);
    expect(kit.stimuli.map((s) => s.n)).toEqual([1, 2, 3, 4, 5, 6, 7]);

    const [detection, cell, lab, , rea] = kit.stimuli;
    // Detection: the owner of the scenario's first reflex fiche (rssi), then crisis.alerting.
    expect(detection.recipient).toBe("Erwan Kerjean");
    expect(detection.message).toMatch(/^Chiffrement des serveurs et des postes un vendredi soir/);
    expect(detection.expected[0]).toContain(q("Suspicion de cyberattaque"));
    expect(detection.expected.slice(1)).toHaveLength(7);
    expect(detection.expected[1]).toBe(
      "Le témoin prévient le standard ou le support informatique, puis l’administrateur de garde",
    );
    // Crisis cell: the first location, then each of the 8 roles by name.
    expect(cell.expected[0]).toContain("Salle de crise (bât. A)");
    expect(cell.expected).toHaveLength(1 + 8);
    expect(cell.expected[8]).toContain("Secrétariat de crise et main courante");
    // Laboratory: the SIL fiche (72 h = 3 j); the staffing fiche does not cover a lost resource.
    expect(lab.expected).toHaveLength(1);
    expect(lab.expected[0]).toContain(q("Laboratoire sans SIL (bons papier, résultats par téléphone)"));
    expect(lab.expected[0]).toContain(`3${NBSP}j`);
    expect(lab.findings).toEqual([]);
    // Intensive care: the DPI fiche and the monitoring fiche (4 h); not the oxygen one.
    expect(
      rea.expected.map((e) =>
        e.includes(q("Réanimation sans DPI (prescriptions et surveillance sur papier)")),
      ),
    ).toEqual([true, false]);
    expect(rea.expected[1]).toContain(q("Réanimation sans centrale de surveillance"));
    expect(rea.expected[1]).toContain(`4${NBSP}h`);
  });

  it("intermediate: 19 stimuli, 3 h with 2 h 30 of play", async () => {
    const kit = await kitJson(ch, "--scenario", "cyberattaque", "--level", "intermediate");
    expect(kit.playMinutes).toBe(150);
    const expected: [string, string | null, number | null][] = [
      ["detection", null, 0],
      ["crisis-cell", null, 15],
      ["service-impact", "laboratoire", 20],
      ["service-impact", "pharmacie", 30],
      ["unreachable-holder", "Communication", 30],
      ["service-impact", "reanimation", 40],
      ["service-impact", "urgences", 50],
      ["service-impact", "imagerie", 60],
      ["notification", "ARS Bretagne (point focal régional)", 60],
      ["service-impact", "bloc", 70],
      ["notification", "CERT Santé", 80],
      ["media", null, 90],
      ["notification", "CNIL", 100],
      ["notification", "Gendarmerie (cellule cyber départementale)", 120],
      ["recovery-plan", null, 120],
      ["notification", "DSI de territoire du GHT", 140],
      ["late-restore", "centrale-surveillance", 150],
      ["notification", "Préfecture (SIDPC)", 160],
      ["end", null, null],
    ];
    expect(kit.stimuli.map((s) => [s.kind, s.subject, s.simulatedMinutes])).toEqual(expected);
    // K = 17: 10 + round5(120 × j / 16) = 10 + round5(7.5 j), halves up.
    const game = [0, 10, 20, 25, 35, 40, 50, 55, 65, 70, 80, 85, 95, 100, 110, 115, 125, 130, 150];
    expect(kit.stimuli.map((s) => s.gameMinutes)).toEqual(game);
    expect(kit.stimuli.map((s) => s.clock)).toEqual(game.map((m) => clockAt("09:00", m)));

    const byKind = (k: string) => kit.stimuli.find((s) => s.kind === k)!;
    const holder = byKind("unreachable-holder");
    expect(holder.expected).toEqual([
      `La cellule désigne un remplaçant${NBSP}: le plan ne prévoit pas de suppléant`,
    ]);
    expect(holder.findings).toEqual([{ code: "missing-deputy", subject: "Communication" }]);
    const media = byKind("media");
    expect(media.expected).toHaveLength(1);
    expect(media.expected[0]).toContain("Communication");
    expect(media.expected[0]).toContain(`Aurélie Kerhervé, 01${NBSP}99${NBSP}00${NBSP}20${NBSP}05`);
    const late = byKind("late-restore");
    expect(late.findings).toEqual([{ code: "rto-unreachable", subject: "centrale-surveillance" }]);
    // Extend the degraded procedures of the services it serves (reanimation: 3, maternite: 1),
    // then inform the crisis director.
    expect(late.expected).toHaveLength(5);
    expect(late.expected[4]).toContain(`Anne Le Goff, 01${NBSP}99${NBSP}00${NBSP}20${NBSP}01`);
    for (const s of kit.stimuli) expect(s.expected.length, s.kind).toBeGreaterThan(0);
  });

  it("confirmed (the default: the planned field test is confirmed): 25 stimuli over 4 h", async () => {
    const kit = await kitJson(ch, "--scenario", "cyberattaque");
    expect(kit.level).toBe("confirmed");
    expect(kit.playMinutes).toBe(210);
    expect(kit.stimuli.map((s) => [s.kind, s.subject, s.simulatedMinutes])).toEqual([
      ["detection", null, 0],
      ["crisis-cell", null, 15],
      ["service-impact", "laboratoire", 20],
      ["service-impact", "pharmacie", 30],
      ["unreachable-holder", "Communication", 30],
      ["service-impact", "reanimation", 40],
      ["unreachable-holder", "Directeur de crise", 45],
      ["service-impact", "urgences", 50],
      ["service-impact", "imagerie", 60],
      ["notification", "ARS Bretagne (point focal régional)", 60],
      ["service-impact", "bloc", 70],
      ["service-impact", "maternite", 80],
      ["notification", "CERT Santé", 80],
      ["service-impact", "sterilisation", 90],
      ["media", null, 90],
      ["service-impact", "admissions", 100],
      ["notification", "CNIL", 100],
      ["service-impact", "chirurgie", 110],
      ["notification", "Gendarmerie (cellule cyber départementale)", 120],
      ["recovery-plan", null, 120],
      ["notification", "DSI de territoire du GHT", 140],
      ["late-restore", "centrale-surveillance", 150],
      ["notification", "Préfecture (SIDPC)", 160],
      ["backup-failure", "gef", 180],
      ["end", null, null],
    ]);
    // K = 23: 10 + round5(180 × j / 22).
    expect(kit.stimuli.map((s) => s.gameMinutes)).toEqual([
      0, 10, 20, 25, 35, 45, 50, 60, 65, 75, 85, 90, 100, 110, 115, 125, 135, 140, 150, 155, 165, 175, 180,
      190, 210,
    ]);
    const dg = kit.stimuli[6];
    expect(dg.expected).toEqual([
      `Le suppléant prend le relais${NBSP}: Yannick Guéguen, 01${NBSP}99${NBSP}00${NBSP}20${NBSP}02`,
    ]);
    expect(dg.findings).toEqual([]);
    const backup = kit.stimuli[23];
    expect(backup.expected).toEqual(["Le plan ne prévoit pas de repli"]);
    expect(backup.findings).toEqual([{ code: "restore-test-stale", subject: "gef" }]);
    // No impacted service among the first ten lacks a degraded procedure.
    expect(kit.stimuli.flatMap((s) => s.findings.map((f) => f.code)).sort()).toEqual([
      "missing-deputy",
      "restore-test-stale",
      "rto-unreachable",
    ]);
  });

  it("the recovery-plan stimulus names ranks 1–5 of the engine's order, then the others", async () => {
    const { cli } = await import("../cli/helpers.js");
    const order = JSON.parse(
      (await cli(["priorities", ch, "--scenario", "cyberattaque", "--format", "json"])).stdout,
    ) as {
      resources: { rank: number; name: string }[];
    };
    const kit = await kitJson(ch, "--scenario", "cyberattaque", "--level", "confirmed");
    const plan = kit.stimuli.find((s) => s.kind === "recovery-plan")!;
    expect(plan.expected).toHaveLength(6);
    order.resources.slice(0, 5).forEach((r, i) => {
      expect(plan.expected[i].startsWith(`Rang ${r.rank}${NBSP}: ${r.name} (`)).toBe(true);
    });
    // Centrales de surveillance: latest start −2 h, already late when the incident starts.
    expect(plan.expected[0]).toContain(`T${NBSP}\u2212${NBSP}2${NBSP}h (déjà en retard)`);
    expect(plan.expected[1]).toContain(`T${NBSP}+${NBSP}`);
    expect(plan.expected[5]).toContain(`${order.resources.length - 5} autres ressources`);
  });

  it("--duration and --start move the game times, not the simulated ones", async () => {
    const kit = await kitJson(
      ch,
      "--scenario",
      "cyberattaque",
      "--level",
      "beginner",
      "--duration",
      "1h",
      "--start",
      "14:30",
    );
    expect(kit.playMinutes).toBe(30);
    expect(kit.start).toBe("14:30");
    // P − 30 = 0: every stimulus between detection and end at game minute 10.
    expect(kit.stimuli.map((s) => s.gameMinutes)).toEqual([0, 10, 10, 10, 10, 10, 30]);
    expect(kit.stimuli.map((s) => s.clock)).toEqual([
      "14:30",
      "14:40",
      "14:40",
      "14:40",
      "14:40",
      "14:40",
      "15:00",
    ]);
    expect(kit.stimuli.map((s) => s.simulatedMinutes)).toEqual([0, 15, 20, 30, 40, 60, null]);
  });
});
