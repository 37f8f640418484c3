/**
 * Located tree → plain data (what the schema and rules read) + SourceMap (where it came from). The
 * map keeps the tree itself and finds a node's position only when asked (source-map.ts).
 */
import type { LNode } from "./located.js";
import type { SourceMap } from "./source-map.js";

export function flatten(tree: LNode, map: SourceMap): unknown {
  map.setTree(tree);
  const walk = (n: LNode): unknown => {
    if (n.kind === "scalar") return n.value;
    if (n.kind === "seq") return n.items.map(walk);
    const obj: Record<string, unknown> = {};
    // forEach, not for…of with destructuring: no [key, value] pair per entry (a batch of
    // plans flattens millions of them).
    n.entries.forEach((entry, k) => {
      const value = walk(entry.value);
      // A YAML key `__proto__` must stay a plain key, not change the prototype.
      if (k === "__proto__")
        Object.defineProperty(obj, k, { value, enumerable: true, writable: true, configurable: true });
      else obj[k] = value;
    });
    return obj;
  };
  return walk(tree);
}
