/**
 * Writes tests/corpus/bad/** and bad/expected.json from the cases of bad-cases.mjs. Each case is a small
 * mutation of base-plan.mjs; `«` marks where the spec puts each expected error (docs/plan-format.md:
 * `required` on the parent mapping, `unknown-key` on the key, everything else on the offending
 * value, later location for duplicate-id / merge-conflict). Markers are removed from the written
 * files and turned into line/column, so positions are computed, not hand-counted.
 * Run: node tests/corpus/generate-bad.mjs (the output is committed; the test reads it).
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { byteCases, cases, M, R } from "./bad-cases.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "bad");

/** Line/column (1-based, UTF-16 units) of every marker, and the text without markers. */
function locate(text) {
  const marks = [];
  const refs = [];
  let clean = "";
  let line = 1;
  let col = 1;
  for (const ch of text) {
    if (ch === M || ch === R) {
      (ch === M ? marks : refs).push({ line, column: col });
      continue;
    }
    clean += ch;
    if (ch === "\n") {
      line++;
      col = 1;
    } else col += ch.length;
  }
  return { clean, marks, refs };
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const manifest = {};
for (const [name, c] of Object.entries(cases)) {
  const errors = [];
  const texts = c.files ?? { [""]: c.text };
  const posByFile = {};
  const refs = [];
  for (const [rel, text] of Object.entries(texts)) {
    const { clean, marks, refs: fileRefs } = locate(text);
    refs.push(...fileRefs);
    const target = rel ? join(out, name, rel) : join(out, name);
    mkdirSync(dirname(target), { recursive: true });
    const body = c.crlf ? clean.replace(/\n/g, "\r\n") : clean;
    writeFileSync(target, (c.bom ? "\uFEFF" : "") + body);
    posByFile[rel] = marks;
  }
  if (c.files) mkdirSync(join(out, name), { recursive: true });
  // Markers are consumed per file in the order errors name them (file-less errors use "").
  const cursor = {};
  for (const e of c.errors) {
    const key = c.files
      ? (e.file ?? Object.keys(texts).find((k) => posByFile[k].length > (cursor[k] ?? 0)))
      : "";
    const i = cursor[key] ?? 0;
    cursor[key] = i + 1;
    // Directory cases with no marker (empty-plan): the whole plan, 1:1.
    const m = posByFile[key]?.[i] ?? { line: 1, column: 1 };
    const { anyAlias, ref, ...rest } = e;
    if (ref) {
      const r = refs.shift();
      rest.messageIncludes = [...(rest.messageIncludes ?? []), `:${r.line}:${r.column}`];
    }
    errors.push({
      ...rest,
      severity: "error",
      ...(anyAlias
        ? { line: null, column: null, positionIsAlias: true }
        : { line: m.line, column: m.column }),
    });
  }
  manifest[name] = { errors, ...(c.note ? { note: c.note } : {}) };
}
for (const [name, c] of Object.entries(byteCases)) {
  writeFileSync(join(out, name), c.bytes);
  manifest[name] = { errors: c.errors.map((e) => ({ severity: "error", ...e })), note: c.note };
}
writeFileSync(join(out, "expected.json"), JSON.stringify(manifest, null, 2) + "\n");
console.log(Object.keys(manifest).length, "bad cases");
