/**
 * Which backends render the kit. DOCX goes through the same renderer as `build`; the PDF backend
 * is not in this version yet, so asking for it explicitly is a usage error and the default
 * (docx and pdf) writes the DOCX with a note, as `build` does.
 */
import type { Document } from "../doc/model.js";
import { renderDocx } from "../render/docx/index.js";
import type { KitFormat } from "./options.js";

export type KitDocFormat = "docx" | "pdf";

/** Formats this version can write. */
const available: readonly KitDocFormat[] = ["docx"];

export function buildDocumentsNote(
  asked: readonly KitFormat[],
  byDefault: boolean,
): { formats: KitDocFormat[]; messages: string[]; error?: string } {
  const docs = asked.filter((f): f is KitDocFormat => f !== "json");
  const missing = docs.filter((f) => !available.includes(f));
  if (missing.length > 0 && !byDefault) {
    return {
      formats: [],
      messages: [],
      error:
        "le format PDF (--format pdf) n’est pas encore disponible dans cette version de pcapra\u202f: utilisez --format docx.",
    };
  }
  return {
    formats: docs.filter((f) => available.includes(f)),
    messages:
      missing.length > 0
        ? ["l’édition PDF n’est pas encore disponible\u202f; seul le kit DOCX est produit."]
        : [],
  };
}

export async function renderKit(doc: Document, format: KitDocFormat): Promise<Uint8Array> {
  if (format === "docx") return renderDocx(doc);
  throw new Error(`format ${format} non disponible`);
}
