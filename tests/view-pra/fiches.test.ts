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

  it("prints the alert fiche: [Numéros] first, labels, the crisis cell with phones", () => {
    const blocks = section(fiches().body, "1 Fiche d’alerte – Qui prévenir");
    expect(blocks[0].type).toBe("callout");
    expect(text([blocks[0]]).split("\n")[0]).toBe("Numéros immédiats");
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
        `Bruno Durand, Directeur général, 02${NBSP}00${NBSP}00${NBSP}00${NBSP}02`,
        `Alice Martin, Directrice, 06${NBSP}00${NBSP}00${NBSP}00${NBSP}01`,
      ],
      [
        "Coordination soins",
        `Alice Martin, Directrice, 06${NBSP}00${NBSP}00${NBSP}00${NBSP}01`,
        "Non désigné",
      ],
    ]);
    // The notification without `how`: a dash, never `Non renseigné` on a fiche.
    const notifications = tables(blocks).find((t) => tableRows(t)[0][0] === "Destinataire")!;
    expect(tableRows(notifications)[1]).toEqual(["ARS", "Sans délai", "\u2013"]);
    expect(text(blocks)).toContain("Aucun lieu de crise n’est désigné.");
    expect(text(blocks)).not.toContain("Non renseigné");
  });

  it("prints a degraded fiche: [Numéros], labels in order, actions with ☐ and Heure, contacts, last line", () => {
    const blocks = section(fiches().body, `3 Fiche mode dégradé – ${urgences} – Urgences sur papier`);
    expect(blocks[0].type).toBe("callout");
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
    // No owner: the row is left out rather than printed `Non renseigné`.
    expect(tableRows(ident)).toEqual([
      ["Activité", `${urgences} – Vital`],
      ["Version du plan", `2.1 du 15${NBSP}mars${NBSP}2026`],
    ]);
    expect(tableRows(actions)).toEqual([
      ["N°", "Action", "Qui", "Fait", "Heure"],
      ["1", "Sortir les dossiers papier", "Équipe présente", "\u2610", ""],
      [
        "2",
        "Prévenir les équipes",
        `Alice Martin, Directrice, 06${NBSP}00${NBSP}00${NBSP}00${NBSP}01`,
        "\u2610",
        "",
      ],
      ["3", "Tracer", "IDE de tri", "\u2610", ""],
    ]);
    // Step contact and manager are the same person; the first cell role adds its titular.
    expect(tableRows(contacts)).toEqual([
      ["Nom", "Fonction", "Téléphone", "Mobile"],
      ["Alice Martin", "Directrice", "\u2013", `06${NBSP}00${NBSP}00${NBSP}00${NBSP}01`],
      ["Bruno Durand", "Directeur général", `02${NBSP}00${NBSP}00${NBSP}00${NBSP}02`, "\u2013"],
    ]);
    const t = text(blocks);
    expect(t).toContain("Dossier patient");
    expect(t).toContain(`3${NBSP}j`);
    expect(t).not.toContain("Non renseigné");
    expect(t.endsWith("Noter chaque action, avec l’heure et son auteur, sur la main courante.")).toBe(true);
  });

  it("lists the owner with its phone and the supplier contacts of the covered resources", () => {
    const input = sampleInput();
    const p = input.plan.procedures![0];
    p.owner = "dg";
    input.plan.contacts.push({
      id: "hotline-dpi",
      name: "Assistance DPI",
      role: "Support 24 h/24",
      phone: "0800 00 00 00",
      external: true,
    });
    input.plan.resources![0].supplierContact = "hotline-dpi";
    const blocks = section(fiches(input).body, `3 Fiche mode dégradé – ${urgences} – Urgences sur papier`);
    const [ident, , contacts] = tables(blocks);
    expect(tableRows(ident)[1]).toEqual([
      "Responsable",
      `Bruno Durand, Directeur général — 02${NBSP}00${NBSP}00${NBSP}00${NBSP}02`,
    ]);
    // owner, step contact, (manager = step contact), supplier contact, (cell titular = owner), deputy.
    expect(tableRows(contacts).map((r) => r[0])).toEqual([
      "Nom",
      "Bruno Durand",
      "Alice Martin",
      "Assistance DPI",
    ]);
    expect(tableRows(contacts)[3][2]).toBe(`0800${NBSP}00${NBSP}00${NBSP}00`);
  });

  it("prints a reflex fiche without the degraded-only labels nor the absent ones", () => {
    const blocks = section(fiches().body, "2 Fiche réflexe – Réflexe cyber");
    // No trigger, no supplies: those labels are left out.
    expect(labels(blocks)).toEqual(["Actions", "Contacts utiles"]);
    expect(tableRows(tables(blocks)[0])[0]).toEqual(["Activité", "Toutes activités"]);
    expect(text(blocks)).not.toContain("Non renseigné");
  });

  it("opens every fiche with the hotlines of the plan when it has some", () => {
    const input = sampleInput();
    input.plan.crisis.hotlines = [{ label: "Standard", phone: "02 98 00 00 00" }];
    const body = fiches(input).body;
    for (const h of headings(body)) {
      const first = section(body, h.text)[0];
      expect(first.type).toBe("callout");
      expect(text([first])).toBe(
        `Numéros immédiats\nStandard${NBSP}: 02${NBSP}98${NBSP}00${NBSP}00${NBSP}00`,
      );
    }
  });

  it("has only the alert fiche when there is no procedure", () => {
    const body = fiches(emptyInput()).body;
    expect(headingLines(body)).toEqual(["# 1 Fiche d’alerte – Qui prévenir"]);
    expect(text(body)).toContain("Aucune séquence d’alerte n’est renseignée.");
  });
});
