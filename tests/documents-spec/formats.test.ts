/** docs/documents.md §1.6 formats and §7.1 labels, value by value (the examples of the spec). */
import { describe, expect, it } from "vitest";
import {
  formatBoolean,
  formatDate,
  formatDuration,
  formatGap,
  formatInteger,
  formatPercent,
  formatSignedDuration,
} from "../../src/text/french.js";
import * as labels from "../../src/view/labels.js";
import { findingTitle } from "../../src/view/shared/findings.js";

const S = "\u00a0";
const N = "\u202f";
const M = "\u2212";

describe("§1.6", () => {
  it.each([
    [0, `0${S}min`],
    [45, `45${S}min`],
    [65, `1${S}h${S}05`],
    [90, `1${S}h${S}30`],
    [240, `4${S}h`],
    [1440, `1${S}j`],
    [1470, `1${S}j${S}30${S}min`],
    [2790, `1${S}j${S}22${S}h${S}30`],
    [10080, `7${S}j`],
    [10000 * 1440 + 60, `10${N}000${S}j${S}1${S}h`],
  ])("duration %i → %s", (m, text) => expect(formatDuration(m)).toBe(text));

  it("signed durations and gaps", () => {
    expect(formatSignedDuration(-90)).toBe(`${M}1${S}h${S}30`);
    expect(formatSignedDuration(90)).toBe(`1${S}h${S}30`);
    expect(formatGap(120)).toBe(`+2${S}h`);
    expect(formatGap(-45)).toBe(`${M}45${S}min`);
    expect(formatGap(0)).toBe(`0${S}min`);
  });

  it("dates", () => {
    expect(formatDate("2026-03-15")).toBe(`15${S}mars${S}2026`);
    expect(formatDate("2026-03-01")).toBe(`1er${S}mars${S}2026`);
    expect(
      Array.from(
        { length: 12 },
        (_, i) => formatDate(`2026-${String(i + 1).padStart(2, "0")}-02`).split(S)[1],
      ),
    ).toEqual(
      "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(" "),
    );
  });

  it.each([
    [0, `0${S}%`],
    [0.004, `<${S}1${S}%`],
    [0.005, `1${S}%`],
    [0.125, `13${S}%`],
    [0.145, `15${S}%`],
    [0.285, `29${S}%`],
    [0.18, `18${S}%`],
    [1, `100${S}%`],
  ])("percentage %d → %s", (v, text) => expect(formatPercent(v)).toBe(text));

  it("integers and booleans", () => {
    expect(formatInteger(1500)).toBe("1500");
    expect(formatInteger(9999)).toBe("9999");
    expect(formatInteger(12000)).toBe(`12${N}000`);
    expect(formatInteger(1234567)).toBe(`1${N}234${N}567`);
    expect([formatBoolean(true), formatBoolean(false)]).toEqual(["Oui", "Non"]);
  });
});

describe("§7.1 and §7.2 labels", () => {
  it("plan values", () => {
    expect(labels.establishmentTypeLabel).toEqual({
      sanitaire: "Sanitaire",
      "medico-social": "Médico-social",
    });
    expect(labels.criticalityLabel).toEqual({
      vital: "Vital",
      essential: "Essentiel",
      important: "Important",
      deferrable: "Différable",
    });
    expect(labels.serviceKindLabel).toEqual({
      care: "Service de soins",
      administrative: "Processus administratif",
      technical: "Plateau technique",
    });
    expect(labels.resourceKindLabel).toEqual({
      application: "Application",
      infrastructure: "Infrastructure",
      network: "Réseau",
      data: "Données",
      supplier: "Fournisseur",
      utility: "Énergie et fluides",
      facility: "Locaux",
      staff: "Personnel",
    });
    expect(labels.procedureKindLabel).toEqual({
      degraded: "Procédure dégradée",
      reflex: "Fiche réflexe",
      recovery: "Procédure de reprise",
      "return-to-normal": "Retour à la normale",
    });
    expect(labels.scenarioKindLabel).toEqual({
      "it-outage": "Indisponibilité du système d’information",
      "site-loss": "Perte d’un site ou de locaux",
      "staff-shortage": "Indisponibilité de personnel",
      "supplier-failure": "Défaillance d’un fournisseur",
      "utility-failure": "Rupture d’énergie ou de fluides",
      other: "Autre situation",
    });
    expect(labels.exerciseKindLabel).toEqual({
      tabletop: "Exercice sur table",
      simulation: "Exercice de simulation",
      "technical-restore": "Test technique de restauration",
      "field-test": "Exercice terrain",
    });
    expect(labels.exerciseLevelLabel).toEqual({
      beginner: "Débutant",
      intermediate: "Intermédiaire",
      confirmed: "Confirmé",
    });
    expect(labels.exerciseStatusLabel).toEqual({ planned: "Planifié", done: "Réalisé" });
    expect(["P1", "P5", "none"].map((t) => labels.tierLabel(t as "P1"))).toEqual([
      "P1",
      "P5",
      "Sans échéance",
    ]);
    expect(labels.severityLabel).toEqual({ error: "Erreur", warning: "Avertissement", info: "Information" });
  });

  it("finding titles", () => {
    expect(findingTitle).toMatchObject({
      "rto-unreachable": "Échéance de reprise non tenable",
      "rto-exceeds-mtpd": "RTO supérieur à la DMIA",
      "rpo-unmet": "PDMA non tenue par la sauvegarde",
      "no-backup": "Absence de sauvegarde",
      "no-offline-backup": "Pas de copie hors ligne et immuable",
      "restore-test-stale": "Test de restauration absent ou ancien",
      "no-degraded-procedure": "Activité sans procédure dégradée",
      "missing-deputy": "Rôle de crise sans suppléant",
      "no-recovery-estimate": "Durée de restauration non estimée",
      "orphan-resource": "Ressource sans usage identifié",
      "dependency-cycle": "Dépendance circulaire",
      "unknown-reference": "Référence inconnue",
      "duplicate-id": "Identifiant en double",
    });
  });
});
