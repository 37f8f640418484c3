import { describe, expect, it } from "vitest";
import type { Block, Paragraph } from "../../src/doc/model.js";
import { fichesView } from "../../src/view/fiches.js";
import { emptyInput, sampleInput } from "../view/fixture.js";
import { headingLines, headings, renderBlocks, section, tableRows, tables, text } from "./helpers.js";

const NBSP = "\u00a0";
const urgences = "Urgences **SAU** | {{x}} <b>&amp;";

function fiches(input = sampleInput()) {
  return renderBlocks("fiche", fichesView(input));
}

function labels(blocks: Block[]): string[] {
  return blocks
    .filter((b): b is Paragraph => b.type === "paragraph" && b.style === "label")
    .map((b) => text([b]));
}

describe("fiches (documents.md §5)", () => {
  it("prints exactly one level-1 heading per fiche, in order", () => {
    const { cover, body } = fiches();
    expect(cover.find((b) => b.type === "title")).toMatchObject({
      text: "Fiches réflexes et fiches mode dégradé",
    });
    expect(body.find((b) => b.type === "toc")).toMatchObject({ title: "Sommaire", maxLevel: 1 });
    expect(headingLines(body)).toEqual([
      "# 1 Fiche d’alerte – Qui prévenir",
      "# 2 Fiche réflexe – Réflexe cyber",
      `# 3 Fiche mode dégradé – ${urgences} – Urgences sur papier`,
    ]);
    expect(headings(body).every((h) => h.toc)).toBe(true);
  });

  it("orders degraded fiches by service BIA order, then plan order", () => {
    const input = sampleInput();
    input.plan.procedures = [
      {
        id: "a1",
        title: "Admissions papier",
        kind: "degraded",
        service: "adm",
        covers: ["dpi"],
        maxDuration: "1d",
        steps: ["Noter"],
      },
      {
        id: "u1",
        title: "Urgences A",
        kind: "degraded",
        service: "urg",
        covers: ["dpi"],
        maxDuration: "1d",
        steps: ["Noter"],
      },
      {
        id: "u2",
        title: "Urgences B",
        kind: "degraded",
        service: "urg",
        covers: ["dpi"],
        maxDuration: "1d",
        steps: ["Noter"],
      },
    ];
    input.plan.services.find((s) => s.id === "urg")!.name = "Urgences";
    expect(headingLines(fiches(input).body).slice(1)).toEqual([
      "# 2 Fiche mode dégradé – Urgences – Urgences A",
      "# 3 Fiche mode dégradé – Urgences – Urgences B",
      "# 4 Fiche mode dégradé – Admissions – Admissions papier",
    ]);
  });

  it("prints the alert fiche labels and the crisis cell with phones", () => {
    const blocks = section(fiches().body, "1 Fiche d’alerte – Qui prévenir");
    expect(labels(blocks)).toEqual([
      "Alerte et mobilisation",
      "Notifications et signalements",
      "Cellule de crise",
      "Lieux de crise",
    ]);
    const cell = tables(blocks).find((t) => tableRows(t)[0][0] === "Rôle")!;
    expect(tableRows(cell)).toEqual([
      ["Rôle", "Titulaire", "Suppléant"],
      [
        "Directeur de crise",
        "Bruno Durand (Directeur général)\n02 00 00 00 02",
        "Alice Martin (Directrice)\n06 00 00 00 01",
      ],
      ["Coordination soins", "Alice Martin (Directrice)\n06 00 00 00 01", "Non désigné"],
    ]);
    expect(text(blocks)).toContain("Aucun lieu de crise n’est désigné.");
  });

  it("prints a degraded fiche: labels in order, actions with ☐, deduplicated contacts, last line", () => {
    const blocks = section(fiches().body, `3 Fiche mode dégradé – ${urgences} – Urgences sur papier`);
    expect(labels(blocks)).toEqual([
      "Quand l’utiliser",
      "Ressources indisponibles palliées",
      "Durée de tenue",
      "Actions",
      "Matériel et supports",
      "Retour à la normale",
      "Contacts utiles",
    ]);
    const [ident, actions, contacts] = tables(blocks);
    expect(tableRows(ident)).toEqual([
      ["Activité", `${urgences} – Vital`],
      ["Responsable", "Non renseigné"],
      ["Version du plan", `2.1 du 15${NBSP}mars${NBSP}2026`],
    ]);
    expect(tableRows(actions)).toEqual([
      ["N°", "Action", "Qui", "Fait"],
      ["1", "Sortir les dossiers papier", "Non renseigné", "\u2610"],
      ["2", "Prévenir les équipes", "Alice Martin (Directrice)", "\u2610"],
      ["3", "Tracer", "IDE de tri", "\u2610"],
    ]);
    // Step contact and manager are the same person; the first cell role adds its titular.
    expect(tableRows(contacts)).toEqual([
      ["Nom", "Fonction", "Téléphone", "Mobile"],
      ["Alice Martin", "Directrice", "Non renseigné", "06 00 00 00 01"],
      ["Bruno Durand", "Directeur général", "02 00 00 00 02", "Non renseigné"],
    ]);
    const t = text(blocks);
    expect(t).toContain("Dossier patient");
    expect(t).toContain(`3${NBSP}j`);
    expect(t.endsWith("Noter chaque action, avec l’heure et son auteur, sur la main courante.")).toBe(true);
  });

  it("prints a reflex fiche without the degraded-only labels", () => {
    const blocks = section(fiches().body, "2 Fiche réflexe – Réflexe cyber");
    expect(labels(blocks)).toEqual([
      "Quand l’utiliser",
      "Actions",
      "Matériel et supports",
      "Contacts utiles",
    ]);
    expect(tableRows(tables(blocks)[0])[0]).toEqual(["Activité", "Toutes activités"]);
    expect(text(blocks)).toContain("Non renseigné"); // no trigger, no supplies
  });

  it("has only the alert fiche when there is no procedure", () => {
    const body = fiches(emptyInput()).body;
    expect(headingLines(body)).toEqual(["# 1 Fiche d’alerte – Qui prévenir"]);
    expect(text(body)).toContain("Aucune séquence d’alerte n’est renseignée.");
  });
});
