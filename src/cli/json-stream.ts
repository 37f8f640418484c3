/**
 * `JSON.stringify(value, null, 2) + "\n"` written in pieces: the same bytes, without building one
 * string of the whole document. `priorities --format json` on 20,000 resources is 140 MB of JSON;
 * as one string (two bytes a character once a name has an accent) and its UTF-8 copy it doubled
 * the peak memory and most of the output time went to garbage collection.
 */

/** Pieces are gathered up to this many characters before one write. */
const CHUNK = 1 << 16;

/**
 * Writes `value` as `JSON.stringify(value, null, 2)` followed by a line feed. The first `depth`
 * levels of plain arrays and objects are walked here, deeper values are stringified whole and
 * re-indented (a JSON text holds no raw line feed inside its strings, so every line feed is
 * between tokens).
 */
export function writeJson(value: unknown, write: (text: string) => void, depth = 2): void {
  let buffer = "";
  const out = (text: string) => {
    buffer += text;
    if (buffer.length >= CHUNK) {
      write(buffer);
      buffer = "";
    }
  };
  emit(value, 0, depth, out);
  write(buffer + "\n");
}

/** What JSON.stringify leaves out of an object (and writes as null in an array). */
function skipped(v: unknown): boolean {
  return v === undefined || typeof v === "function" || typeof v === "symbol";
}

function emit(value: unknown, level: number, depth: number, out: (text: string) => void): void {
  const plain =
    value !== null &&
    typeof value === "object" &&
    typeof (value as { toJSON?: unknown }).toJSON !== "function" &&
    (Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype);
  if (level >= depth || !plain) {
    const text = JSON.stringify(value, null, 2) ?? "null";
    out(level === 0 ? text : text.replace(/\n/g, "\n" + "  ".repeat(level)));
    return;
  }
  const pad = "  ".repeat(level + 1);
  if (Array.isArray(value)) {
    if (value.length === 0) return out("[]");
    out("[");
    value.forEach((item, i) => {
      out((i > 0 ? ",\n" : "\n") + pad);
      emit(skipped(item) ? null : item, level + 1, depth, out);
    });
    out("\n" + "  ".repeat(level) + "]");
    return;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => !skipped(v));
  if (entries.length === 0) return out("{}");
  out("{");
  entries.forEach(([key, v], i) => {
    out((i > 0 ? ",\n" : "\n") + pad + JSON.stringify(key) + ": ");
    emit(v, level + 1, depth, out);
  });
  out("\n" + "  ".repeat(level) + "}");
}
