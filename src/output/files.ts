/**
 * Output files (docs/cli.md, `build`): names `<finess>-<doc>-v<version>.<ext>`, atomic writes through
 * `.<name>.tmp-<pid>` in the same directory, and clean-up of the temporaries a killed build left.
 * A build never deletes or touches any other file.
 */
import { open, readdir, rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** Our temporary names: `.<name>.tmp-<pid>`; nothing else is ever removed. */
const tempPattern = /^\..+\.tmp-(\d+)$/;

export function tempPathFor(path: string, pid: number = process.pid): string {
  return join(dirname(path), `.${basename(path)}.tmp-${pid}`);
}

/** Writes to a temporary file next to `path`, flushes it to disk, then renames it over `path`. */
export async function writeFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  const temp = tempPathFor(path);
  const handle = await open(temp, "w");
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Removes the `.*.tmp-<pid>` files of `dir` whose writer is gone (a killed build), and returns
 * their paths, sorted. Temporaries of a live process (a concurrent build, or this one) stay.
 */
export async function removeStaleTemps(dir: string): Promise<string[]> {
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const removed: string[] = [];
  for (const name of entries.sort()) {
    const m = tempPattern.exec(name);
    if (!m) continue;
    const pid = Number(m[1]);
    if (pid === process.pid || processAlive(pid)) continue;
    const path = join(dir, name);
    try {
      await unlink(path);
      removed.push(path);
    } catch (error) {
      // Already gone (another build cleaned it) is fine; anything else is a real error.
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
  }
  return removed;
}

/**
 * `<finess>-<doc>-v<version>.<ext>`. The version is plan text: characters unsafe in file names on
 * Windows, macOS or Linux (and control characters, spaces) become `_`.
 */
export function outputFileName(finess: string, doc: string, version: string, ext: string): string {
  const safeVersion = version.replace(/[\u0000-\u001f\u007f<>:"/\\|?*\s]/g, "_");
  return `${finess}-${doc}-v${safeVersion === "" ? "_" : safeVersion}.${ext}`;
}
