/**
 * Loading fontkit without brotli's decompressor (render/pdf/fontkit.ts, `withLazyModule`): the
 * module stands in while its parent loads, is loaded on first call only, and leaves the module
 * cache as it was, so other code of the process gets the real module.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fontkit, withLazyModule } from "../../../src/render/pdf/fontkit.js";

const dir = mkdtempSync(join(tmpdir(), "pcapra-lazy-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const require = createRequire(import.meta.url);

/** A parent module requiring `./dep.cjs` at load and calling it later; dep counts its loads. */
function modules(name: string): { parent: string; dep: string; loads: () => number } {
  const parent = join(dir, `${name}-parent.cjs`);
  const dep = join(dir, `${name}-dep.cjs`);
  writeFileSync(parent, `const dep = require("./${name}-dep.cjs");\nmodule.exports = (x) => dep(x) + 1;\n`);
  writeFileSync(
    dep,
    `globalThis.__loads = globalThis.__loads ?? {};\n` +
      `globalThis.__loads[${JSON.stringify(name)}] = (globalThis.__loads[${JSON.stringify(name)}] ?? 0) + 1;\n` +
      `module.exports = (x) => x * 2;\n`,
  );
  const loads = () => (globalThis as { __loads?: Record<string, number> }).__loads?.[name] ?? 0;
  return { parent, dep, loads };
}

describe("withLazyModule", () => {
  it("loads the module on its first call, not when the parent loads", () => {
    const { parent, loads } = modules("a");
    const f = withLazyModule(parent, `./a-dep.cjs`, () => require(parent)) as (x: number) => number;
    expect(loads()).toBe(0);
    expect(f(20)).toBe(41);
    expect(f(1)).toBe(3);
    expect(loads()).toBe(1);
  });

  it("leaves the module cache as it was: others get the real module", () => {
    const { parent, dep, loads } = modules("b");
    withLazyModule(parent, `./b-dep.cjs`, () => require(parent));
    expect(require.cache[dep]).toBeUndefined();
    expect((require(dep) as (x: number) => number)(5)).toBe(10);
    expect(loads()).toBe(1);
  });

  it("keeps a module already loaded", () => {
    const { parent, dep, loads } = modules("c");
    const real = require(dep) as (x: number) => number;
    const f = withLazyModule(parent, `./c-dep.cjs`, () => require(parent)) as (x: number) => number;
    expect(require.cache[dep]?.exports).toBe(real);
    expect(f(2)).toBe(5);
    expect(loads()).toBe(1);
  });

  it("loads fontkit, which then reads the DejaVu font", () => {
    const brotli = createRequire(require.resolve("fontkit")).resolve("brotli/decompress.js");
    const wasLoaded = require.cache[brotli] !== undefined;
    const lib = fontkit();
    expect(typeof lib.create).toBe("function");
    // Without a WOFF2 font, the decompressor stays unloaded (unless another file loaded it).
    if (!wasLoaded) expect(require.cache[brotli]).toBeUndefined();
  });
});
