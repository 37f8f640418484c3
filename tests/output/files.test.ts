import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { outputFileName, removeStaleTemps, tempPathFor, writeFileAtomic } from "../../src/output/index.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "pcapra-out-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A pid that is certainly not running: a child process that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"]);
  return Number(child.stdout.toString());
}

describe("writeFileAtomic", () => {
  it("writes bytes and strings, replacing an existing file, leaving no temporary", async () => {
    const path = join(dir, "290000017-pra-v2.1.docx");
    await writeFile(path, "ancien");
    await writeFileAtomic(path, new Uint8Array([1, 2, 3]));
    expect([...(await readFile(path))]).toEqual([1, 2, 3]);
    await writeFileAtomic(path, "Plan été œ ☐");
    expect(await readFile(path, "utf8")).toBe("Plan été œ ☐");
    expect(await readdir(dir)).toEqual(["290000017-pra-v2.1.docx"]);
  });

  it("uses .<name>.tmp-<pid> in the same directory", () => {
    expect(tempPathFor(join(dir, "a.pdf"), 42)).toBe(join(dir, ".a.pdf.tmp-42"));
  });

  it("fails when the directory does not exist and leaves nothing", async () => {
    await expect(writeFileAtomic(join(dir, "absent", "x.pdf"), "x")).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });
});

describe("removeStaleTemps", () => {
  it("removes only our temporaries whose process is gone", async () => {
    const dead = deadPid();
    const names = [
      `.a.docx.tmp-${dead}`, // stale: removed
      `.b.pdf.tmp-${process.pid}`, // ours, in progress: kept
      `.c.pdf.tmp-1`, // pid 1 is alive: kept
      "a.docx", // a result: kept
      ".a.docx.tmp-abc", // not our pattern: kept
      "x.tmp-123", // not hidden: kept
      "notes.txt",
    ];
    for (const n of names) await writeFile(join(dir, n), "x");
    const removed = await removeStaleTemps(dir);
    expect(removed).toEqual([join(dir, `.a.docx.tmp-${dead}`)]);
    expect((await readdir(dir)).sort()).toEqual(names.slice(1).sort());
  });

  it("returns nothing for a missing directory", async () => {
    expect(await removeStaleTemps(join(dir, "absent"))).toEqual([]);
  });
});

describe("outputFileName", () => {
  it("builds <finess>-<doc>-v<version>.<ext>", () => {
    expect(outputFileName("290000017", "pra", "2.1", "pdf")).toBe("290000017-pra-v2.1.pdf");
  });

  it("sanitises characters unsafe in file names", () => {
    expect(outputFileName("290000017", "pca", "2/1 beta:3?", "docx")).toBe("290000017-pca-v2_1_beta_3_.docx");
    expect(outputFileName("290000017", "pca", "..\\x", "docx")).toBe("290000017-pca-v.._x.docx");
    expect(outputFileName("290000017", "pca", "", "docx")).toBe("290000017-pca-v_.docx");
  });
});
