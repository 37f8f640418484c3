/**
 * Load phase: a plan file or a directory of fragments → plain data + SourceMap + diagnostics.
 * Never throws for bad input; an unreadable path is a diagnostic (`unreadable`, exit 2).
 */
// Synchronous reads: a plan is a handful of small files, and sync I/O halves batch time.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Diagnostic } from "../diagnostics/types.js";
import type { LNode } from "./located.js";
import { flatten } from "./flatten.js";
import { mergeTrees } from "./merge.js";
import { parsePointer, pointer as joinPointer, SourceMap } from "./source-map.js";
import { decodeUtf8 } from "./utf8.js";
import { limits } from "./limits.js";
import { ioReason, readRegularFile, tooBigMessage } from "./read-input.js";
import { parseYamlFile } from "./yaml-tree.js";

export interface LoadedPlan {
  /** The path as given (file or directory). */
  source: string;
  data: unknown;
  map: SourceMap;
  /** Files read, in merge order. */
  files: string[];
  /**
   * Some fragment could not be read or parsed and was left out of the merge: the other
   * fragments are still checked, but keys it may have held can look missing.
   */
  partial: boolean;
  /**
   * Some fragment could not be read at all (unreadable, not UTF-8, over a limit): its ids are
   * unknown, so references into it cannot be checked (docs/plan-format.md « Limites »).
   */
  unread?: boolean;
}

export interface LoadResult {
  plan?: LoadedPlan;
  diagnostics: Diagnostic[];
}

function fileDiagnostic(
  file: string,
  code: Diagnostic["code"],
  message: string,
  line = 1,
  column = 1,
): Diagnostic {
  return { file, line, column, severity: "error", code, message, path: "" };
}

/** Loads one YAML text (tests, stdin), under the same per-file size limit as a file. */
export function loadPlanText(text: string, file: string): LoadResult {
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > limits.fileBytes) {
    return {
      diagnostics: [
        fileDiagnostic(file, "limit-exceeded", tooBigMessage(bytes, limits.fileBytes, "fichier")),
      ],
    };
  }
  return assemble(file, [{ file, text }]);
}

/** Loads the bytes of one YAML file read elsewhere (standard input): same checks as a file. */
export function loadPlanBytes(bytes: Uint8Array, file: string): LoadResult {
  if (bytes.length > limits.fileBytes) {
    const message = tooBigMessage(null, limits.fileBytes, "fichier");
    return { diagnostics: [fileDiagnostic(file, "limit-exceeded", message)] };
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return { diagnostics: [encodingDiagnostic(file, bytes, decoded)] };
  return assemble(file, [{ file, text: decoded.text }]);
}

export async function loadPlan(path: string): Promise<LoadResult> {
  let info;
  try {
    info = statSync(path);
  } catch (e) {
    return { diagnostics: [fileDiagnostic(path, "unreadable", ioReason(e, path))] };
  }
  if (!info.isDirectory() && !info.isFile()) {
    const message = `ce n’est ni un fichier ordinaire ni un dossier (périphérique, tube ou socket)\u00a0: ${path}`;
    return { diagnostics: [fileDiagnostic(path, "unreadable", message)] };
  }
  let files: string[];
  try {
    files = info.isDirectory() ? listYaml(path).map((rel) => join(path, rel)) : [path];
  } catch (e) {
    const where = (e as { path?: string }).path ?? path;
    return { diagnostics: [fileDiagnostic(where, "unreadable", ioReason(e, where))] };
  }
  if (files.length === 0) {
    return {
      diagnostics: [fileDiagnostic(path, "empty-plan", "ce dossier ne contient aucun fichier .yaml ou .yml")],
    };
  }
  const texts: { file: string; text: string }[] = [];
  const diagnostics: Diagnostic[] = [];
  let planBytes = 0;
  for (const file of files) {
    const room = limits.planBytes - planBytes;
    const read = readRegularFile(file, Math.min(limits.fileBytes, room));
    if (!read.ok) {
      // Past the plan limit the remaining fragments are not read at all.
      if (read.code === "limit-exceeded" && room < limits.fileBytes) {
        diagnostics.push(fileDiagnostic(file, read.code, tooBigMessage(null, limits.planBytes, "plan")));
        break;
      }
      diagnostics.push(fileDiagnostic(file, read.code, read.message));
      continue;
    }
    const bytes = read.bytes;
    planBytes += bytes.length;
    const decoded = decodeUtf8(bytes);
    if (!decoded.ok) {
      diagnostics.push(encodingDiagnostic(file, bytes, decoded));
      continue;
    }
    texts.push({ file, text: decoded.text });
  }
  // A fragment that could not be read or decoded is already reported: the plan is not "empty".
  const result = assemble(path, texts, diagnostics.length > 0);
  const all = [...diagnostics, ...result.diagnostics];
  if (result.plan && diagnostics.length > 0) {
    result.plan.partial = true;
    result.plan.unread = true;
  }
  return { plan: result.plan, diagnostics: all };
}

function assemble(
  source: string,
  texts: { file: string; text: string }[],
  partialAlready = false,
): LoadResult {
  const diagnostics: Diagnostic[] = [];
  const trees: LNode[] = [];
  const files: string[] = [];
  const map = new SourceMap();
  let partial = partialAlready;
  for (const { file, text } of texts) {
    const parsed = parseYamlFile(text.replace(/^\uFEFF/, ""), file, map);
    // A fragment's pointers count list items from its own start; in the merged plan they come
    // after the earlier fragments' items.
    for (const d of parsed.diagnostics)
      diagnostics.push(d.path && trees.length > 0 ? { ...d, path: shiftPointer(d.path, trees) } : d);
    files.push(file);
    if (!parsed.tree) {
      // A broken fragment is left out; the others are still worth checking.
      if (parsed.diagnostics.some((d) => d.severity === "error")) partial = true;
      continue;
    }
    if (parsed.tree.kind !== "map") {
      diagnostics.push({
        ...map.position(parsed.tree.at.file, parsed.tree.at.offset),
        severity: "error",
        code: "not-a-mapping",
        message:
          "le plan doit être un bloc de clés (version, establishment, plan, contacts…), pas une liste ni une valeur",
        path: "",
      });
      partial = true;
      continue;
    }
    trees.push(parsed.tree);
  }
  if (trees.length === 0 && partial) return { diagnostics };
  if (trees.length === 0) {
    return {
      diagnostics: [
        ...diagnostics,
        fileDiagnostic(
          texts[0]?.file ?? source,
          "empty-plan",
          "le plan est vide : commencez par `version: 1`",
        ),
      ],
    };
  }
  const merged = mergeTrees(trees, map);
  diagnostics.push(...merged.diagnostics);
  if (!merged.tree) return { diagnostics };
  map.fallbackFile = files[0];
  const data = flatten(merged.tree, map);
  return { plan: { source, data, map, files, partial }, diagnostics };
}

/**
 * `ptr`, local to a fragment, as a pointer of the plan merged after `earlier`: the first list on
 * the way (reached through mappings only, so merged by concatenation) has the earlier fragments'
 * items first; deeper lists belong to one item and keep their indexes.
 */
function shiftPointer(ptr: string, earlier: LNode[]): string {
  const segments = parsePointer(ptr);
  let nodes: LNode[] = earlier;
  for (let i = 0; i < segments.length; i++) {
    const seqs = nodes.filter((n) => n.kind === "seq");
    if (seqs.length > 0 && /^\d+$/.test(segments[i])) {
      const shift = seqs.reduce((sum, n) => sum + (n.kind === "seq" ? n.items.length : 0), 0);
      segments[i] = String(Number(segments[i]) + shift);
      break;
    }
    nodes = nodes.flatMap((n) =>
      n.kind === "map" && n.entries.has(segments[i]) ? [n.entries.get(segments[i])!.value] : [],
    );
    if (nodes.length === 0) break;
  }
  return joinPointer(...segments);
}

/** `*.yaml` / `*.yml` under `dir`, recursively, as `/`-joined relative paths sorted by code unit. */
function listYaml(dir: string, prefix = ""): string[] {
  const out: string[] = [];
  const entries = readdirSync(join(dir, prefix), { withFileTypes: true });
  for (const e of entries) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...listYaml(dir, rel));
    else if (/\.ya?ml$/.test(e.name)) out.push(rel);
  }
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function encodingDiagnostic(
  file: string,
  bytes: Uint8Array,
  decoded: { offset: number; reason: string },
): Diagnostic {
  const { line, column } = lineColumnOfByte(bytes, decoded.offset);
  const reason = `octet invalide à la position ${decoded.offset} : le fichier n’est pas en UTF-8 ; réenregistrez-le en UTF-8`;
  return fileDiagnostic(file, "encoding", decoded.reason || reason, line, column);
}

function lineColumnOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) (line++, (start = i + 1));
  return { line, column: offset - start + 1 };
}
