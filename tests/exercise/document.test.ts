/**
 * The kit as a document (docs/exercise.md, outline): DOCX heading paragraphs exactly as the
 * outline, one page per card, one grid row per expected reaction, the plan's own phone numbers,
 * and no blank cell except those filled by hand.
 */
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { documentXml, docxHeadings, paragraphs, tempDir } from "../build/helpers.js";
import { cli } from "../cli/helpers.js";
import { ch, kitJson, type JsonKit } from "./helpers.js";

/** Cell texts of every table, in order: table → rows → cells. */
function tables(xml: string): string[][][] {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((t) =>
    [...t[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) =>
      [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) =>
        paragraphs(cell[0])
          .map((p) => p.text)
          .join("\n"),
      ),
    ),
  );
}

const fixedBefore = [
  "# 1 Cadre de l’exercice",
  "## 1.1 Objectifs",
  "## 1.2 Scénario",
  "## 1.3 Déroulement",
  "# 2 Participants",
  "## 2.1 Joueurs",
  "## 2.2 Animation et observation",
  "## 2.3 Règles du jeu",
  "# 3 Chronogramme",
  "# 4 Stimuli",
];
const fixedAfter = [
  "# 5 Grille d’observation",
  "# 6 Retour d’expérience",
  "## 6.1 RETEX à chaud",
  "## 6.2 Constats du plan mis à l’épreuve",
  "## 6.3 Enregistrer l’exercice",
  "# Annexe A – Annuaire de crise",
];

describe("exercise kit DOCX of the CH example (cyberattaque, confirmed)", () => {
  let path = "";
  let xml = "";
  let kit: JsonKit;
  const planPhones = new Set<string>();

  beforeAll(async () => {
    const out = tempDir("exercise-doc");
    const r = await cli(["exercise", ch, "--scenario", "cyberattaque", "--format", "docx", "--out", out]);
    expect(r.code, r.stderr).toBe(0);
    path = r.stdout.trim();
    expect(path).toBe(`${out}/290000017-exercise-cyberattaque-v2.1.docx`);
    xml = documentXml(path);
    kit = await kitJson(ch, "--scenario", "cyberattaque");
    const contacts = readFileSync("examples/ch-kerbrat/contacts.yaml", "utf8");
    for (const m of contacts.matchAll(/^\s+(?:phone|mobile): (.+)$/gm)) planPhones.add(m[1].trim());
  });

  it("headings follow the outline exactly, one 4.n per stimulus", () => {
    const cards = kit.stimuli.map((s) => `## 4.${s.n} Stimulus ${s.n} – `);
    const headings = docxHeadings(path);
    expect(headings.slice(0, fixedBefore.length)).toEqual(fixedBefore);
    expect(headings.slice(-fixedAfter.length)).toEqual(fixedAfter);
    const middle = headings.slice(fixedBefore.length, -fixedAfter.length);
    expect(middle).toHaveLength(kit.stimuli.length);
    middle.forEach((h, i) => expect(h.startsWith(cards[i]) && h.length > cards[i].length, h).toBe(true));
  });

  it("cover: title and scenario line", () => {
    const ps = paragraphs(xml);
    expect(ps.find((p) => p.style === "Title")?.text).toBe("Kit d’exercice de crise");
    expect(
      ps.some(
        (p) =>
          p.text === "Cyberattaque par rançongiciel, perte totale du système d’information – niveau confirmé",
      ),
    ).toBe(true);
  });

  it("each card after the first starts a new page", () => {
    const headingParas = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
      .map((m) => m[0])
      .filter((p) => /<w:pStyle w:val="Heading2"\/>/.test(p) && />4\.\d+ Stimulus /.test(p));
    expect(headingParas).toHaveLength(kit.stimuli.length);
    headingParas.slice(1).forEach((p) => expect(p).toContain("<w:pageBreakBefore/>"));
  });

  it("the chronogram has one row per stimulus: number, clock and game time, simulated time", () => {
    const chrono = tables(xml).find((t) => t[0].join("|") === "N°|Heure|Temps simulé|De|À|Stimulus")!;
    const game = (m: number) => `T+${Math.floor(m / 60)}:${String(m % 60).padStart(2, "0")}`;
    const sim = (m: number | null) =>
      m === null ? "Sans objet" : m === 0 ? "0\u00a0min" : m < 60 ? `${m}\u00a0min` : null;
    expect(chrono.slice(1).map((r) => [r[0], r[1]])).toEqual(
      kit.stimuli.map((s) => [String(s.n), `${s.clock} (${game(s.gameMinutes)})`]),
    );
    chrono.slice(1).forEach((r, i) => {
      const expected = sim(kit.stimuli[i].simulatedMinutes);
      if (expected !== null) expect(r[2]).toBe(expected);
      else expect(r[2]).toMatch(/^\d+\u00a0h(\u00a0\d\d)?$/);
    });
  });

  it("the observation grid has one row per expected reaction", () => {
    const grid = tables(xml).find(
      (t) => t[0].join("|") === "N°|Réaction attendue|Observée|Heure|Commentaire",
    )!;
    const expected = kit.stimuli.flatMap((s) => s.expected.map((e) => [String(s.n), e]));
    expect(grid.slice(1).map((r) => [r[0], r[1]])).toEqual(expected);
    for (const row of grid.slice(1)) expect(row[2]).toBe("☐ Oui ☐ Partiel ☐ Non");
  });

  it("6.2 lists every finding a stimulus targets, with its subject and stimulus", () => {
    const t = tables(xml).find((x) => x[0].join("|") === "Constat|Sujet|Stimulus")!;
    expect(t.slice(1)).toEqual([
      ["Rôle de crise sans suppléant", "Communication", "Stimulus 5"],
      [
        "Échéance de reprise non tenable",
        "Centrales de surveillance des patients (réanimation, salles de naissance)",
        "Stimulus 22",
      ],
      ["Test de restauration absent ou ancien", "Gestion économique et financière (GEF)", "Stimulus 24"],
    ]);
  });

  it("every phone number in the cards is one of the plan's", () => {
    // The last occurrences: the Sommaire lists the same titles first.
    const start = xml.lastIndexOf(">4 Stimuli<");
    const end = xml.lastIndexOf(">5 Grille d’observation<");
    const cards = paragraphs(xml.slice(start, end))
      .map((p) => p.text)
      .join("\n");
    const found = [...cards.matchAll(/0\d(?:[\u00a0 ]\d\d){4}/g)].map((m) => m[0].replace(/\u00a0/g, " "));
    expect(found.length).toBeGreaterThanOrEqual(3);
    for (const phone of found) expect(planPhones, phone).toContain(phone);
  });

  it("no blank cell except the ones filled by hand", () => {
    for (const t of tables(xml)) {
      const header = t[0].join("|");
      t.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell.trim() !== "") return;
          const byHand =
            (row.length === 1 && t.every((x) => x[0] === "")) || // card observation lines
            (t[0][0] === "Date" && r === 0 && c === 1) || // 1.3 date of the exercise
            (header === "Fonction|Nom|Mission" && c === 1) || // 2.2 names
            (header === "N°|Réaction attendue|Observée|Heure|Commentaire" && (c === 3 || c === 4));
          expect(byHand, `cellule vide : tableau « ${header} », ligne ${r}, colonne ${c}`).toBe(true);
        }),
      );
    }
    // Each card has its 8 observation lines.
    const lines = tables(xml).filter((t) => t.length === 8 && t.every((x) => x.length === 1 && x[0] === ""));
    expect(lines).toHaveLength(kit.stimuli.length);
  });

  it("6.3 prints the exercises entry to paste, and pasting it keeps the plan valid", async () => {
    const para = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
      .map((m) => m[0])
      .find((p) => p.includes("x-id: "))!;
    // Line breaks inside the paragraph are the YAML lines.
    const yaml = paragraphs(para.replace(/<w:br\/>/g, "<w:t>\n</w:t>"))[0].text;
    expect(yaml.split("\n")).toEqual([
      "exercises:",
      "  - x-id: cyberattaque-2026",
      "    date: 2026-10-13",
      "    kind: field-test",
      expect.stringMatching(/^    title: "Exercice de crise .+"$/),
      "    scenario: cyberattaque",
      "    level: confirmed",
      "    status: planned",
    ]);
    const plan = tempDir("exercise-record");
    cpSync("examples/ch-kerbrat", plan, { recursive: true });
    // Saved as a new fragment: lists of fragments are put end to end (docs/plan-format.md).
    writeFileSync(`${plan}/exercises-kit.yaml`, yaml + "\n");
    const r = await cli(["validate", plan, "--format", "json"]);
    expect(r.code, r.stdout).toBe(0);
    const result = JSON.parse(r.stdout) as { plans: { valid: boolean }[] };
    expect(result.plans[0].valid).toBe(true);
    const diff = await cli(["diff", "examples/ch-kerbrat", plan, "--format", "json"]);
    expect(diff.stdout).toContain('"entity": "exercise"');
  });
});

describe("docs/exercise.md", () => {
  it("shows the CH chronogram pcapra prints today (numbers, clocks, game and simulated times)", async () => {
    const doc = readFileSync("docs/exercise.md", "utf8");
    const rows = [...doc.matchAll(/^\| (\d+) \| (\d\d:\d\d) \(T\+(\d+):(\d\d)\) \| ([^|]+) \|/gm)];
    const kit = await kitJson(ch, "--scenario", "cyberattaque");
    expect(rows.map((m) => [Number(m[1]), m[2], Number(m[3]) * 60 + Number(m[4])])).toEqual(
      kit.stimuli.map((s) => [s.n, s.clock, s.gameMinutes]),
    );
    const durations = rows.map((m) => m[5].trim());
    expect(durations.at(-1)).toBe("Sans objet");
    expect(durations[0]).toBe("0\u00a0min");
  });
});
