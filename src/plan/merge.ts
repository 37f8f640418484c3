/**
 * Merge of fragments (docs/plan-format.md): mappings key by key, recursively; lists concatenated; a
 * scalar given twice with different values is `merge-conflict` at the later location.
 */
import type { Diagnostic } from "../diagnostics/types.js";
import type { LNode } from "./located.js";
import { pointer as joinPointer, type SourceMap } from "./source-map.js";

export function mergeTrees(
  trees: LNode[],
  map: SourceMap,
): { tree: LNode | null; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  let acc: LNode | null = null;
  for (const t of trees) acc = acc === null ? t : merge(acc, t, "", map, diagnostics);
  return { tree: acc, diagnostics };
}

function merge(a: LNode, b: LNode, ptr: string, map: SourceMap, out: Diagnostic[]): LNode {
  if (a.kind === "map" && b.kind === "map") {
    const entries = new Map(a.entries);
    for (const [key, entry] of b.entries) {
      const prev = entries.get(key);
      entries.set(
        key,
        prev
          ? { key: prev.key, value: merge(prev.value, entry.value, ptr + joinPointer(key), map, out) }
          : entry,
      );
    }
    return { ...a, entries };
  }
  if (a.kind === "seq" && b.kind === "seq") return { ...a, items: [...a.items, ...b.items] };
  if (a.kind === "scalar" && b.kind === "scalar" && a.value === b.value) return a;
  const first = map.position(a.at.file, a.at.offset);
  const where = `${first.file}:${first.line}:${first.column}`;
  const what =
    a.kind === b.kind
      ? `valeur différente de celle donnée en ${where} (${JSON.stringify(a.kind === "scalar" ? a.value : null)})`
      : `${label(b)} alors que ${where} donne ${label(a)}`;
  out.push({
    ...map.position(b.at.file, b.at.offset),
    severity: "error",
    code: "merge-conflict",
    message: `\`${ptr || "/"}\` : ${what} ; gardez une seule définition`,
    path: ptr,
  });
  return a;
}

function label(n: LNode): string {
  return n.kind === "map" ? "un bloc de clés" : n.kind === "seq" ? "une liste" : "une valeur simple";
}
