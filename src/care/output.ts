/** The three outputs of `pcapra care` (docs/care.md « Output »): French text, JSON, the ARS CSV sheet. */
import { diagnosticJson } from "../diagnostics/format.js";
import { itemDefinitions } from "./constants.js";
import { percent, percentNumber } from "./format.js";
import type { CareItem, CarePlanReport, CareReport, CareStatus, GhtRollUp } from "./types.js";
import { NBSP as nbsp } from "../text/french.js";
import { csvDocument } from "../output/csv.js";
import { visible } from "../text/visible.js";

/** The line of one item: the first gap, the document to produce, or the title when all is shown. */
export function itemLine(item: CareItem): string {
  let text: string;
  if (item.status === "ok") text = item.title;
  else if (item.status === "not-evidenced") {
    text = `à prouver${nbsp}: ${item.checks.find((c) => c.status === "not-evidenced")?.document ?? ""}`;
  } else {
    const gap = item.checks.find((c) => c.status === "partial" || c.status === "missing");
    text = gap?.message ?? item.title;
  }
  return `${item.id.padEnd(5)}${item.status.padEnd(14)}${text}`;
}

function header(r: CarePlanReport): string {
  const e = r.establishment;
  const coverage = r.coverageRaw === null ? "non renseignée" : percent(r.coverageRaw);
  const scope = r.applicable ? "" : `  (hors champ du domaine 2${nbsp}: établissement médico-social)`;
  return `${e.finess}  ${visible(e.name)}  (${e.type})  plan ${r.plan.version} du ${r.plan.date}  couverture ${coverage}${scope}`;
}

function ghtLine(g: GhtRollUp): string {
  const basis = g.weightBasis === "beds" ? "pondération par les lits" : "pondération par plan";
  const part = (id: "O1.C" | "O1.D") => `${id} ${percent(g.items[id].share)} ${g.items[id].status}`;
  return `GHT ${g.ght}${nbsp}: ${g.plans} plans, ${basis}, ${part("O1.C")}, ${part("O1.D")}`;
}

export function careText(report: CareReport): string {
  const lines: string[] = [];
  for (const p of report.plans) {
    if (!p.valid) {
      lines.push(
        `${visible(p.source)}  plan invalide${nbsp}: aucun rapport (diagnostics sur la sortie d’erreur)`,
        "",
      );
      continue;
    }
    lines.push(header(p));
    for (const item of p.items) lines.push(itemLine(item));
    lines.push("");
  }
  for (const g of report.ght) lines.push(ghtLine(g));
  const s = report.summary;
  lines.push(`${s.plans} plans, ${s.valid} valid, ${s.invalid} invalid`);
  return lines.join("\n") + "\n";
}

export function careJson(report: CareReport): string {
  const plans = report.plans.map((p) =>
    p.valid ? p : { ...p, diagnostics: p.diagnostics.map(diagnosticJson) },
  );
  return JSON.stringify({ ...report, plans }, null, 2) + "\n";
}

export const csvHeader = [
  "source",
  "finess",
  "name",
  "type",
  "category",
  "ght",
  "region",
  "plan_version",
  "plan_date",
  "valid",
  ...itemDefinitions.map((d) => d.id),
  "coverage_pct",
  "ok",
  "partial",
  "missing",
  "not_evidenced",
];

export function careCsv(report: CareReport, delimiter = ";"): string {
  const rows: string[][] = [csvHeader];
  for (const p of report.plans) {
    if (!p.valid) {
      const row = csvHeader.map(() => "");
      row[0] = p.source;
      row[1] = p.finess ?? "";
      row[2] = p.name ?? "";
      row[9] = "false";
      rows.push(row);
      continue;
    }
    const e = p.establishment;
    const status = new Map<string, CareStatus>(p.items.map((i) => [i.id, i.status]));
    rows.push([
      p.source,
      e.finess,
      e.name,
      e.type,
      e.category ?? "",
      e.ght ?? "",
      e.region ?? "",
      p.plan.version,
      p.plan.date,
      "true",
      ...itemDefinitions.map((d) => status.get(d.id) ?? ""),
      p.coverageRaw === null ? "" : percentNumber(p.coverageRaw),
      String(p.counts.ok),
      String(p.counts.partial),
      String(p.counts.missing),
      String(p.counts["not-evidenced"]),
    ]);
  }
  return csvDocument(rows, delimiter);
}
