// Loaded with `node --import`: records every module the process loads (resolved URLs, one per
// line) in the file named by PCAPRA_MODULES_FILE, through a module resolution hook — and, at
// exit, the CommonJS modules of `require.cache`: modules loaded with createRequire (pdf-lib's
// one-file build, fontkit) never pass through the ESM resolution hook.
import { appendFileSync } from "node:fs";
import { createRequire, register } from "node:module";
import { pathToFileURL } from "node:url";

const file = process.env.PCAPRA_MODULES_FILE;
if (file) {
  const hooks = `
    import { appendFileSync } from "node:fs";
    export async function resolve(specifier, context, next) {
      const r = await next(specifier, context);
      appendFileSync(${JSON.stringify(file)}, r.url + "\\n");
      return r;
    }`;
  register("data:text/javascript," + encodeURIComponent(hooks));
  const cache = createRequire(import.meta.url).cache;
  process.on("exit", () => {
    const loaded = Object.keys(cache).map((path) => pathToFileURL(path).href);
    if (loaded.length > 0) appendFileSync(file, loaded.join("\n") + "\n");
  });
}
