/** Located tree → plain data (what the schema and rules read) + SourceMap (where it came from). */
import type { LNode } from "./located.js";
import { pointer as joinPointer, SourceMap, type Position } from "./source-map.js";

export function flatten(tree: LNode, map: SourceMap): unknown {
  const walk = (n: LNode, ptr: string, key?: Position): unknown => {
    map.set(ptr, key ? { value: n.pos, key } : { value: n.pos });
    if (n.kind === "scalar") return n.value;
    if (n.kind === "seq") return n.items.map((item, i) => walk(item, ptr + "/" + i));
    const obj: Record<string, unknown> = {};
    for (const [k, entry] of n.entries) {
      // defineProperty: a YAML key `__proto__` must stay a plain key, not change the prototype.
      Object.defineProperty(obj, k, {
        value: walk(entry.value, ptr + joinPointer(k), entry.key),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return obj;
  };
  return walk(tree, "");
}
