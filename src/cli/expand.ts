/**
 * Which plans the arguments name. Without `--each` every argument is one plan (a file, or a
 * directory of fragments). With `--each`, every `*.yaml`/`*.yml` file and every subdirectory
 * directly inside a given directory is one plan (the ARS batch case); files stay themselves.
 */
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";

export async function expandPlans(paths: string[], each: boolean): Promise<string[]> {
  if (!each) return paths;
  const out: string[] = [];
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = (await stat(p)).isDirectory();
    } catch {
      out.push(p); // reported as unreadable by the loader
      continue;
    }
    if (!isDir) {
      out.push(p);
      continue;
    }
    const entries = await readdir(p, { withFileTypes: true });
    const names = entries
      .filter((e) => e.isDirectory() || (e.isFile() && /\.ya?ml$/.test(e.name)))
      .map((e) => e.name)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    // A folder holding no plan is reported as one (empty-plan): never an empty success.
    if (names.length === 0) out.push(p);
    else out.push(...names.map((n) => join(p, n)));
  }
  return out;
}
