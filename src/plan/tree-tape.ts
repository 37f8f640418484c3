/**
 * A located tree (located.ts) as flat arrays, to hand a fragment parsed on a worker thread
 * (parallel-parse.ts) to the main thread: one Int32Array (transferred, not copied), the distinct
 * strings and the numbers. Cloning the tree itself (a Map, an `at` object and a node per value)
 * cost the main thread about as much as parsing it; reading the tape back builds the same nodes
 * in one pass. Positions are offsets in the fragment's text; the file index is given on decoding.
 */
import type { LNode, Scalar } from "./located.js";

export interface Tape {
  /** Per node: kind, offset, then count (map, seq) or operand (scalars); map keys inline. */
  ops: Int32Array;
  strings: string[];
  numbers: Float64Array;
}

const MAP = 0;
const SEQ = 1;
const STRING = 2;
const NUMBER = 3;
const TRUE = 4;
const FALSE = 5;
const NULL = 6;

/** Thrown for a value the tape cannot carry: the caller parses the fragment itself. */
export class TapeError extends Error {}

export function encodeTree(tree: LNode): Tape {
  let ops = new Int32Array(1 << 16);
  let length = 0;
  const strings: string[] = [];
  // Keys and many values repeat (`id`, `name`, `24h`…): each distinct string crosses once.
  const stringIndex = new Map<string, number>();
  const numbers: number[] = [];
  const push = (a: number, b: number, c: number) => {
    if (length + 3 > ops.length) {
      const grown = new Int32Array(ops.length * 2);
      grown.set(ops);
      ops = grown;
    }
    ops[length] = a;
    ops[length + 1] = b;
    ops[length + 2] = c;
    length += 3;
  };
  const str = (s: string): number => {
    let i = stringIndex.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      stringIndex.set(s, i);
    }
    return i;
  };
  const scalar = (offset: number, v: Scalar) => {
    if (typeof v === "string") push(STRING, offset, str(v));
    else if (typeof v === "number") push(NUMBER, offset, numbers.push(v) - 1);
    else if (v === true) push(TRUE, offset, 0);
    else if (v === false) push(FALSE, offset, 0);
    else if (v === null) push(NULL, offset, 0);
    else throw new TapeError(`valeur ${typeof v}`);
  };
  const walk = (n: LNode) => {
    if (n.kind === "scalar") return scalar(n.at.offset, n.value);
    if (n.kind === "seq") {
      push(SEQ, n.at.offset, n.items.length);
      for (const item of n.items) walk(item);
      return;
    }
    push(MAP, n.at.offset, n.entries.size);
    n.entries.forEach((entry, key) => {
      // A map entry: its key's string and offset, then its value.
      push(str(key), entry.key, 0);
      walk(entry.value);
    });
  };
  walk(tree);
  return { ops: ops.slice(0, length), strings, numbers: Float64Array.from(numbers) };
}

/** The tree `encodeTree` was given, its positions in file `file` of the SourceMap. */
export function decodeTree(tape: Tape, file: number): LNode {
  const { ops, strings, numbers } = tape;
  let i = 0;
  const node = (): LNode => {
    const kind = ops[i];
    const offset = ops[i + 1];
    const operand = ops[i + 2];
    i += 3;
    const at = { file, offset };
    switch (kind) {
      case MAP: {
        const entries = new Map<string, { key: number; value: LNode }>();
        for (let k = 0; k < operand; k++) {
          const key = strings[ops[i]];
          const keyOffset = ops[i + 1];
          i += 3;
          entries.set(key, { key: keyOffset, value: node() });
        }
        return { kind: "map", at, entries };
      }
      case SEQ: {
        const items: LNode[] = new Array(operand);
        for (let k = 0; k < operand; k++) items[k] = node();
        return { kind: "seq", at, items };
      }
      case STRING:
        return { kind: "scalar", at, value: strings[operand] };
      case NUMBER:
        return { kind: "scalar", at, value: numbers[operand] };
      case TRUE:
        return { kind: "scalar", at, value: true };
      case FALSE:
        return { kind: "scalar", at, value: false };
      case NULL:
        return { kind: "scalar", at, value: null };
      default:
        throw new TapeError(`nœud ${kind}`);
    }
  };
  return node();
}
