/**
 * Where each node of the merged plan came from. Keys are JSON pointers into the merged plan
 * (`/services/3/rto`); `value` is the position of the node, `key` that of its mapping key.
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

export class SourceMap {
  private readonly entries = new Map<string, NodeLocation>();

  set(pointer: string, location: NodeLocation): void {
    this.entries.set(pointer, location);
  }

  get(pointer: string): NodeLocation | undefined {
    return this.entries.get(pointer);
  }

  /**
   * Position of the node at `pointer` (its key when `at` is "key" and it has one); falls back to
   * the closest ancestor that has a position, so a diagnostic always has a line and column.
   */
  locate(pointer: string, at: "value" | "key" = "value"): Position {
    let p = pointer;
    for (;;) {
      const loc = this.entries.get(p);
      if (loc) return at === "key" && loc.key && p === pointer ? loc.key : loc.value;
      if (p === "") return { file: this.fallbackFile, line: 1, column: 1 };
      p = p.slice(0, p.lastIndexOf("/"));
    }
  }

  fallbackFile = "";
}

/** JSON pointer helpers (RFC 6901). */
export function pointer(...parts: (string | number)[]): string {
  return parts.map((p) => "/" + String(p).replace(/~/g, "~0").replace(/\//g, "~1")).join("");
}

export function parsePointer(ptr: string): string[] {
  if (ptr === "") return [];
  return ptr
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
