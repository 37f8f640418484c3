/** Where ids are defined: one namespace across six lists (docs/plan-format.md, Scalars). */
import type { Position, SourceMap } from "../plan/source-map.js";
import type { IdKind } from "./text.js";
import { at, objItems, str } from "./walk.js";

export type { IdKind } from "./text.js";

/** Lists that define ids, with the kind of what they define. */
export const idLists: readonly { key: string; kind: IdKind }[] = [
  { key: "contacts", kind: "contact" },
  { key: "sites", kind: "site" },
  { key: "services", kind: "service" },
  { key: "resources", kind: "resource" },
  { key: "procedures", kind: "procedure" },
  { key: "scenarios", kind: "scenario" },
];

export interface IdDefinition {
  id: string;
  kind: IdKind;
  /** Pointer of the defining item (`/services/2`). */
  pointer: string;
  /** Position of the `id` value. */
  position: Position;
}

/** Every string `id` of the six lists, in list order then item order (not source order). */
export function idDefinitions(data: unknown, map: SourceMap): IdDefinition[] {
  const out: IdDefinition[] = [];
  for (const { key, kind } of idLists) {
    for (const item of objItems(data, key, "")) {
      const id = str(item.value, "id");
      if (id === undefined) continue;
      out.push({ id, kind, pointer: item.ptr, position: map.locate(at(item.ptr, "id")) });
    }
  }
  return out;
}

/** Compares positions in source order: file path by code unit, then line, then column. */
export function comparePositions(a: Position, b: Position): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column;
}

/** Kinds each id is defined as (several when the id is duplicated across lists). */
export function idKinds(data: unknown, map: SourceMap): Map<string, Set<IdKind>> {
  const out = new Map<string, Set<IdKind>>();
  for (const def of idDefinitions(data, map)) {
    const kinds = out.get(def.id) ?? new Set<IdKind>();
    kinds.add(def.kind);
    out.set(def.id, kinds);
  }
  return out;
}

/** Id definitions in source order (file path by code unit, line, column), stable on ties. */
export function definitionsInSourceOrder(data: unknown, map: SourceMap): IdDefinition[] {
  return idDefinitions(data, map)
    .map((def, order) => ({ def, order }))
    .sort((a, b) => comparePositions(a.def.position, b.def.position) || a.order - b.order)
    .map(({ def }) => def);
}

/** Each id with the kind and pointer of its first definition in source order. */
export function collectIds(data: unknown, map: SourceMap): Map<string, { kind: IdKind; pointer: string }> {
  const out = new Map<string, { kind: IdKind; pointer: string }>();
  for (const def of definitionsInSourceOrder(data, map)) {
    if (!out.has(def.id)) out.set(def.id, { kind: def.kind, pointer: def.pointer });
  }
  return out;
}
