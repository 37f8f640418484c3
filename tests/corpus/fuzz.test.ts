/**
 * Robustness: whatever the input (random bytes, or a good plan with random edits), loading and
 * analysing never throws, and every diagnostic is well-formed: a known code, 1-based positions,
 * a non-empty message, a JSON pointer path.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { analyzeLoaded } from "../../src/analyze.js";
import type { Diagnostic } from "../../src/diagnostics/types.js";
import { loadPlan, loadPlanText } from "../../src/plan/load.js";

/** Codes of docs/plan-format.md and docs/recovery.md (plus `unreadable`, the CLI's exit-2 case). */
const known = new Set([
  "yaml-syntax",
  "duplicate-key",
  "encoding",
  "empty-plan",
  "alias-limit",
  "not-a-mapping",
  "unsupported-version",
  "required",
  "unknown-key",
  "invalid-type",
  "invalid-enum",
  "invalid-id",
  "invalid-duration",
  "invalid-date",
  "invalid-finess",
  "merge-conflict",
  "duplicate-id",
  "degraded-procedure-incomplete",
  "unknown-reference",
  "unreadable",
  "invalid-character",
  "limit-exceeded",
  "rto-unreachable",
  "rto-exceeds-mtpd",
  "rpo-unmet",
  "no-backup",
  "no-offline-backup",
  "restore-test-stale",
  "no-degraded-procedure",
  "cover-not-direct",
  "missing-deputy",
  "orphan-resource",
  "no-recovery-estimate",
  "missing-phone",
  "dependency-cycle",
]);

function checkDiagnostics(diags: Diagnostic[]): void {
  for (const d of diags) {
    expect(known.has(d.code), `code connu : ${d.code}`).toBe(true);
    expect(["error", "warning", "info"]).toContain(d.severity);
    expect(Number.isInteger(d.line) && d.line >= 1, `${d.code} line ${d.line}`).toBe(true);
    expect(Number.isInteger(d.column) && d.column >= 1, `${d.code} column ${d.column}`).toBe(true);
    expect(d.message.trim().length, `${d.code}: message`).toBeGreaterThan(0);
    expect(d.path === "" || d.path.startsWith("/"), `${d.code}: path ${d.path}`).toBe(true);
  }
}

function analyzeText(text: string): Diagnostic[] {
  const a = analyzeLoaded(loadPlanText(text, "fuzz.yaml"));
  return a.diagnostics;
}

const here = fileURLToPath(new URL(".", import.meta.url));
const good = readFileSync(join(here, "good/g02-full-sanitaire.yaml"), "utf8");
const goodLines = good.split("\n");

/** One edit of the kind a hurried author makes. */
type Edit =
  | { op: "delete"; at: number }
  | { op: "insert"; at: number; text: string }
  | { op: "dupLine"; line: number }
  | { op: "dropLine"; line: number }
  | { op: "indent"; line: number; by: number };

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant("delete" as const), at: fc.nat() }),
  fc.record({
    op: fc.constant("insert" as const),
    at: fc.nat(),
    text: fc.constantFrom(
      ":",
      "-",
      "\t",
      '"',
      "'",
      "&a ",
      "*a",
      "[",
      "{",
      "#",
      " ",
      "\n",
      ": x",
      "- ",
      "\uFEFF",
      "x-k: 1\n",
      "---\n",
    ),
  }),
  fc.record({ op: fc.constant("dupLine" as const), line: fc.nat() }),
  fc.record({ op: fc.constant("dropLine" as const), line: fc.nat() }),
  fc.record({ op: fc.constant("indent" as const), line: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
);

function apply(text: string, edit: Edit): string {
  if (edit.op === "delete" || edit.op === "insert") {
    const at = text.length === 0 ? 0 : edit.at % text.length;
    return edit.op === "delete"
      ? text.slice(0, at) + text.slice(at + 1)
      : text.slice(0, at) + edit.text + text.slice(at);
  }
  const lines = text.split("\n");
  const i = lines.length === 0 ? 0 : edit.line % lines.length;
  if (edit.op === "dupLine") lines.splice(i, 0, lines[i] ?? "");
  else if (edit.op === "dropLine") lines.splice(i, 1);
  else
    lines[i] =
      edit.by >= 0
        ? " ".repeat(edit.by) + lines[i]
        : (lines[i] ?? "").replace(new RegExp(`^ {0,${-edit.by}}`), "");
  return lines.join("\n");
}

describe("fuzz: load + analyze never throw, diagnostics well-formed", () => {
  it("the unedited plan is valid (the mutations start from a good plan)", () => {
    expect(analyzeText(good).filter((d) => d.severity === "error")).toEqual([]);
    expect(goodLines.length).toBeGreaterThan(100);
  });

  it("random text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => {
        checkDiagnostics(analyzeText(text));
      }),
      { numRuns: 300, seed: 20260315 },
    );
  });

  it("random YAML-ish text from a small alphabet", () => {
    const yamlish = fc.string({
      unit: fc.constantFrom(
        "a",
        "b",
        "1",
        ":",
        " ",
        "  ",
        "-",
        "\n",
        "\t",
        '"',
        "'",
        "[",
        "]",
        "{",
        "}",
        ",",
        "&x",
        "*x",
        "#",
        "version: 1\n",
        "id: a\n",
      ),
      maxLength: 60,
    });
    fc.assert(
      fc.property(yamlish, (text) => {
        checkDiagnostics(analyzeText(text));
      }),
      { numRuns: 400, seed: 7 },
    );
  });

  it("mutations of a good plan", () => {
    fc.assert(
      fc.property(fc.array(editArb, { minLength: 1, maxLength: 5 }), (edits) => {
        const text = edits.reduce(apply, good);
        checkDiagnostics(analyzeText(text));
      }),
      { numRuns: 300, seed: 42 },
    );
  });

  const dir = mkdtempSync(join(tmpdir(), "pcapra-fuzz-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("random bytes from a file (UTF-8 decoding included)", async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), fc.boolean(), async (bytes, withPlan) => {
        // Half the time, bytes spliced into a good plan, so decoding errors land mid-file.
        const data = withPlan
          ? Buffer.concat([Buffer.from(good.slice(0, 400)), bytes, Buffer.from(good.slice(400))])
          : bytes;
        const file = join(dir, `f${n++}.yaml`);
        writeFileSync(file, data);
        checkDiagnostics(analyzeLoaded(await loadPlan(file)).diagnostics);
      }),
      { numRuns: 200, seed: 3 },
    );
  });
});
