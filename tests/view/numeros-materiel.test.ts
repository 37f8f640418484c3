/** [Numéros] and [Matériel] (docs/documents.md §1.8): view data and the partials' rendered blocks. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Block } from "../../src/doc/model.js";
import { renderTemplate } from "../../src/templates/engine.js";
import { parseBlockText } from "../../src/doc/parse.js";
import {
  hotlinesView,
  phoneText,
  suppliesView,
  supplyLine,
  unbreakablePhones,
  viewContext,
} from "../../src/view/common.js";
import { sampleInput } from "./fixture.js";
import { inlineText, tableText } from "./render.js";

const NBSP = "\u00a0";

/** Renders the two bundled partials through a user template that only includes them. */
function renderPartials(data: { hotlines: unknown; supplies: unknown }): Block[] {
  const dir = mkdtempSync(join(tmpdir(), "pcapra-partials-"));
  try {
    writeFileSync(join(dir, "fiche.hbs"), "{{> numeros hotlines}}\n\n{{> materiel supplies}}\n");
    return parseBlockText(renderTemplate("fiche", data, { templatesDir: dir }), "fiche.hbs").body;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("phone numbers (documents.md §1.5)", () => {
  it("join their groups with U+00A0, whatever the spaces typed", () => {
    expect(phoneText(" 02 98  00\t00 00 ")).toBe(`02${NBSP}98${NBSP}00${NBSP}00${NBSP}00`);
    expect(phoneText("+33 2 98 00 00 00")).toBe(`+33${NBSP}2${NBSP}98${NBSP}00${NBSP}00${NBSP}00`);
    expect(phoneText("15")).toBe("15");
  });

  it("stay on one line inside a plan string, the rest of the text as typed", () => {
    expect(unbreakablePhones("Appeler l’ARS au 01 99 00 30 01, puis le 15")).toBe(
      `Appeler l’ARS au 01${NBSP}99${NBSP}00${NBSP}30${NBSP}01, puis le 15`,
    );
    expect(unbreakablePhones("(01 99 00 30 01) et +33 2 98 00 00 00")).toBe(
      `(01${NBSP}99${NBSP}00${NBSP}30${NBSP}01) et +33${NBSP}2${NBSP}98${NBSP}00${NBSP}00${NBSP}00`,
    );
    // Not phone numbers: dates, amounts, two short numbers.
    for (const t of ["le 12 03 2026 à 14 h", "1 400 postes", "3 j 12 h"])
      expect(unbreakablePhones(t)).toBe(t);
  });
});

describe("[Numéros]", () => {
  it("prints crisis.hotlines in plan order, a contact entry with its mobile else phone", () => {
    const input = sampleInput();
    input.plan.crisis.hotlines = [
      { label: "Standard", phone: "02 98 00 00 00" },
      { label: "Administrateur de garde", contact: "dir" },
      { label: "Direction générale", contact: "dg" },
      { label: "Astreinte informatique", contact: "ext" },
    ];
    expect(hotlinesView(viewContext(input))).toEqual([
      { label: "Standard", number: `02${NBSP}98${NBSP}00${NBSP}00${NBSP}00` },
      // dir has a mobile only, dg a phone only, ext no number at all: its name, never a blank.
      { label: "Administrateur de garde", number: `06${NBSP}00${NBSP}00${NBSP}00${NBSP}01` },
      { label: "Direction générale", number: `02${NBSP}00${NBSP}00${NBSP}00${NBSP}02` },
      { label: "Astreinte informatique", number: "Éditeur DPI" },
    ]);
  });

  it("falls back to the titular and the deputy of the first crisis-cell role", () => {
    const input = sampleInput();
    delete input.plan.crisis.hotlines;
    expect(hotlinesView(viewContext(input))).toEqual([
      { label: "Directeur de crise", number: `Bruno Durand 02${NBSP}00${NBSP}00${NBSP}00${NBSP}02` },
      { label: "Directeur de crise", number: `Alice Martin 06${NBSP}00${NBSP}00${NBSP}00${NBSP}01` },
    ]);
    input.plan.crisis.hotlines = [];
    expect(hotlinesView(viewContext(input))).toHaveLength(2);
    input.plan.crisis.cell[0].deputy = undefined;
    expect(hotlinesView(viewContext(input)).map((h) => h.number)).toEqual([
      `Bruno Durand 02${NBSP}00${NBSP}00${NBSP}00${NBSP}02`,
    ]);
  });
});

describe("[Matériel]", () => {
  it("merges items with the same text and details, first-appearance order, titles listed", () => {
    const input = sampleInput();
    const procedures = input.plan.procedures!;
    procedures[0].supplies = [
      "Formulaires",
      {
        item: "Classeur papier",
        location: "Poste de soins",
        quantity: 2,
        owner: "dir",
        lastCheck: "2026-03-01",
      },
      { item: "Lampe", location: "Accueil" },
    ];
    procedures[1].supplies = [
      { item: "Lampe", location: "Salle de crise" }, // same text, other place: not merged
      { item: "Formulaires" }, // same text, no detail: merged with the string
      {
        item: "Classeur papier",
        location: "Poste de soins",
        quantity: 2,
        owner: "dir",
        lastCheck: "2026-03-01",
      },
    ];
    procedures[2].supplies = ["Formulaires", "Formulaires"];
    const view = suppliesView(viewContext(input));
    expect(view.columns).toEqual([
      "Matériel",
      "Emplacement",
      "Quantité",
      "Responsable",
      "Vérifié le",
      "Procédures",
    ]);
    const rows = view.rows.map((r) => r.cells);
    expect(rows.map((r) => [r[0], r[1]])).toEqual([
      ["Formulaires", "Non renseigné"],
      ["Classeur papier", "Poste de soins"],
      ["Lampe", "Accueil"],
      ["Lampe", "Salle de crise"],
    ]);
    expect(rows[0][5]).toBe("Urgences sur papier, Réflexe cyber, Bascule retour");
    expect(rows[1]).toEqual([
      "Classeur papier",
      "Poste de soins",
      "2",
      view.rows[1].cells[3],
      `1er${NBSP}mars${NBSP}2026`,
      "Urgences sur papier, Réflexe cyber",
    ]);
    expect(rows[1][3]).toBe("Alice Martin");
    expect(rows[3][5]).toBe("Réflexe cyber");
  });

  it("is empty without supplies, and the partial then prints its sentence", () => {
    const input = sampleInput();
    for (const p of input.plan.procedures!) delete p.supplies;
    expect(suppliesView(viewContext(input)).rows).toEqual([]);
  });

  it("gives fiches one bullet per supply, with its place and quantity", () => {
    expect(supplyLine("Formulaires")).toBe("Formulaires");
    expect(supplyLine({ item: "Lampe", location: "Accueil", quantity: 3 })).toBe(
      `Lampe — Accueil, quantité${NBSP}: 3`,
    );
    expect(supplyLine({ item: "Lampe" })).toBe("Lampe");
  });
});

describe("the partials _numeros.hbs and _materiel.hbs", () => {
  it("print a framed box titled Numéros immédiats, one line per number, then the table", () => {
    const input = sampleInput();
    input.plan.crisis.hotlines = [
      { label: "Standard", phone: "02 98 00 00 00" },
      { label: "Administrateur de garde", contact: "dir" },
    ];
    const ctx = viewContext(input);
    const blocks = renderPartials({ hotlines: hotlinesView(ctx), supplies: suppliesView(ctx) });
    expect(blocks[0].type).toBe("callout");
    const box = blocks[0] as Extract<Block, { type: "callout" }>;
    // One paragraph: the title in bold, then one line per number.
    expect(box.blocks).toHaveLength(1);
    const [p] = box.blocks;
    expect(p.type === "paragraph" && inlineText(p.inlines)).toBe(
      `Numéros immédiats\nStandard${NBSP}: 02${NBSP}98${NBSP}00${NBSP}00${NBSP}00\nAdministrateur de garde${NBSP}: 06${NBSP}00${NBSP}00${NBSP}00${NBSP}01`,
    );
    expect(p.type === "paragraph" && p.inlines[0]).toEqual({
      type: "text",
      text: "Numéros immédiats",
      bold: true,
    });
    const table = blocks[1] as Extract<Block, { type: "table" }>;
    expect(table.type).toBe("table");
    expect(tableText(table)).toEqual([
      ["Matériel", "Emplacement", "Quantité", "Responsable", "Vérifié le", "Procédures"],
      [
        "Formulaires",
        "Non renseigné",
        "Non renseigné",
        "Non renseigné",
        "Non renseigné",
        "Urgences sur papier",
      ],
    ]);
  });

  it("print the empty sentence of [Matériel] instead of an empty table", () => {
    const input = sampleInput();
    for (const p of input.plan.procedures!) delete p.supplies;
    const ctx = viewContext(input);
    const blocks = renderPartials({ hotlines: hotlinesView(ctx), supplies: suppliesView(ctx) });
    expect(blocks.some((b) => b.type === "table")).toBe(false);
    const last = blocks[blocks.length - 1];
    expect(last.type === "paragraph" && inlineText(last.inlines)).toBe(
      "Aucun matériel de mode dégradé n’est décrit.",
    );
  });
});
