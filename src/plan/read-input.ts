/**
 * Reading plan files without trusting them: only regular files are opened (a FIFO would block,
 * `/dev/zero` would never end), with O_NONBLOCK so that even a file swapped for a FIFO after the
 * listing cannot hang the reader, and never more than the per-file limit is read
 * (docs/plan-format.md « Limites »).
 */
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { formatBytes, limits } from "./limits.js";

export type ReadResult =
  { ok: true; bytes: Uint8Array } | { ok: false; code: "unreadable" | "limit-exceeded"; message: string };

/** The French reason of a failed open or read, naming the path. */
export function ioReason(error: unknown, path: string): string {
  const code = (error as { code?: string })?.code;
  switch (code) {
    case "ENOENT":
      return `chemin introuvable\u00a0: ${path}`;
    case "EACCES":
    case "EPERM":
      return `lecture refusée (droits insuffisants)\u00a0: ${path}`;
    case "ENOTDIR":
      return `un élément du chemin n’est pas un dossier\u00a0: ${path}`;
    case "ELOOP":
      return `trop de liens symboliques en boucle\u00a0: ${path}`;
    case "ENAMETOOLONG":
      return `chemin trop long\u00a0: ${path}`;
    default:
      return `chemin illisible (${code ?? "erreur inconnue"})\u00a0: ${path}`;
  }
}

export function tooBigMessage(size: number | null, limit: number, what: "fichier" | "plan"): string {
  const size_ = size === null ? `plus de ${formatBytes(limit)}` : formatBytes(size);
  return what === "fichier"
    ? `fichier trop volumineux (${size_})\u00a0: la limite est de ${formatBytes(limit)} par fichier`
    : `plan trop volumineux (${size_} au total)\u00a0: la limite est de ${formatBytes(limit)} par plan`;
}

/** Reads at most `max` bytes of a regular file; anything else is `unreadable`. */
export function readRegularFile(path: string, max: number = limits.fileBytes): ReadResult {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    return { ok: false, code: "unreadable", message: ioReason(e, path) };
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) {
      return {
        ok: false,
        code: "unreadable",
        message: `ce n’est pas un fichier ordinaire (périphérique, tube ou socket)\u00a0: ${path}`,
      };
    }
    if (info.size > max)
      return { ok: false, code: "limit-exceeded", message: tooBigMessage(info.size, max, "fichier") };
    // The size may lie (/proc, a file growing while read): read at most max + 1 bytes.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buffer = Buffer.allocUnsafe(Math.min(64 * 1024, max + 1 - total));
      const n = readSync(fd, buffer, 0, buffer.length, null);
      if (n === 0) break;
      chunks.push(buffer.subarray(0, n));
      total += n;
      if (total > max)
        return { ok: false, code: "limit-exceeded", message: tooBigMessage(null, max, "fichier") };
    }
    return { ok: true, bytes: Buffer.concat(chunks, total) };
  } catch (e) {
    return { ok: false, code: "unreadable", message: ioReason(e, path) };
  } finally {
    closeSync(fd);
  }
}
