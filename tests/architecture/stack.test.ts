/**
 * The stack is part of the product contract (README, docs/architecture.md): yargs, handlebars,
 * yaml, ajv, docx, pdf-lib (+ fontkit for TrueType), vitest. Well-kept libraries of the
 * field own parsing, validation, packaging and PDF objects; a backend that drops its library
 * fails here.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

function sourcesOf(dir: string): string {
  return readdirSync(join(root, dir), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(".ts"))
    .map((f) => readFileSync(join(root, dir, f), "utf8"))
    .join("\n");
}

/** `from "lib"`, `import("lib")` or `require("lib")`, subpaths included (`ajv/dist/2020.js`). */
function importsOf(source: string, lib: string): boolean {
  const name = lib.replace(/[/.]/g, (c) => `\\${c}`);
  return new RegExp(`(?:from\\s+|import\\(|require\\()["']${name}(?:/[^"']*)?["']`).test(source);
}

describe("the stack named by the product contract", () => {
  it("is declared with pinned versions", () => {
    for (const lib of ["yargs", "handlebars", "yaml", "ajv", "docx", "pdf-lib", "fontkit"])
      expect(pkg.dependencies[lib], lib).toMatch(/^\d+\.\d+\.\d+$/);
    expect(pkg.devDependencies["vitest"]).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("writes PDF objects with pdf-lib and subsets fonts with fontkit", () => {
    const pdf = sourcesOf("src/render/pdf");
    expect(importsOf(pdf, "pdf-lib"), "src/render/pdf imports pdf-lib").toBe(true);
    expect(importsOf(pdf, "fontkit"), "src/render/pdf imports fontkit").toBe(true);
  });

  it("packages DOCX with docx, parses YAML with yaml, validates with ajv, templates with handlebars", () => {
    expect(importsOf(sourcesOf("src/render/docx"), "docx")).toBe(true);
    expect(importsOf(sourcesOf("src/plan"), "yaml")).toBe(true);
    expect(importsOf(sourcesOf("src/templates"), "handlebars")).toBe(true);
    expect(importsOf(sourcesOf("src/cli"), "yargs")).toBe(true);
    expect(importsOf(sourcesOf("src/schema"), "ajv")).toBe(true);
  });
});
