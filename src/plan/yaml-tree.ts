/**
 * One YAML file → located tree + diagnostics. YAML 1.2 core schema (no timestamps: dates stay
 * strings), duplicate keys rejected, aliases expanded under a budget (billion laughs).
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } from "yaml";
import type { Diagnostic } from "../diagnostics/types.js";
import type { At, LNode } from "./located.js";
import { pointer, type SourceMap } from "./source-map.js";
import { errorOffset, keyPathAt, yamlMessage } from "./yaml-errors.js";
import {
  firstInvalidInValue,
  invalidCharacterMessage,
  rawInvalidCharacters,
  replaceInValue,
  replaceRaw,
} from "./characters.js";
import { groupDigits, limits } from "./limits.js";
import { cstTree } from "./yaml-cst.js";

/** Nodes that alias expansion may add in one file; far above any real plan's use of anchors. */
export const ALIAS_NODE_BUDGET = limits.aliasNodes;
/** Forbidden characters reported per file: the first few say enough. */
const MAX_CHARACTER_DIAGNOSTICS = 10;
const TOO_DEEP = `le plan est trop profondément imbriqué (plus de ${limits.depth} niveaux de blocs et de listes)`;

export interface FileTree {
  /** Null for an empty file (no content, or comments only) or one that did not parse. */
  tree: LNode | null;
  diagnostics: Diagnostic[];
}

class AliasLimit extends Error {}

/** Parses `text` (BOM already removed) and registers `file` in `map` for its positions. */
export function parseYamlFile(
  rawText: string,
  file: string,
  map: SourceMap,
  /** `false`: the Composer's road only (tests compare both roads). */
  shortRoad = true,
): FileTree {
  const lineCounter = new LineCounter();
  // Forbidden characters are reported here, then parsed as U+FFFD (same offsets): no output
  // can carry them (docs/plan-format.md).
  const badChars = rawInvalidCharacters(rawText, MAX_CHARACTER_DIAGNOSTICS);
  const text = badChars.length > 0 ? replaceRaw(rawText) : rawText;
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
  // Positions are read from the line starts the parser records: the forbidden characters found
  // above are placed once the text is parsed.
  const diagnostics: Diagnostic[] = [];
  const placeBadChars = () =>
    diagnostics.unshift(
      ...badChars.map((b) => diag(b.offset, "invalid-character", invalidCharacterMessage(b.ch))),
    );

  let budget = ALIAS_NODE_BUDGET;
  let charBudget = limits.aliasChars;
  let tooDeep = false;
  /** A text value or key checked for length and forbidden characters (reported once, not per alias). */
  const checkText = (value: string, offset: number, viaAlias: boolean): string => {
    if (viaAlias && (charBudget -= value.length) < 0) throw new AliasLimit();
    if (viaAlias) return value;
    let out = value;
    if (out.length > limits.stringChars) {
      diagnostics.push(
        diag(
          offset,
          "limit-exceeded",
          `texte de ${groupDigits(out.length)} caractères\u00a0: la limite est de ${groupDigits(limits.stringChars)} caractères par valeur`,
        ),
      );
      out = out.slice(0, limits.stringChars);
    }
    const bad = firstInvalidInValue(out);
    if (bad !== null) {
      diagnostics.push(diag(offset, "invalid-character", invalidCharacterMessage(bad)));
      out = replaceInValue(out);
    }
    return out;
  };

  // Plain plans take the short road (yaml-cst.ts); tabs and CR are left to the Composer, which
  // alone knows when they are indentation errors.
  if (shortRoad && !/[\t\r]/.test(text)) {
    const reported = diagnostics.length;
    const tree = withQuickEnv(() =>
      cstTree(text, lineCounter.addNewLine, {
        fileIndex,
        checkText: (value, offset) => checkText(value, offset, false),
      }),
    );
    if (tree) {
      placeBadChars();
      return { tree, diagnostics };
    }
    // Back to the full road: what the short one reported is reported again there.
    diagnostics.length = reported;
    lineCounter.lineStarts.length = 0;
  }
  // parseDocument, not parseAllDocuments: a second document is reported as MULTIPLE_DOCS.
  const doc = withQuickEnv(() =>
    parseDocument(text, { version: "1.2", schema: "core", uniqueKeys: true, lineCounter }),
  );
  placeBadChars();
  // Every duplicate key is its own mistake; after the first syntax error the parser's further
  // errors are mostly echoes of it (the lines after a bad indent look bad too): keep the first.
  const firstSyntax = doc.errors.find((e) => e.code !== "DUPLICATE_KEY");
  for (const e of doc.errors) {
    if (e.code === "DUPLICATE_KEY") {
      const keyPath = keyPathAt(doc.contents, e.pos[0]);
      diagnostics.push({
        ...diag(
          e.pos[0],
          "duplicate-key",
          keyPath
            ? `clé « ${keyPath[keyPath.length - 1]} » en double dans ce bloc : gardez une seule occurrence`
            : yamlMessage(e.code, e.message),
        ),
        path: keyPath ? pointer(...keyPath) : "",
      });
    } else if (e === firstSyntax && e.code === "RESOURCE_EXHAUSTION") {
      // The parser ran out of stack on nesting: say so, not "check the indentation".
      diagnostics.push(diag(e.pos[0], "limit-exceeded", TOO_DEEP));
    } else if (e === firstSyntax) {
      diagnostics.push(diag(errorOffset(e, doc, text), "yaml-syntax", yamlMessage(e.code, e.message)));
    }
  }
  for (const w of doc.warnings)
    diagnostics.push(diag(w.pos[0], "yaml-syntax", yamlMessage(w.code, w.message), "warning"));
  // A document with no content at all (`---` and comments) is as empty as an empty file.
  const contents = doc.contents;
  const blank = isScalar(contents) && contents.value === null && contents.source === "";
  if (doc.errors.length > 0 || contents === null || blank) return { tree: null, diagnostics };

  // The alias written in the plan (not one inside an anchor) whose expansion is under way: the
  // offending value when the budget runs out.
  let outerAlias = 0;
  const at = (node: { range?: [number, number, number] | null }, fallback: At): At =>
    node.range ? { file: fileIndex, offset: node.range[0] } : fallback;

  const walk = (node: unknown, fallback: At, viaAlias: boolean, depth: number): LNode => {
    if (viaAlias && --budget < 0) throw new AliasLimit();
    if (isAlias(node)) {
      if (!viaAlias && node.range) outerAlias = node.range[0];
      const target = node.resolve(doc);
      if (!target) return { kind: "scalar", at: at(node, fallback), value: null };
      return walk(target, at(node, fallback), true, depth);
    }
    if ((isMap(node) || isSeq(node)) && depth > limits.depth) {
      // Cut here: later phases never see more than `limits.depth` levels.
      const here = at(node, fallback);
      if (!tooDeep) diagnostics.push(diag(here.offset, "limit-exceeded", TOO_DEEP));
      tooDeep = true;
      return { kind: "scalar", at: here, value: null };
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
        const key = checkText(String(keyNode === null ? null : keyNode.value), keyOffset, viaAlias);
        const keyAt = { file: fileIndex, offset: keyOffset };
        const value: LNode =
          pair.value === null
            ? { kind: "scalar", at: keyAt, value: null }
            : walk(pair.value, keyAt, viaAlias, depth + 1);
        entries.set(key, { key: keyOffset, value });
      }
      return { kind: "map", at: here, entries };
    }
    if (isSeq(node)) {
      const here = at(node, fallback);
      return {
        kind: "seq",
        at: here,
        items: node.items.map((item) => walk(item, here, viaAlias, depth + 1)),
      };
    }
    if (isScalar(node)) {
      const v = node.value;
      const here = at(node, fallback);
      const value =
        typeof v === "bigint"
          ? Number(v)
          : typeof v === "string"
            ? checkText(v, here.offset, viaAlias)
            : (v as string | number | boolean | null);
      return { kind: "scalar", at: here, value };
    }
    return { kind: "scalar", at: fallback, value: null };
  };

  try {
    return { tree: walk(doc.contents, { file: fileIndex, offset: 0 }, false, 1), diagnostics };
  } catch (e) {
    if (!(e instanceof AliasLimit)) throw e;
    const message =
      `les alias YAML (*ancre) se développent en plus de ${groupDigits(ALIAS_NODE_BUDGET)} nœuds ` +
      `ou ${groupDigits(limits.aliasChars)} caractères\u00a0: réduisez leur imbrication ou leur taille`;
    diagnostics.push(diag(outerAlias, "alias-limit", message));
    return { tree: null, diagnostics };
  }
}

/**
 * Runs the yaml library with a quick `process.env`: its Parser reads `process.env.LOG_TOKENS` once
 * per token (its Composer LOG_STREAM once per document), and Node's process.env is backed by C++
 * whose every read costs about 0.1 µs: 15–20 % of the parser's time on a plan. While the
 * library runs (synchronously: no other code runs meanwhile), process.env is an object that owns
 * those two keys, with the same values, and inherits every other one from the real environment.
 */
function withQuickEnv<T>(run: () => T): T {
  const real = process.env;
  const quick = Object.create(real, {
    LOG_TOKENS: { value: real.LOG_TOKENS, enumerable: true },
    LOG_STREAM: { value: real.LOG_STREAM, enumerable: true },
  }) as NodeJS.ProcessEnv;
  try {
    process.env = quick;
  } catch {
    return run();
  }
  try {
    return run();
  } finally {
    process.env = real;
  }
}
