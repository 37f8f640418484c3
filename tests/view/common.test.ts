import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/diagnostics/types.js";
import {
  backupsView,
  commonView,
  contactRef,
  coverView,
  documentMeta,
  findingDetail,
  findingsView,
  viewContext,
} from "../../src/view/common.js";
import { pcaView } from "../../src/view/pca.js";
import { emptyInput, sampleInput } from "./fixture.js";
import { inlineText, render } from "./render.js";

const NBSP = "\u00a0";
const NNBSP = "\u202f";

describe("document metadata (documents.md §1.3)", () => {
  it("builds title, author, subject, header and footer from the plan", () => {
    const ctx = viewContext(sampleInput());
    expect(documentMeta(ctx, "pra")).toEqual({
      title: "Plan de reprise d’activité – Centre hospitalier de Test",
      author: "Alice Martin",
      subject: `Version 2.1 du 15${NBSP}mars${NBSP}2026`,
      keywords: "290000017",
      language: "fr-FR",
      date: "2026-03-15",
      header: { left: "Centre hospitalier de Test", right: "Diffusion restreinte" },
      footer: { left: `PRA v2.1 – 15${NBSP}mars${NBSP}2026`, centre: "FINESS 290000017" },
    });
    expect(documentMeta(ctx, "fiches").footer.left.startsWith("Fiches v2.1")).toBe(true);
    expect(documentMeta(ctx, "binder").footer.left.startsWith("Classeur v2.1")).toBe(true);
  });

  it("leaves the header's right slot empty without classification", () => {
    const input = sampleInput();
    delete input.plan.plan.classification;
    expect(documentMeta(viewContext(input), "pca").header.right).toBe("");
  });
});

describe("cover (documents.md §1.2)", () => {
  it("renders the cover blocks in order", () => {
    const { cover, body } = render("pca", pcaView(sampleInput()));
    expect(body.length).toBeGreaterThan(0);
    const summary = cover.map((b) =>
      b.type === "paragraph"
        ? `${b.style ?? "p"}:${inlineText(b.inlines)}`
        : b.type === "title"
          ? `title:${b.text}`
          : b.type,
    );
    expect(summary).toEqual([
      "banner:Diffusion restreinte",
      "title:Plan de continuité d’activité",
      "subtitle:PCA 2026",
      "subtitle:Centre hospitalier de Test",
      "p:CH · GHT Test",
      "p:FINESS 290000017",
      "p:1 rue de l’Hôpital\n29000 Quimper",
      "table",
      `small:Document produit par pcapra à partir du plan source${NNBSP}; toute modification se fait dans le plan.`,
    ]);
    const table = cover.find((b) => b.type === "table");
    expect(table?.type === "table" && table.keyValue).toBe(true);
  });

  it("omits absent optional values", () => {
    const input = sampleInput();
    delete input.plan.plan.classification;
    delete input.plan.plan.approvedBy;
    delete input.plan.plan.title;
    delete input.plan.establishment.ght;
    const cover = coverView(viewContext(input), "psca");
    expect(cover.banner).toBeNull();
    expect(cover.planTitle).toBeNull();
    expect(cover.categoryLine).toBe("CH");
    expect(cover.title).toBe("Plan de sauvegarde et de continuité d’activité");
    expect(cover.table.rows.map((r) => r.key)).toEqual([
      "Version",
      "Date",
      "Responsable du plan",
      "Prochaine revue",
    ]);
  });
});

describe("shared blocks", () => {
  it("formats contact references and capacity", () => {
    const ctx = viewContext(sampleInput());
    // §1.5 v2: `Name, role` (a role often holds its own parentheses).
    expect(contactRef(ctx, "dg")).toBe("Bruno Durand, Directeur général");
    const establishment = commonView(sampleInput(), "pca").establishment.rows;
    expect(establishment.find((r) => r.key === "Capacité")?.value).toBe(`12${NNBSP}000${NBSP}lits`);
    const medico = sampleInput();
    medico.plan.establishment.type = "medico-social";
    medico.plan.establishment.beds = 80;
    expect(commonView(medico, "psca").establishment.rows.find((r) => r.key === "Capacité")?.value).toBe(
      `80${NBSP}places`,
    );
  });

  it("counts restore tests within the 365 days before the plan date", () => {
    const input = sampleInput();
    const dpi = input.plan.resources!.find((r) => r.id === "dpi")!;
    dpi.backup!.lastRestoreTest = "2025-03-15"; // exactly 365 days before
    expect(backupsView(viewContext(input)).summary).toContain(`; 1 avec un test`);
    dpi.backup!.lastRestoreTest = "2025-03-14";
    expect(backupsView(viewContext(input)).summary).toContain(`; 0 avec un test`);
    dpi.backup!.offline = false;
    expect(backupsView(viewContext(input)).summary).toMatch(/^1 ressources sauvegardées, dont 0 avec/);
    expect(backupsView(viewContext(emptyInput())).table.rows).toEqual([]);
  });

  it("orders exercises by date then plan order, with effective status", () => {
    const rows = commonView(sampleInput(), "pca").exercises.rows.map((r) => [r.cells[0], r.cells[5]]);
    expect(rows).toEqual([
      [`10${NBSP}novembre${NBSP}2025`, "Réalisé"],
      [`1er${NBSP}juin${NBSP}2026`, "Planifié"],
    ]);
    expect(commonView(sampleInput(), "pca").lessons).toEqual([
      { heading: `10${NBSP}novembre${NBSP}2025 – Exercice sur table`, lessons: ["Annuaire à jour"] },
    ]);
  });
});

describe("finding details (documents.md §7.2)", () => {
  const ctx = viewContext(sampleInput());
  const f = (code: Finding["code"], subject: string, data: Finding["data"] = {}): Finding => ({
    file: "p.yaml",
    line: 1,
    column: 1,
    path: "",
    severity: "warning",
    message: "CLI",
    code,
    subject,
    data,
  });

  it("rebuilds each detail from the finding data", () => {
    expect(findingDetail(ctx, f("rto-exceeds-mtpd", "urg", { rtoMinutes: 1440, mtpdMinutes: 480 }))).toBe(
      `RTO de 1${NBSP}j pour une DMIA de 8${NBSP}h.`,
    );
    expect(
      findingDetail(ctx, f("rpo-unmet", "dpi", { frequencyMinutes: 1440, rpoMinutes: 60, service: "adm" })),
    ).toBe(`Sauvegarde chaque jour pour une PDMA de 1${NBSP}h («${NBSP}Admissions${NBSP}»).`);
    expect(findingDetail(ctx, f("restore-test-stale", "dpi", { date: "2024-01-01" }))).toBe(
      `Dernier test de restauration${NBSP}: 1er${NBSP}janvier${NBSP}2024.`,
    );
    expect(findingDetail(ctx, f("restore-test-stale", "dpi"))).toBe("Aucun test de restauration renseigné.");
    expect(findingDetail(ctx, f("no-degraded-procedure", "adm", { resources: ["dpi", "ad"] }))).toBe(
      `Aucune procédure dégradée ne pallie la perte de${NBSP}: Dossier patient, Annuaire AD.`,
    );
    expect(findingDetail(ctx, f("no-recovery-estimate", "ad"))).toBe(
      `Durée non renseignée, comptée 0${NBSP}min dans le calcul.`,
    );
    expect(findingDetail(ctx, f("no-backup", "dpi"))).toBe(
      "Aucune sauvegarde décrite pour une ressource d’une activité vitale ou essentielle.",
    );
    expect(findingDetail(ctx, f("no-offline-backup", "dpi"))).toBe(
      "La sauvegarde n’a pas de copie à la fois hors ligne et immuable.",
    );
  });

  it("never prints the CLI message and selects by code", () => {
    const table = findingsView(ctx, ["orphan-resource"]);
    expect(table.rows.map((r) => r.cells)).toEqual([
      [
        "Information",
        "Ressource sans usage identifié",
        "Électricité",
        "Aucune activité ni ressource n’en dépend.",
      ],
    ]);
    expect(JSON.stringify(findingsView(ctx, null))).not.toContain("message CLI");
  });
});
