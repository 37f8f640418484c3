/**
 * Safe accessors over the untyped merged plan: rules run even on plans the schema rejected, so
 * every access checks its type and malformed parts are skipped, never thrown on.
 */
import { pointer } from "../plan/source-map.js";

export type Obj = Record<string, unknown>;

export function isObj(value: unknown): value is Obj {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `obj[key]` when `obj` is a mapping and `key` is its own property. */
export function field(obj: unknown, key: string): unknown {
  if (!isObj(obj) || !Object.prototype.hasOwnProperty.call(obj, key)) return undefined;
  return obj[key];
}

/** `obj[key]` when it is a string. */
export function str(obj: unknown, key: string): string | undefined {
  const v = field(obj, key);
  return typeof v === "string" ? v : undefined;
}

export interface Item<T> {
  value: T;
  index: number;
  /** JSON pointer of the item in the merged plan. */
  ptr: string;
}

/** Items of the list at `obj[key]` (pointer `base/key/i`) that are mappings. */
export function objItems(obj: unknown, key: string, base: string): Item<Obj>[] {
  const list = field(obj, key);
  if (!Array.isArray(list)) return [];
  const out: Item<Obj>[] = [];
  list.forEach((value: unknown, index) => {
    if (isObj(value)) out.push({ value, index, ptr: base + pointer(key, index) });
  });
  return out;
}

/** Items of the list at `obj[key]` that are strings. */
export function strItems(obj: unknown, key: string, base: string): Item<string>[] {
  const list = field(obj, key);
  if (!Array.isArray(list)) return [];
  const out: Item<string>[] = [];
  list.forEach((value: unknown, index) => {
    if (typeof value === "string") out.push({ value, index, ptr: base + pointer(key, index) });
  });
  return out;
}

/** Pointer of `obj[key]` below `base`. */
export function at(base: string, ...keys: (string | number)[]): string {
  return base + pointer(...keys);
}
