/**
 * The French text of `pcapra diff` (docs/cli.md): edits grouped by entity, then what follows
 * (order moves, findings). Plan text is shown with control characters escaped, never raw.
 */
import type { Plan } from "../plan/types.js";
import type { Change, EntityKind, PlanDiff } from "./types.js";
import { isMapping } from "./values.js";

const C = "\u00a0:"; // French colon
const labels: Record<EntityKind, { name: string; feminine: boolean }> = {
  establishment: { name: "Établissement", feminine: false },
  plan: { name: "Plan", feminine: false },
  crisis: { name: "Organisation de crise", feminine: true },
  contact: { name: "Contact", feminine: false },
  site: { name: "Site", feminine: false },
  service: { name: "Activité", feminine: true },
  resource: { name: "Ressource", feminine: true },
  procedure: { name: "Procédure", feminine: true },
  scenario: { name: "Scénario", feminine: false },
  exercise: { name: "Exercice", feminine: false },
};

function escape(text: string): string {
  return text.replace(
    /[\u0000-\u0008\u000b-\u001f\u007f\u2028\u2029]|\n|\t/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

function quote(text: string): string {
  return `«\u00a0${escape(text)}\u00a0»`;
}

/** A plan value on one line: strings quoted, lists and mappings in YAML flow style. */
export function showValue(v: unknown, top = true): string {
  if (typeof v === "string") return top ? quote(v) : escape(v);
  if (Array.isArray(v)) return `[${v.map((x) => showValue(x, false)).join(", ")}]`;
  if (isMapping(v))
    return `{${Object.entries(v)
      .map(([k, x]) => `${escape(k)}: ${showValue(x, false)}`)
      .join(", ")}}`;
  return String(v);
}

/** `Ressource dpi (Dossier patient informatisé)`, the name taken from the newer plan. */
function heading(c: Change, names: Map<string, string>): string {
  const label = labels[c.entity].name;
  if (c.id === undefined) return label;
  const name = names.get(`${c.entity}\u0000${c.id}`);
  return `${label} ${escape(c.id)}${name && c.entity !== "exercise" ? ` (${escape(name)})` : ""}`;
}

function fieldLine(c: Change): string {
  const field = escape(c.field ?? "");
  if (c.before === undefined) return `    ${field}${C} ajouté ${showValue(c.after)}`;
  if (c.after === undefined) return `    ${field}${C} retiré (était ${showValue(c.before)})`;
  return `    ${field}${C} ${showValue(c.before)} → ${showValue(c.after)}`;
}

function entityNames(plans: (Plan | undefined)[]): Map<string, string> {
  const names = new Map<string, string>();
  const lists: [string, EntityKind, string][] = [
    ["contacts", "contact", "name"],
    ["sites", "site", "name"],
    ["services", "service", "name"],
    ["resources", "resource", "name"],
    ["procedures", "procedure", "title"],
    ["scenarios", "scenario", "title"],
  ];
  for (const plan of plans) {
    const data = (plan ?? {}) as unknown as Record<string, unknown>;
    for (const [key, entity, nameKey] of lists) {
      for (const item of Array.isArray(data[key]) ? (data[key] as unknown[]) : []) {
        if (isMapping(item) && typeof item.id === "string" && typeof item[nameKey] === "string")
          names.set(`${entity}\u0000${item.id}`, item[nameKey] as string);
      }
    }
  }
  return names;
}

export function diffText(diff: PlanDiff, before?: Plan, after?: Plan): string {
  const { changes, derived } = diff;
  const derivedCount =
    derived.orderMoves.length + derived.findingsAdded.length + derived.findingsResolved.length;
  if (changes.length === 0 && derivedCount === 0) return "Aucune différence entre les deux plans.\n";
  const names = entityNames([before, after]);
  const lines: string[] = [];
  lines.push(changes.length === 0 ? `Modifications${C} aucune.` : `Modifications (${changes.length})${C}`);
  let group = "";
  for (const c of changes) {
    const h = heading(c, names);
    const key = `${c.entity}\u0000${c.id ?? ""}`;
    if (c.op === "added" || c.op === "removed") {
      const verb = c.op === "added" ? "ajouté" : "supprimé";
      lines.push(`  ${h}${C} ${verb}${labels[c.entity].feminine ? "e" : ""}`);
      group = "";
      continue;
    }
    if (key !== group) lines.push(`  ${h}`);
    group = key;
    lines.push(fieldLine(c));
  }
  lines.push("");
  if (derivedCount === 0) {
    lines.push(`Conséquences${C} aucune (ordre de reprise et constats inchangés).`);
    return lines.join("\n") + "\n";
  }
  lines.push(`Conséquences${C}`);
  if (derived.orderMoves.length > 0) {
    lines.push(`  Ordre de reprise (perte totale du système d’information)${C}`);
    for (const m of derived.orderMoves) {
      const what =
        m.from === null
          ? `entre au rang ${m.to}`
          : m.to === null
            ? `sort de l’ordre (était au rang ${m.from})`
            : `rang ${m.from} → ${m.to}`;
      lines.push(`    ${escape(m.id)}${C} ${what}`);
    }
  }
  for (const [title, list] of [
    ["Constats apparus", derived.findingsAdded],
    ["Constats résolus", derived.findingsResolved],
  ] as const) {
    if (list.length === 0) continue;
    lines.push(`  ${title} (${list.length})${C}`);
    for (const f of list) lines.push(`    ${f.severity} ${f.code}${C} ${escape(f.message)}`);
  }
  return lines.join("\n") + "\n";
}
