/**
 * One YAML file → located tree + diagnostics. YAML 1.2 core schema (no timestamps: dates stay
 * strings), duplicate keys rejected, aliases expanded under a budget (billion laughs).
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } from "yaml";
import type { Diagnostic } from "../diagnostics/types.js";
import type { At, LNode } from "./located.js";
import type { SourceMap } from "./source-map.js";

/** Nodes that alias expansion may add in one file; far above any real plan's use of anchors. */
export const ALIAS_NODE_BUDGET = 100_000;

export interface FileTree {
  /** Null for an empty file (no content, or comments only) or one that did not parse. */
  tree: LNode | null;
  diagnostics: Diagnostic[];
}

class AliasLimit extends Error {}

/** Parses `text` (BOM already removed) and registers `file` in `map` for its positions. */
export function parseYamlFile(text: string, file: string, map: SourceMap): FileTree {
  const lineCounter = new LineCounter();
  // parseDocument, not parseAllDocuments: a second document is reported as MULTIPLE_DOCS.
  const doc = parseDocument(text, { version: "1.2", schema: "core", uniqueKeys: true, lineCounter });
  const fileIndex = map.addFile(file, lineCounter);
  const diag = (
    offset: number,
    code: Diagnostic["code"],
    message: string,
    severity: Diagnostic["severity"] = "error",
  ): Diagnostic => ({
    ...map.position(fileIndex, offset),
    severity,
    code,
    message,
    path: "",
  });
  const diagnostics: Diagnostic[] = [];
  for (const e of doc.errors)
    diagnostics.push(
      diag(
        e.pos[0],
        e.code === "DUPLICATE_KEY" ? "duplicate-key" : "yaml-syntax",
        yamlMessage(e.code, e.message),
      ),
    );
  for (const w of doc.warnings)
    diagnostics.push(diag(w.pos[0], "yaml-syntax", yamlMessage(w.code, w.message), "warning"));
  if (doc.errors.length > 0 || doc.contents === null) return { tree: null, diagnostics };

  let budget = ALIAS_NODE_BUDGET;
  const at = (node: { range?: [number, number, number] | null }, fallback: At): At =>
    node.range ? { file: fileIndex, offset: node.range[0] } : fallback;

  const walk = (node: unknown, fallback: At, viaAlias: boolean): LNode => {
    if (viaAlias && --budget < 0) throw new AliasLimit();
    if (isAlias(node)) {
      const target = node.resolve(doc);
      if (!target) return { kind: "scalar", at: at(node, fallback), value: null };
      return walk(target, at(node, fallback), true);
    }
    if (isMap(node)) {
      const here = at(node, fallback);
      const entries = new Map<string, { key: number; value: LNode }>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key;
        const keyOffset = isScalar(keyNode) && keyNode.range ? keyNode.range[0] : here.offset;
        if (keyNode !== null && !isScalar(keyNode)) {
          diagnostics.push(diag(keyOffset, "yaml-syntax", "une clé doit être un texte simple"));
          continue;
        }
        const key = String(keyNode === null ? null : keyNode.value);
        const keyAt = { file: fileIndex, offset: keyOffset };
        const value: LNode =
          pair.value === null
            ? { kind: "scalar", at: keyAt, value: null }
            : walk(pair.value, keyAt, viaAlias);
        entries.set(key, { key: keyOffset, value });
      }
      return { kind: "map", at: here, entries };
    }
    if (isSeq(node)) {
      const here = at(node, fallback);
      return { kind: "seq", at: here, items: node.items.map((item) => walk(item, here, viaAlias)) };
    }
    if (isScalar(node)) {
      const v = node.value;
      const value = typeof v === "bigint" ? Number(v) : (v as string | number | boolean | null);
      return { kind: "scalar", at: at(node, fallback), value };
    }
    return { kind: "scalar", at: fallback, value: null };
  };

  try {
    return { tree: walk(doc.contents, { file: fileIndex, offset: 0 }, false), diagnostics };
  } catch (e) {
    if (!(e instanceof AliasLimit)) throw e;
    const message = `les alias YAML (*ancre) se développent en plus de ${ALIAS_NODE_BUDGET} nœuds : réduisez leur imbrication`;
    diagnostics.push(diag(0, "alias-limit", message));
    return { tree: null, diagnostics };
  }
}

const hints: Record<string, string> = {
  TAB_AS_INDENT: "tabulation utilisée pour l’indentation : indentez avec des espaces",
  MISSING_CHAR: "caractère manquant (guillemet ou crochet non fermé ?)",
  BAD_INDENT: "indentation incorrecte : alignez la clé sur ses voisines",
  MULTILINE_IMPLICIT_KEY: "clé sur plusieurs lignes : vérifiez l’indentation ou un `:` manquant",
  UNEXPECTED_TOKEN: "élément inattendu : vérifiez l’indentation et la ponctuation",
  BLOCK_AS_IMPLICIT_KEY: "structure mal indentée : vérifiez l’indentation",
  MULTIPLE_DOCS:
    "un fichier de plan contient un seul document YAML : retirez le séparateur `---` ou scindez le fichier",
  DUPLICATE_KEY: "clé en double dans ce bloc : gardez une seule occurrence",
};

function yamlMessage(code: string, message: string): string {
  if (code === "DUPLICATE_KEY" || code === "MULTIPLE_DOCS") return hints[code];
  const first = message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
  return `${hints[code] ?? "YAML invalide"} (${code} : ${first})`;
}
