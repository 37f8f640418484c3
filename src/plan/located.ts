/**
 * A YAML document turned into a small tree that keeps every node's position. Fragments are
 * merged on this tree (so positions survive the merge), then flattened to plain data + SourceMap.
 */
import type { Position } from "./source-map.js";

export type Scalar = string | number | boolean | null;

export type LNode =
  | { kind: "map"; pos: Position; entries: Map<string, { key: Position; value: LNode }> }
  | { kind: "seq"; pos: Position; items: LNode[] }
  | { kind: "scalar"; pos: Position; value: Scalar };
