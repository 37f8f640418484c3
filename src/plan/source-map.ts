/**
 * Where each node of the merged plan came from. Keys are JSON pointers into the merged plan
 * (`/services/3/rto`); `value` is the position of the node, `key` that of its mapping key.
 * Nothing is indexed ahead: the map keeps the located tree the plan was flattened from (it holds
 * every node's offset) and walks it when a position is asked, then turns the offset into
 * line:column. A large plan used to build one pointer string and one entry per node, most of
 * its loading time; only the few nodes a diagnostic names are looked up.
 */
import type { LNode } from "./located.js";

export interface Position {
  file: string;
  line: number;
  column: number;
}

export interface NodeLocation {
  value: Position;
  key?: Position;
}

/** Turns an offset of one file into 1-based line and column (yaml's LineCounter fits). */
export interface LineIndex {
  linePos(offset: number): { line: number; col: number };
}

export class SourceMap {
  private readonly files: { file: string; lines: LineIndex }[] = [];
  /** The merged located tree, walked on demand. */
  private tree: LNode | undefined;
  private readonly explicit = new Map<string, NodeLocation>();

  /** File used when nothing in the plan has a position (an empty map). */
  fallbackFile = "";

  addFile(file: string, lines: LineIndex): number {
    this.files.push({ file, lines });
    return this.files.length - 1;
  }

  /** The line index of a file added earlier (tests compare the line starts of both YAML roads). */
  lines(fileIndex: number): LineIndex {
    return this.files[fileIndex].lines;
  }

  /** The tree whose nodes the pointers name (flatten.ts gives it). */
  setTree(tree: LNode): void {
    this.tree = tree;
  }

  /**
   * The node at `pointer` in the tree and the offset of its mapping key (-1: none). Reads the
   * pointer in place: rules locate every id of a plan, thousands of times per batch.
   */
  private find(pointer: string): { node: LNode; keyOffset: number } | undefined {
    let node = this.tree;
    if (!node) return undefined;
    let keyOffset = -1;
    for (let start = 1; start <= pointer.length;) {
      let end = pointer.indexOf("/", start);
      if (end < 0) end = pointer.length;
      let segment = pointer.slice(start, end);
      start = end + 1;
      if (node.kind === "map") {
        if (segment.includes("~")) segment = segment.replace(/~1/g, "/").replace(/~0/g, "~");
        const entry = node.entries.get(segment);
        if (!entry) return undefined;
        node = entry.value;
        keyOffset = entry.key;
      } else if (node.kind === "seq") {
        // Only canonical indexes name an item (`/3`, not `/03`), as JSON pointers do.
        if (!isIndex(segment)) return undefined;
        const item: LNode | undefined = node.items[Number(segment)];
        if (!item) return undefined;
        node = item;
        keyOffset = -1;
      } else return undefined;
    }
    return { node, keyOffset };
  }

  /** Explicit positions (tests, synthetic nodes). */
  set(pointer: string, location: NodeLocation): void {
    this.explicit.set(pointer, location);
  }

  position(fileIndex: number, offset: number): Position {
    const { file, lines } = this.files[fileIndex];
    const { line, col } = lines.linePos(offset);
    return { file, line, column: col };
  }

  has(pointer: string): boolean {
    return this.explicit.has(pointer) || this.find(pointer) !== undefined;
  }

  get(pointer: string): NodeLocation | undefined {
    const e = this.explicit.get(pointer);
    if (e) return e;
    const found = this.find(pointer);
    if (!found) return undefined;
    const { at } = found.node;
    const value = this.position(at.file, at.offset);
    return found.keyOffset >= 0 ? { value, key: this.position(at.file, found.keyOffset) } : { value };
  }

  /**
   * Position of the node at `pointer` (its key when `at` is "key" and it has one); falls back to
   * the closest ancestor that has a position, so a diagnostic always has a line and column.
   */
  locate(pointer: string, at: "value" | "key" = "value"): Position {
    let p = pointer;
    for (;;) {
      const loc = this.get(p);
      if (loc) return at === "key" && loc.key && p === pointer ? loc.key : loc.value;
      if (p === "") return { file: this.fallbackFile || (this.files[0]?.file ?? ""), line: 1, column: 1 };
      p = p.slice(0, p.lastIndexOf("/"));
    }
  }
}

/** `0`, `7`, `12`: a canonical list index (no sign, no leading zero). */
function isIndex(s: string): boolean {
  if (s.length === 0 || (s.length > 1 && s.charCodeAt(0) === 48)) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** JSON pointer helpers (RFC 6901). */
export function pointer(...parts: (string | number)[]): string {
  let out = "";
  for (const p of parts) {
    // List indexes need no escaping: most segments of a plan's pointers are numbers.
    if (typeof p === "number") out += "/" + p;
    else out += "/" + (p.includes("~") || p.includes("/") ? p.replace(/~/g, "~0").replace(/\//g, "~1") : p);
  }
  return out;
}

export function parsePointer(ptr: string): string[] {
  if (ptr === "") return [];
  return ptr
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
