/**
 * The input limits of docs/plan-format.md « Limites »: far above any real plan (the CH example is
 * 60 KB), low enough that a hostile plan cannot exhaust memory or time. Each one is reported as a
 * `limit-exceeded` (or `alias-limit`) diagnostic at the position where it is crossed.
 */
export const limits = {
  /** Bytes of one YAML file (also standard input). */
  fileBytes: 4 * 1024 * 1024,
  /** Bytes of all the fragments of one plan together. */
  planBytes: 16 * 1024 * 1024,
  /** Characters of one text value or key, after YAML escapes are decoded. */
  stringChars: 100_000,
  /** Nested mappings and lists (the top-level mapping is depth 1). */
  depth: 32,
  /** Nodes that alias expansion may add in one file (billion laughs). */
  aliasNodes: 100_000,
  /** Characters that alias expansion may add in one file (one big anchored text aliased often). */
  aliasChars: 1_000_000,
} as const;

/** `1 048 576` with U+202F grouping, as in every French message of pcapra. */
export function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, "\u202f");
}

/** `4 Mio` / `512 Kio` / `12 octets`: limits and sizes in messages. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${groupDigits(n / (1024 * 1024))}\u00a0Mio`;
  if (n >= 1024 && n % 1024 === 0) return `${groupDigits(n / 1024)}\u00a0Kio`;
  return `${groupDigits(n)}\u00a0octets`;
}
