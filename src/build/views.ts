/**
 * Which view and which template make each document (docs/documents.md: bundled templates `pca`, `pra`,
 * `psca`, `fiche`, `binder`). Every view carries the shared blocks under `common`, metadata included.
 */
import type { DocumentMeta } from "../doc/model.js";
import type { TemplateName } from "../templates/engine.js";
import type { DocKind, ViewInput } from "../view/input.js";
import { binderView } from "../view/binder.js";
import { fichesView } from "../view/fiches.js";
import { pcaView } from "../view/pca.js";
import { praView } from "../view/pra.js";
import { pscaView } from "../view/psca.js";

/** Documents `build` knows how to render, in the order it writes them. */
export type BuildableDoc = DocKind;

export const buildableDocs: readonly BuildableDoc[] = ["pca", "pra", "psca", "fiches", "binder"];

export const templateOf: Record<BuildableDoc, TemplateName> = {
  pca: "pca",
  pra: "pra",
  psca: "psca",
  fiches: "fiche",
  binder: "binder",
};

export interface DocumentData {
  common: { meta: DocumentMeta };
}

export function documentData(doc: BuildableDoc, input: ViewInput): DocumentData {
  switch (doc) {
    case "pca":
      return pcaView(input);
    case "pra":
      return praView(input);
    case "psca":
      return pscaView(input);
    case "fiches":
      return fichesView(input);
    case "binder":
      return binderView(input);
  }
}
