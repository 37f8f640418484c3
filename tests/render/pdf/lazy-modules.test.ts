/**
 * Stand-ins for modules a dependency loads but may never call (render/pdf/lazy-modules.ts, used
 * by fontkit.ts): the real module is loaded on first use only, and the module cache is left as
 * it was, so other code of the process gets the real module.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fontkit } from "../../../src/render/pdf/fontkit.js";
import { fontOf } from "../../../src/render/pdf/fonts.js";
import { withStandIns, type StandIn } from "../../../src/render/pdf/lazy-modules.js";

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

/** A function stand-in that calls the real one (as fontkit's brotli). */
const forwarding = (request: string): StandIn[] => [
  { request, exports: (real) => (x: number) => (real() as (x: number) => number)(x) },
];

describe("withStandIns", () => {
  it("loads the module on its first call, not when the parent loads", () => {
    const { parent, loads } = modules("a");
    const f = withStandIns(parent, forwarding("./a-dep.cjs"), () => require(parent)) as (x: number) => number;
    expect(loads()).toBe(0);
    expect(f(20)).toBe(41);
    expect(f(1)).toBe(3);
    expect(loads()).toBe(1);
  });

  it("leaves the module cache as it was: others get the real module", () => {
    const { parent, dep, loads } = modules("b");
    withStandIns(parent, forwarding("./b-dep.cjs"), () => require(parent));
    expect(require.cache[dep]).toBeUndefined();
    expect((require(dep) as (x: number) => number)(5)).toBe(10);
    expect(loads()).toBe(1);
  });

  it("keeps a module already loaded", () => {
    const { parent, dep, loads } = modules("c");
    const real = require(dep) as (x: number) => number;
    const f = withStandIns(parent, forwarding("./c-dep.cjs"), () => require(parent)) as (x: number) => number;
    expect(require.cache[dep]?.exports).toBe(real);
    expect(f(2)).toBe(5);
    expect(loads()).toBe(1);
  });

  it("gives the real module to a stand-in used while its parent still loads", () => {
    const { parent, dep, loads } = modules("d");
    // The parent calls its dependency at load: the real module replaces the stand-in for good.
    writeFileSync(parent, `const dep = require("./d-dep.cjs");\nmodule.exports = dep(3);\n`);
    const value = withStandIns(parent, forwarding("./d-dep.cjs"), () => require(parent));
    expect(value).toBe(6);
    expect(loads()).toBe(1);
    expect((require.cache[dep]?.exports as (x: number) => number)(4)).toBe(8);
  });

  it("loads fontkit, which then reads the DejaVu font's glyphs", () => {
    const fontkitRequire = createRequire(require.resolve("fontkit"));
    const brotli = fontkitRequire.resolve("brotli/decompress.js");
    const wasLoaded = require.cache[brotli] !== undefined;
    const lib = fontkit();
    expect(typeof lib.create).toBe("function");
    // Without a WOFF2 font, the decompressor stays unloaded (unless another file loaded it).
    if (!wasLoaded) expect(require.cache[brotli]).toBeUndefined();
    // unicode-properties' trie, inflated on first lookup, still answers (a glyph's isMark).
    const font = fontOf("regular");
    const e = font.glyphForCodePoint(0xe9) as unknown as { isMark: boolean; advanceWidth: number };
    expect(e.isMark).toBe(false);
    expect(e.advanceWidth).toBeGreaterThan(0);
    const acute = font.glyphForCodePoint(0x301) as unknown as { isMark: boolean };
    expect(acute.isMark).toBe(true);
  });
});
