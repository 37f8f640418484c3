/**
 * A YAML document turned into a small tree that keeps every node's source offset. Fragments are
 * merged on this tree (so positions survive the merge), then flattened to plain data + SourceMap.
 * `file` indexes the SourceMap's file table; offsets become line:column only on demand.
 */
export type Scalar = string | number | boolean | null;

export interface At {
  file: number;
  offset: number;
}

export type LNode =
  | { kind: "map"; at: At; entries: Map<string, { key: number; value: LNode }> }
  | { kind: "seq"; at: At; items: LNode[] }
  | { kind: "scalar"; at: At; value: Scalar };
