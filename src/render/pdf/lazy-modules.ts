/**
 * Stand-ins for modules that a dependency requires when it loads but that pcapra's use of it may
 * never call: while `load` runs, each such module, as the dependency resolves it, is replaced in
 * Node's module cache by a stand-in that loads the real module on first use. The stand-ins are
 * removed from the cache once `load` returns, so any other code of the process that requires one
 * of these modules gets the real one. Used for fontkit (fontkit.ts), whose loading did work for
 * features the PDF never uses — ≈40 % of its loading time, in every process that writes a PDF.
 */
import { createRequire, Module } from "node:module";

const require = createRequire(import.meta.url);

export interface StandIn {
  /** The module as the dependency requires it (`brotli/decompress.js`). */
  request: string;
  /** The stand-in's exports; `real()` loads (once) and returns the real module's exports. */
  exports(real: () => unknown): unknown;
}

/** Runs `load` (which requires `parent`, a resolved path) with `standIns` in place. */
export function withStandIns<T>(parent: string, standIns: StandIn[], load: () => T): T {
  const parentRequire = createRequire(parent);
  const placed: { id: string; module: Module }[] = [];
  for (const { request, exports } of standIns) {
    let id: string;
    try {
      id = parentRequire.resolve(request);
    } catch {
      continue;
    }
    // Already loaded by someone else: nothing to save.
    if (require.cache[id]) continue;
    const module = new Module(id);
    let loaded: { exports: unknown } | undefined;
    const real = (): unknown => {
      if (!loaded) {
        // Needed while `load` still runs: the real module takes the stand-in's place for good.
        if (require.cache[id] === module) delete require.cache[id];
        loaded = { exports: parentRequire(request) };
      }
      return loaded.exports;
    };
    module.filename = id;
    module.loaded = true;
    module.exports = exports(real);
    require.cache[id] = module;
    placed.push({ id, module });
  }
  try {
    return load();
  } finally {
    for (const { id, module } of placed) if (require.cache[id] === module) delete require.cache[id];
  }
}
