/**
 * [Matériel] (docs/documents.md §1.8): the paper kits and supplies the degraded procedures rely on,
 * every `supplies` item of every procedure, merged, in first-appearance order
 * (`templates/_materiel.hbs`). Also the one-line text of a supply for the fiches' bullets.
 */
import type { Supply } from "../../plan/types.js";
import { supplyText } from "../../plan/types.js";
import { formatDate, formatInteger, NBSP } from "../../text/french.js";
import { contactName, orAbsent, type ViewContext } from "./context.js";
import { table, type TableView } from "./types.js";

/** The details of a supply (a string has none). */
interface SupplyDetails {
  item: string;
  location?: string;
  quantity?: number;
  owner?: string;
  lastCheck?: string;
}

function details(supply: Supply): SupplyDetails {
  return typeof supply === "string" ? { item: supply } : supply;
}

/** Items merge when their text and every detail are the same (a string and a bare item too). */
function mergeKey(d: SupplyDetails): string {
  return JSON.stringify([
    d.item,
    d.location ?? null,
    d.quantity ?? null,
    d.owner ?? null,
    d.lastCheck ?? null,
  ]);
}

/** [Matériel]: `Matériel | Emplacement | Quantité | Responsable | Vérifié le | Procédures`. */
export function suppliesView(ctx: ViewContext): TableView {
  const merged = new Map<string, { d: SupplyDetails; titles: string[] }>();
  for (const p of ctx.plan.procedures ?? []) {
    for (const supply of p.supplies ?? []) {
      const d = details(supply);
      const key = mergeKey(d);
      const row = merged.get(key) ?? { d, titles: [] };
      if (!row.titles.includes(p.title)) row.titles.push(p.title);
      merged.set(key, row);
    }
  }
  const rows = [...merged.values()].map(({ d, titles }) => [
    d.item,
    orAbsent(d.location),
    d.quantity === undefined ? orAbsent(undefined) : formatInteger(d.quantity),
    // The name alone: the column is narrow, the role is in the directory.
    orAbsent(contactName(ctx, d.owner)),
    d.lastCheck === undefined ? orAbsent(undefined) : formatDate(d.lastCheck),
    titles.join(", "),
  ]);
  return table(
    ["Matériel", "Emplacement", "Quantité", "Responsable", "Vérifié le", "Procédures"],
    rows,
    [3.2, 2.8, 1.5, 2.2, 1.9, 3],
  );
}

/**
 * A supply as one bullet of a fiche: the item, then where it is and how many, when given
 * (`Classeur de prescriptions papier — armoire du poste de soins, quantité : 2`).
 */
export function supplyLine(supply: Supply): string {
  const d = details(supply);
  const extra = [
    d.location,
    d.quantity === undefined ? undefined : `quantité${NBSP}: ${formatInteger(d.quantity)}`,
  ].filter((x): x is string => x !== undefined && x !== "");
  return extra.length > 0 ? `${supplyText(supply)} — ${extra.join(", ")}` : supplyText(supply);
}
