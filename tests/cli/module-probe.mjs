// Loaded with `node --import`: records every module the process loads (resolved URLs, one per
// line) in the file named by PCAPRA_MODULES_FILE, through a module resolution hook.
import { register } from "node:module";

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
}
