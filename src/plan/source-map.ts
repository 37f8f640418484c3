/**
 * Where each node of the merged plan came from. Keys are JSON pointers into the merged plan
 * (`/services/3/rto`); `value` is the position of the node, `key` that of its mapping key.
 * Positions are kept as byte offsets and turned into line:column only when asked: a batch of
 * thousands of plans then allocates one small array per node instead of two objects.
 */
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
  /** pointer → [file index, value offset, key offset or -1]. */
  private readonly offsets = new Map<string, [number, number, number]>();
  private readonly explicit = new Map<string, NodeLocation>();

  /** File used when nothing in the plan has a position (an empty map). */
  fallbackFile = "";

  addFile(file: string, lines: LineIndex): number {
    this.files.push({ file, lines });
    return this.files.length - 1;
  }

  setOffsets(pointer: string, fileIndex: number, valueOffset: number, keyOffset = -1): void {
    this.offsets.set(pointer, [fileIndex, valueOffset, keyOffset]);
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
    return this.offsets.has(pointer) || this.explicit.has(pointer);
  }

  get(pointer: string): NodeLocation | undefined {
    const e = this.explicit.get(pointer);
    if (e) return e;
    const o = this.offsets.get(pointer);
    if (!o) return undefined;
    const value = this.position(o[0], o[1]);
    return o[2] >= 0 ? { value, key: this.position(o[0], o[2]) } : { value };
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

/** JSON pointer helpers (RFC 6901). */
export function pointer(...parts: (string | number)[]): string {
  let out = "";
  for (const p of parts) {
    const s = String(p);
    out += "/" + (s.includes("~") || s.includes("/") ? s.replace(/~/g, "~0").replace(/\//g, "~1") : s);
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
