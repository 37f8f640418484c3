/**
 * One YAML file → located tree + diagnostics. YAML 1.2 core schema (no timestamps: dates stay
 * strings), duplicate keys rejected, aliases expanded under a budget (billion laughs).
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, type Node } from "yaml";
import type { Diagnostic } from "../diagnostics/types.js";
import type { LNode } from "./located.js";
import type { Position } from "./source-map.js";

/** Nodes that alias expansion may add in one file; far above any real plan's use of anchors. */
export const ALIAS_NODE_BUDGET = 100_000;

export interface FileTree {
  /** Null for an empty file (no content, or comments only). */
  tree: LNode | null;
  diagnostics: Diagnostic[];
}

class AliasLimit extends Error {}

export function parseYamlFile(text: string, file: string): FileTree {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, {
    version: "1.2",
    schema: "core",
    uniqueKeys: true,
    lineCounter,
    prettyErrors: true,
  });
  const pos = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  const diagnostics: Diagnostic[] = [];
  const list = Array.isArray(docs) ? docs : [docs];
  for (const doc of list) {
    for (const e of [...doc.errors, ...doc.warnings]) {
      const p = pos(e.pos[0]);
      const duplicate = e.code === "DUPLICATE_KEY";
      diagnostics.push({
        ...p,
        severity: doc.errors.includes(e as never) ? "error" : "warning",
        code: duplicate ? "duplicate-key" : "yaml-syntax",
        message: duplicate
          ? "clé en double dans ce bloc : gardez une seule occurrence"
          : yamlMessage(e.code, e.message),
        path: "",
      });
    }
  }
  if (diagnostics.some((d) => d.severity === "error")) return { tree: null, diagnostics };
  const contentDocs = list.filter((d) => d.contents !== null);
  if (contentDocs.length === 0) return { tree: null, diagnostics };
  if (list.length > 1) {
    const second = list[1];
    diagnostics.push({
      ...pos(second.range[0]),
      severity: "error",
      code: "yaml-syntax",
      message: "un fichier de plan contient un seul document YAML : retirez le séparateur `---` ou scindez le fichier",
      path: "",
    });
    return { tree: null, diagnostics };
  }
  const doc = contentDocs[0];
  let budget = ALIAS_NODE_BUDGET;
  const at = (node: { range?: [number, number, number] | null }, fallback: Position): Position =>
    node.range ? pos(node.range[0]) : fallback;

  const walk = (node: unknown, fallback: Position, viaAlias: boolean): LNode => {
    if (viaAlias && --budget < 0) throw new AliasLimit();
    if (isAlias(node)) {
      const target = node.resolve(doc);
      if (!target) return { kind: "scalar", pos: at(node, fallback), value: null };
      return walk(target, at(node, fallback), true);
    }
    if (isMap(node)) {
      const p = at(node, fallback);
      const entries = new Map<string, { key: Position; value: LNode }>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key as Node | null;
        const keyPos = keyNode && "range" in keyNode && keyNode.range ? pos(keyNode.range[0]) : p;
        const keyValue = isScalar(keyNode) ? keyNode.value : isAlias(keyNode) ? keyNode.source : null;
        if (keyNode !== null && !isScalar(keyNode)) {
          diagnostics.push({ ...keyPos, severity: "error", code: "yaml-syntax", message: "une clé doit être un texte simple", path: "" });
          continue;
        }
        const key = String(keyValue);
        const value = pair.value === null ? { kind: "scalar" as const, pos: keyPos, value: null } : walk(pair.value, keyPos, viaAlias);
        entries.set(key, { key: keyPos, value });
      }
      return { kind: "map", pos: p, entries };
    }
    if (isSeq(node)) {
      const p = at(node, fallback);
      return { kind: "seq", pos: p, items: node.items.map((item) => walk(item, p, viaAlias)) };
    }
    if (isScalar(node)) {
      const v = node.value;
      const value = typeof v === "bigint" ? Number(v) : (v as string | number | boolean | null);
      return { kind: "scalar", pos: at(node, fallback), value };
    }
    return { kind: "scalar", pos: fallback, value: null };
  };

  try {
    const tree = walk(doc.contents, pos(0), false);
    return { tree, diagnostics };
  } catch (e) {
    if (!(e instanceof AliasLimit)) throw e;
    diagnostics.push({
      ...pos(0),
      severity: "error",
      code: "alias-limit",
      message: `les alias YAML (*ancre) se développent en plus de ${ALIAS_NODE_BUDGET} nœuds : réduisez leur imbrication`,
      path: "",
    });
    return { tree: null, diagnostics };
  }
}

function yamlMessage(code: string, message: string): string {
  const first = message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
  const hints: Record<string, string> = {
    TAB_AS_INDENT: "tabulation utilisée pour l’indentation : indentez avec des espaces",
    MISSING_CHAR: "caractère manquant (guillemet ou crochet non fermé ?)",
    BAD_INDENT: "indentation incorrecte : alignez la clé sur ses voisines",
    MULTILINE_IMPLICIT_KEY: "clé sur plusieurs lignes : vérifiez l’indentation ou un `:` manquant",
    UNEXPECTED_TOKEN: "élément inattendu : vérifiez l’indentation et la ponctuation",
    BLOCK_AS_IMPLICIT_KEY: "structure mal indentée : vérifiez l’indentation",
  };
  return `${hints[code] ?? "YAML invalide"} (${code} : ${first})`;
}
