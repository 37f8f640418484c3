import { describe, expect, it } from "vitest";
import type { Paragraph } from "../../src/doc/model.js";
import type { Resource } from "../../src/plan/types.js";
import type { ResourceFacts } from "../../src/recovery/types.js";
import { praView } from "../../src/view/pra.js";
import { praOutline } from "../documents-spec/outlines.js";
import { emptyInput, sampleInput } from "../view/fixture.js";
import { headingLines, headings, renderBlocks, section, tableRows, tables, text } from "./helpers.js";

const NBSP = "\u00a0";
const MINUS = "\u2212";

function pra(input = sampleInput()) {
  return renderBlocks("pra", praView(input));
}

describe("PRA outline (documents.md §3)", () => {
  it("prints exactly the headings of the outline, in order", () => {
    const input = sampleInput();
    // The one transcription of the outline (tests/documents-spec/outlines.ts), on the fixture plan.
    const outline = praOutline(input.plan, input.recovery);
    expect(outline).toContain("## 5.3 Électricité");
    expect(headingLines(pra(input).body)).toEqual(outline);
  });

  it("has the cover title and a Sommaire of levels 1–2", () => {
    const { cover, body } = pra();
    expect(cover.find((b) => b.type === "title")).toMatchObject({ text: "Plan de reprise d’activité" });
    expect(body.find((b) => b.type === "toc")).toMatchObject({ title: "Sommaire", maxLevel: 2 });
  });

  it("keeps headings of an empty plan and prints the empty sentences", () => {
    const body = pra(emptyInput()).body;
    expect(headingLines(body).filter((h) => /^## [578]\.\d/.test(h))).toEqual([
      "## 8.1 Ressaisie et contrôles par activité",
    ]);
    const none = "Aucune ressource n’est décrite.";
    expect(text(section(body, "3.2 Équipes de restauration"))).toBe(none);
    expect(text(section(body, "4.2 Tableau de l’ordre de reprise"))).toBe(none);
    expect(text(section(body, "4.3 Échéances non tenables"))).toBe(
      "Toutes les échéances sont tenables avec les durées estimées.",
    );
    expect(text(section(body, "5 Fiches de restauration"))).toBe(none);
    expect(text(section(body, "6 Sauvegardes"))).toBe("Aucune sauvegarde n’est décrite.");
    expect(text(section(body, "7 Procédures de reprise"))).toBe("Aucune procédure de reprise n’est décrite.");
    expect(text(section(body, "8.1 Ressaisie et contrôles par activité"))).toBe(
      "Aucune action de ressaisie n’est décrite.",
    );
    // Trimmed: the landscape section of Annexe A opens right after chapter 10.
    expect(text(section(body, "10 Points d’attention")).trim()).toBe("Aucun point d’attention.");
    // 4.1 always has six rows, counts may be 0.
    const synthesis = tableRows(tables(section(body, "4.1 Synthèse par priorité"))[0]);
    expect(synthesis.map((r) => [r[0], r[2], r[3]])).toEqual([
      ["Priorité", "Ressources", "Échéances non tenables"],
      ["P1", "0", "0"],
      ["P2", "0", "0"],
      ["P3", "0", "0"],
      ["P4", "0", "0"],
      ["P5", "0", "0"],
      ["Sans échéance", "0", "0"],
    ]);
  });

  it("prints the 2.2 hypothesis of the default scenario and of --scenario", () => {
    const def = text(section(pra().body, "2.2 Hypothèses de calcul"));
    expect(def).toBe(
      `Hypothèse retenue${NBSP}: le système d’information est entièrement perdu à l’instant${NBSP}0 (rançongiciel)\u202f; ` +
        `fournisseurs, énergies et fluides, locaux et personnels restent disponibles. Les équipes travaillent en parallèle\u202f; ` +
        `une ressource est restaurée dès que celles dont elle dépend le sont. Une durée de restauration non renseignée compte pour 0${NBSP}min.`,
    );
    const input = sampleInput();
    input.scenario = { id: "cyber", title: "Rançongiciel **x**", kind: "it-outage" };
    const named = text(section(pra(input).body, "2.2 Hypothèses de calcul"));
    expect(
      named.startsWith(
        `Hypothèse retenue${NBSP}: scénario «${NBSP}Rançongiciel **x**${NBSP}»\u202f; seules les ressources qu’il rend indisponibles sont perdues à l’instant${NBSP}0. Les équipes`,
      ),
    ).toBe(true);
  });

  it("prints the 2.3 fixed table and bullets", () => {
    const blocks = section(pra().body, "2.3 Niveaux de priorité");
    expect(tableRows(tables(blocks)[0])).toEqual([
      ["Priorité", "Échéance"],
      ["P1", `≤${NBSP}4${NBSP}h`],
      ["P2", `≤${NBSP}1${NBSP}j`],
      ["P3", `≤${NBSP}3${NBSP}j`],
      ["P4", `≤${NBSP}7${NBSP}j`],
      ["P5", `>${NBSP}7${NBSP}j`],
      ["Sans échéance", "Aucune activité n’en fixe"],
    ]);
    expect(text(blocks.filter((b) => b.type === "list"))).toBe(
      [
        `Échéance${NBSP}: heure à laquelle la ressource doit être rétablie.`,
        `Début au plus tard${NBSP}: heure limite pour commencer sa restauration.`,
        `Rétablie au plus tôt${NBSP}: heure de fin si tout démarre dès que possible.`,
        `Écart${NBSP}: échéance moins rétablissement au plus tôt\u202f; négatif, l’échéance n’est pas tenable.`,
      ].join("\n"),
    );
  });

  it("prints 4.2 in rank order, signed, with rto-unreachable rows in bold; unranked resources last", () => {
    // `Fixée par`: the activity whose deadline sets D (deadlineService of the fixture).
    const urgences = "Urgences **SAU** | {{x}} <b>&amp;";
    const t = tables(section(pra().body, "4.2 Tableau de l’ordre de reprise"))[0];
    expect(tableRows(t)).toEqual([
      [
        "Rang",
        "Priorité",
        "Ressource",
        "Échéance",
        "Fixée par",
        "Durée",
        "Début au plus tard",
        "Rétablie au plus tôt",
        "Écart",
      ],
      [
        "1",
        "P1",
        "Annuaire AD",
        `4${NBSP}h`,
        urgences,
        "Non renseigné",
        `4${NBSP}h`,
        `0${NBSP}min`,
        `+4${NBSP}h`,
      ],
      [
        "2",
        "P1",
        "Dossier patient",
        `4${NBSP}h`,
        urgences,
        `6${NBSP}h`,
        `${MINUS}2${NBSP}h`,
        `6${NBSP}h`,
        `${MINUS}2${NBSP}h`,
      ],
      [
        "Non classée",
        "Sans échéance",
        "Électricité",
        "Sans échéance",
        "Aucune",
        "Non renseigné",
        "Sans objet",
        "Disponible",
        "Sans objet",
      ],
    ]);
    expect(t.rows.map((r) => !!r.bold)).toEqual([false, true, false]);
  });

  it("follows the rank order, not the plan order", () => {
    const input = sampleInput();
    // Swap ranks: the order table must follow `ranked`, whatever the plan order.
    const [ad, dpi] = input.recovery.ranked;
    input.recovery.ranked = [
      { ...dpi, rank: 1 },
      { ...ad, rank: 2 },
    ];
    const rows = tableRows(tables(section(pra(input).body, "4.2 Tableau de l’ordre de reprise"))[0]);
    expect(rows.slice(1).map((r) => `${r[0]} ${r[2]}`)).toEqual([
      "1 Dossier patient",
      "2 Annuaire AD",
      "Non classée Électricité",
    ]);
    expect(headingLines(pra(input).body).filter((h) => h.startsWith("## 5."))).toEqual([
      "## 5.1 Dossier patient",
      "## 5.2 Annuaire AD",
      "## 5.3 Électricité",
    ]);
  });

  it("prints the 4.3 sentences and critical paths", () => {
    expect(text(section(pra().body, "4.3 Échéances non tenables"))).toBe(
      `Dossier patient${NBSP}: rétablie au plus tôt en 6${NBSP}h, échéance 4${NBSP}h fixée par «${NBSP}Urgences **SAU** | {{x}} <b>&amp;${NBSP}».\n` +
        `Chemin critique${NBSP}: Dossier patient → Annuaire AD`,
    );
  });

  it("prints the 4.1 synthesis over L", () => {
    const rows = tableRows(tables(section(pra().body, "4.1 Synthèse par priorité"))[0]);
    expect(rows[1]).toEqual(["P1", `≤${NBSP}4${NBSP}h`, "2", "1"]);
    expect(rows[6]).toEqual(["Sans échéance", "Aucune activité n’en fixe", "0", "0"]);
  });

  it("prints 5.n key–value tables with every label in order", () => {
    const blocks = section(pra().body, "5.2 Dossier patient");
    const kv = tables(blocks)[0];
    expect(kv.keyValue).toBe(true);
    const rows = tableRows(kv);
    expect(rows.map((r) => r[0])).toEqual([
      "Identifiant",
      "Type",
      "Rang",
      "Priorité",
      "Échéance",
      "Durée de restauration",
      "Début au plus tard",
      "Rétablie au plus tôt",
      // No owner, no site: rows left out (§1.4 v2).
      "Équipe de restauration",
      "Fournisseur",
      "Dépend de",
      "Activités servies",
    ]);
    const value = Object.fromEntries(rows.map(([k, v]) => [k, v]));
    expect(value["Identifiant"]).toBe("dpi");
    expect(value["Début au plus tard"]).toBe(`${MINUS}2${NBSP}h`);
    expect(value["Équipe de restauration"]).toBe("Alice Martin, Directrice");
    expect(value["Dépend de"]).toBe("Annuaire AD");
    // BIA order: the vital service first.
    expect(value["Activités servies"]).toBe("Urgences **SAU** | {{x}} <b>&amp;, Admissions");
    const labels = blocks.filter((b): b is Paragraph => b.type === "paragraph" && b.style === "label");
    // No recovery steps: the label is left out (§1.4 v2).
    expect(text(labels)).toBe("Sauvegarde");
    expect(tableRows(tables(blocks)[1])[0]).toEqual([
      "Fréquence",
      "Hors ligne",
      "Immuable",
      "Rétention",
      "Emplacement",
      "Dernier test de restauration",
    ]);
    expect(text(section(pra().body, "5.1 Annuaire AD"))).toContain("Aucune sauvegarde n’est décrite.");
  });

  it("selects the PRA findings in chapter 10", () => {
    const rows = tableRows(tables(section(pra().body, "10 Points d’attention"))[0]);
    expect(rows.slice(1).map((r) => r[1])).toEqual([
      "Échéance de reprise non tenable",
      "Ressource sans usage identifié",
    ]);
  });

  it("prints plan values literally (Markdown, Handlebars and table syntax)", () => {
    const input = sampleInput();
    input.plan.resources!.find((r) => r.id === "ad")!.name = "**x** {{y}} | a |";
    input.recovery.resources.get("ad")!.name = "**x** {{y}} | a |";
    const body = pra(input).body;
    expect(headings(body).map((h) => h.text)).toContain("5.1 **x** {{y}} | a |");
    const row = tableRows(tables(section(body, "4.2 Tableau de l’ordre de reprise"))[0])[1];
    expect(row[2]).toBe("**x** {{y}} | a |");
    expect(row).toHaveLength(9);
  });

  it("keeps per-item headings out of the Sommaire above 60 per chapter", () => {
    const input = sampleInput();
    const many: Resource[] = Array.from({ length: 61 }, (_, i) => ({
      id: `r${i}`,
      name: `Ressource ${i}`,
      kind: "application",
    }));
    input.plan.resources = many;
    const facts = many.map((r, i): ResourceFacts => ({
      id: r.id,
      name: r.name,
      kind: r.kind,
      lost: true,
      rank: i + 1,
      tier: "none",
      deadlineMinutes: null,
      durationMinutes: 0,
      latestStartMinutes: null,
      earliestRestoreMinutes: 0,
      criticality: null,
      services: [],
      deadlineService: null,
      criticalPath: [r.id],
      level: 1,
    }));
    input.recovery = { ...input.recovery, ranked: facts, resources: new Map(facts.map((f) => [f.id, f])) };
    input.findings = [];
    const items = headings(pra(input).body).filter((h) => /^5\.\d+ /.test(h.text));
    expect(items).toHaveLength(61);
    expect(items.every((h) => h.level === 2 && h.toc === false)).toBe(true);
    expect(items[60].text).toBe("5.61 Ressource 60");
    // Fixed headings stay in the Sommaire.
    expect(headings(pra(input).body).find((h) => h.text === "4.2 Tableau de l’ordre de reprise")?.toc).toBe(
      true,
    );
    expect(headings(pra().body).find((h) => h.text === "5.1 Annuaire AD")?.toc).toBe(true);
  });
});
