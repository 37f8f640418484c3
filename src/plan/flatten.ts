/** Located tree → plain data (what the schema and rules read) + SourceMap (where it came from). */
import type { LNode } from "./located.js";
import { pointer as joinPointer, type SourceMap } from "./source-map.js";

export function flatten(tree: LNode, map: SourceMap): unknown {
  const walk = (n: LNode, ptr: string, keyOffset: number): unknown => {
    map.setOffsets(ptr, n.at.file, n.at.offset, keyOffset);
    if (n.kind === "scalar") return n.value;
    if (n.kind === "seq") return n.items.map((item, i) => walk(item, ptr + "/" + i, -1));
    const obj: Record<string, unknown> = {};
    for (const [k, entry] of n.entries) {
      const value = walk(entry.value, ptr + joinPointer(k), entry.key);
      // A YAML key `__proto__` must stay a plain key, not change the prototype.
      if (k === "__proto__")
        Object.defineProperty(obj, k, { value, enumerable: true, writable: true, configurable: true });
      else obj[k] = value;
    }
    return obj;
  };
  return walk(tree, "", -1);
}
