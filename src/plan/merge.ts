/**
 * Merge of fragments (plan-format.md): mappings key by key, recursively; lists concatenated; a
 * scalar given twice with different values is `merge-conflict` at the later location.
 */
import type { Diagnostic } from "../diagnostics/types.js";
import type { LNode } from "./located.js";
import { pointer as joinPointer } from "./source-map.js";

export function mergeTrees(trees: LNode[]): { tree: LNode | null; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  let acc: LNode | null = null;
  for (const t of trees) acc = acc === null ? clone(t) : merge(acc, t, "", diagnostics);
  return { tree: acc, diagnostics };
}

function clone(n: LNode): LNode {
  if (n.kind === "map") return { ...n, entries: new Map(n.entries) };
  if (n.kind === "seq") return { ...n, items: [...n.items] };
  return n;
}

function where(n: LNode): string {
  return `${n.pos.file}:${n.pos.line}:${n.pos.column}`;
}

function merge(a: LNode, b: LNode, ptr: string, out: Diagnostic[]): LNode {
  if (a.kind === "map" && b.kind === "map") {
    const entries = new Map(a.entries);
    for (const [key, entry] of b.entries) {
      const prev = entries.get(key);
      entries.set(
        key,
        prev ? { key: prev.key, value: merge(prev.value, entry.value, ptr + joinPointer(key), out) } : entry,
      );
    }
    return { ...a, entries };
  }
  if (a.kind === "seq" && b.kind === "seq") return { ...a, items: [...a.items, ...b.items] };
  if (a.kind === "scalar" && b.kind === "scalar" && a.value === b.value) return a;
  const what =
    a.kind === b.kind
      ? `valeur différente de celle donnée en ${where(a)} (${JSON.stringify(a.kind === "scalar" ? a.value : null)})`
      : `${label(b)} alors que ${where(a)} donne ${label(a)}`;
  out.push({
    ...b.pos,
    severity: "error",
    code: "merge-conflict",
    message: `\`${ptr || "/"}\` : ${what} ; gardez une seule définition`,
    path: ptr,
  });
  return a;
}

function label(n: LNode): string {
  return n.kind === "map" ? "un bloc de clés" : n.kind === "seq" ? "une liste" : "une valeur simple";
}
