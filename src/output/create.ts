/**
 * Creating a file that must not exist yet (`pcapra init`, docs/cli.md): written to
 * `.<name>.tmp-<pid>` like every output, then hard-linked to its name, which fails when the name
 * exists — so a file appearing meanwhile is never overwritten — and the temporary is removed.
 */
import { link, open, unlink } from "node:fs/promises";
import { tempPathFor } from "./files.js";

export async function createFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  const temp = tempPathFor(path);
  const handle = await open(temp, "wx");
  try {
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    await link(temp, path);
  } finally {
    await handle.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
  }
}
