/**
 * Conformance corpus written from docs/plan-format.md alone (not from the implementation): every good
 * plan validates with no error, every bad input gives exactly the errors of bad/expected.json
 * (code, line, column, path; file for fragments). The corpus goes through the real CLI.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { cli } from "../cli/helpers.js";

const here = fileURLToPath(new URL(".", import.meta.url));
const goodDir = join(here, "good");
const badDir = join(here, "bad");

interface Expected {
  code: string;
  severity: "error";
  line: number | null;
  column: number | null;
  path: string | null;
  file?: string;
  messageIncludes?: string[];
  /** alias-limit: the spec sets no limit, so we only check the position is an alias (`*`). */
  positionIsAlias?: boolean;
}
interface Case {
  errors: Expected[];
  note?: string;
}
interface JsonDiagnostic {
  file: string;
  line: number;
  column: number;
  severity: string;
  code: string;
  message: string;
  path: string;
}
interface JsonOutput {
  plans: { source: string; valid: boolean; diagnostics: JsonDiagnostic[] }[];
  summary: { plans: number; valid: number; invalid: number };
}

const manifest = JSON.parse(readFileSync(join(badDir, "expected.json"), "utf8")) as Record<string, Case>;
const goods = readdirSync(goodDir).sort();
const bads = readdirSync(badDir)
  .filter((n) => n !== "expected.json")
  .sort();

/** Words that give away an English message (French messages use none of them as words). */
const english =
  /\b(the|must|should|expected|unexpected|missing|allowed|property|not found|is not|invalid|required|unknown)\b/i;

async function validate(path: string) {
  const r = await cli(["validate", "--format", "json", path]);
  expect(r.stderr, "no crash").not.toMatch(/erreur interne/i);
  const out = JSON.parse(r.stdout) as JsonOutput;
  expect(out.plans).toHaveLength(1);
  const diags = out.plans[0]!.diagnostics;
  for (const d of diags) {
    expect(d.message.trim(), `${d.code}: message non vide`).not.toBe("");
    // Codes, ids and enum values are English by contract: strip `quoted`, «quoted» and ids.
    const prose = d.message.replace(/`[^`]*`|«[^»]*»|"[^"]*"/g, "");
    expect(prose, `${d.code}: message en français`).not.toMatch(english);
    // French typography: U+00A0 before `:`, U+202F before `; ! ?` — never a plain space.
    expect(prose, `${d.code}: typographie`).not.toMatch(/ [:;!?]/);
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
  }
  return { code: r.code, out, diags };
}

describe("corpus/good: valid plans written from the spec", () => {
  it("covers at least a dozen plans", () => expect(goods.length).toBeGreaterThanOrEqual(12));
  for (const name of goods) {
    it(name, async () => {
      const { code, out, diags } = await validate(join(goodDir, name));
      expect(diags.filter((d) => d.severity === "error")).toEqual([]);
      expect(code).toBe(0);
      expect(out.plans[0]!.valid).toBe(true);
    });
  }
});

describe("corpus/bad: one problem each, exact diagnostics", () => {
  it("every bad input has an expectation and vice versa", () => {
    expect(bads).toEqual(Object.keys(manifest).sort());
  });
  for (const name of bads) {
    const c = manifest[name]!;
    it(`${name}${c.note ? ` — ${c.note}` : ""}`, async () => {
      const path = join(badDir, name);
      const { code, out, diags } = await validate(path);
      expect(code).toBe(1);
      expect(out.plans[0]!.valid).toBe(false);
      const errors = diags.filter((d) => d.severity === "error");
      const key = (e: { code: string; line: number | null; column: number | null; path: string | null }) =>
        `${e.code} ${e.line ?? "*"}:${e.column ?? "*"} ${e.path ?? "*"}`;
      const actual = errors
        .map((d, i) => {
          const want = c.errors[i];
          // Unchecked fields (null in the manifest) are masked so that the comparison says why.
          return key({
            code: d.code,
            line: want?.line === null ? null : d.line,
            column: want?.column === null ? null : d.column,
            path: want?.path === null ? null : d.path,
          });
        })
        .sort();
      expect(actual).toEqual(c.errors.map(key).sort());
      for (const want of c.errors) {
        const got = errors.find((d) => d.code === want.code && (want.path === null || d.path === want.path))!;
        if (want.file) expect(got.file.replaceAll("\\", "/").endsWith("/" + want.file)).toBe(true);
        for (const s of want.messageIncludes ?? []) expect(got.message).toContain(s);
        if (want.positionIsAlias) {
          const line = readFileSync(path, "utf8").split("\n")[got.line - 1] ?? "";
          expect(line[got.column - 1]).toBe("*");
        }
      }
    });
  }
  it("an unreadable path exits 2 without crashing", async () => {
    const r = await cli(["validate", "--format", "json", join(badDir, "does-not-exist.yaml")]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/erreur interne/i);
  });
});

/** `*.yaml` / `*.yml` files under `dir`, recursively. */
function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? yamlFiles(p) : /\.ya?ml$/.test(n) ? [p] : [];
  });
}

describe("corpus/good against the published JSON Schemas, as an editor reads them", () => {
  // An editor knows nothing of pcapra's formats: ajv with formats as annotations.
  const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
  const read = (name: string) =>
    JSON.parse(readFileSync(join(here, "../../schemas", name), "utf8")) as object;
  const full = ajv.compile(read("plan.schema.json"));
  const fragment = ajv.compile(read("plan-fragment.schema.json"));
  const load = (file: string): unknown =>
    parse(readFileSync(file, "utf8").replace(/^\uFEFF/, ""), { version: "1.2" });
  for (const name of goods) {
    const path = join(goodDir, name);
    it(name, () => {
      if (!statSync(path).isDirectory()) {
        expect(full(load(path)), JSON.stringify(full.errors)).toBe(true);
        return;
      }
      for (const file of yamlFiles(path)) {
        const data = load(file);
        if (data === null) continue; // empty fragments are ignored
        fragment(data);
        // Debatable reading, kept: docs/plan-format.md says the fragment schema is the plan schema
        // "without required top-level keys", so `establishment`, `plan` and `crisis` keep their
        // required keys even though the merge lets a fragment hold only part of them
        // (g05-fragments/01-establishment.yml). Those `required` errors are expected.
        const errors = (fragment.errors ?? []).filter(
          (e) => !(e.keyword === "required" && /^\/(establishment|plan|crisis)$/.test(e.instancePath)),
        );
        expect(errors, file).toEqual([]);
      }
    });
  }
});
