/**
 * What the author edited between two plans (docs/cli.md, `diff`): entities added or removed by
 * id, one entry per changed field. Plans are compared after merging, so the file or fragment
 * layout (and the order of lists of entities) makes no difference.
 */
import { idLists } from "../rules/ids.js";
import type { Change, EntityKind } from "./types.js";
import { isMapping, meaningfulKeys, sameValue } from "./values.js";

/**
 * Top-level lists of entities, in the order of docs/plan-format.md: the lists that define ids
 * (one list, owned by the rules) and the exercises, compared by their id too.
 */
const entityLists: readonly { key: string; entity: EntityKind }[] = [
  ...idLists.map(({ key, kind }) => ({ key, entity: kind })),
  { key: "exercises", entity: "exercise" },
];

const singletons: { key: string; entity: EntityKind }[] = [
  { key: "establishment", entity: "establishment" },
  { key: "plan", entity: "plan" },
  { key: "crisis", entity: "crisis" },
];

/**
 * Lists of mappings inside an entity whose items have a natural key: compared item by item
 * (`cell[Communication].deputy`) rather than as one block.
 */
const itemKeys: Record<string, string> = {
  cell: "role",
  locations: "name",
  notifications: "who",
  hotlines: "label",
  history: "version",
};

type Data = Record<string, unknown>;

export function planChanges(before: unknown, after: unknown): Change[] {
  const a = (isMapping(before) ? before : {}) as Data;
  const b = (isMapping(after) ? after : {}) as Data;
  const out: Change[] = [];
  for (const { key, entity } of singletons) {
    for (const c of fieldChanges("", a[key], b[key])) out.push({ op: "changed", entity, ...c });
  }
  for (const { key, entity } of entityLists) out.push(...listChanges(entity, a[key], b[key]));
  return out;
}

/**
 * Exercises have no id (docs/plan-format.md): one is known by its date and title, so a retitled
 * exercise reads as one removed and one added.
 */
function entityId(entity: EntityKind, item: unknown): string | null {
  if (!isMapping(item)) return null;
  if (entity === "exercise") return `${String(item.date)} ${String(item.title)}`;
  return typeof item.id === "string" ? item.id : null;
}

/** Items by id; a repeated id gets `#2`, `#3`… (invalid plans are refused before, but be total). */
function byId(entity: EntityKind, list: unknown): Map<string, unknown> {
  const map = new Map<string, unknown>();
  const items = Array.isArray(list) ? list : [];
  items.forEach((item, i) => {
    let id = entityId(entity, item) ?? `#${i + 1}`;
    for (let n = 2; map.has(id); n++) id = `${entityId(entity, item) ?? ""}#${n}`;
    map.set(id, item);
  });
  return map;
}

function compareIds(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

function listChanges(entity: EntityKind, before: unknown, after: unknown): Change[] {
  const a = byId(entity, before);
  const b = byId(entity, after);
  const ids = [...new Set([...a.keys(), ...b.keys()])].sort(compareIds);
  const out: Change[] = [];
  for (const id of ids) {
    if (!b.has(id)) out.push({ op: "removed", entity, id, before: a.get(id) });
    else if (!a.has(id)) out.push({ op: "added", entity, id, after: b.get(id) });
    else
      for (const c of fieldChanges("", a.get(id), b.get(id))) out.push({ op: "changed", entity, id, ...c });
  }
  return out;
}

type FieldChange = { field: string; before?: unknown; after?: unknown };

function join(path: string, key: string): string {
  return path === "" ? key : `${path}.${key}`;
}

function change(field: string, before: unknown, after: unknown): FieldChange {
  const c: FieldChange = { field };
  if (before !== undefined) c.before = before;
  if (after !== undefined) c.after = after;
  return c;
}

/** Field changes between two values of an entity: mappings recursed, keyed lists item by item. */
function fieldChanges(path: string, before: unknown, after: unknown, key = ""): FieldChange[] {
  if (before === undefined && after === undefined) return [];
  if (before !== undefined && after !== undefined && sameValue(key, before, after)) return [];
  if (isMapping(before) && isMapping(after)) {
    const keys = [...new Set([...meaningfulKeys(after), ...meaningfulKeys(before)])];
    return keys.flatMap((k) => fieldChanges(join(path, k), before[k], after[k], k));
  }
  const itemKey = itemKeys[key];
  if (itemKey && isKeyedList(before, itemKey) && isKeyedList(after, itemKey)) {
    const a = new Map(before.map((item) => [String(item[itemKey]), item]));
    const b = new Map(after.map((item) => [String(item[itemKey]), item]));
    const names = [...new Set([...b.keys(), ...a.keys()])];
    return names.flatMap((name) => {
      const at = `${path}[${name}]`;
      if (!a.has(name) || !b.has(name)) return [change(at, a.get(name), b.get(name))];
      return fieldChanges(at, a.get(name), b.get(name));
    });
  }
  return [change(path, before, after)];
}

/** A list of mappings whose `key` values are present and distinct. */
function isKeyedList(v: unknown, key: string): v is Record<string, unknown>[] {
  if (!Array.isArray(v) || !v.every((i) => isMapping(i) && typeof i[key] === "string")) return false;
  return new Set(v.map((i) => (i as Data)[key])).size === v.length;
}
