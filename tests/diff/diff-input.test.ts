/**
 * `pcapra diff` inputs (docs/cli.md): any file or fragment layout, `-` on standard input (as in
 * `git show v2.0:plan.yaml | pcapra diff - plan.yaml`), and the exit codes.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, root } from "../cli/helpers.js";
import { cliWith } from "../init/run-with.js";
import { edit, editedCopy, example, singleFileText, tempDir } from "./edited-copy.js";

const empty = { orderMoves: [], findingsAdded: [], findingsResolved: [] };

describe("pcapra diff inputs", () => {
  it("sees no change between fragments and the same plan in one file", async () => {
    const file = join(tempDir(), "plan.yaml");
    writeFileSync(file, await singleFileText());
    const r = await cli(["diff", example, file, "--format", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ changes: [], derived: empty });
  });

  it("compares meanings: a duration rewritten, a dependency list reordered", async () => {
    const file = join(tempDir(), "plan.yaml");
    const text = await singleFileText();
    writeFileSync(file, text);
    // `urgences`: rto 2h written PT2H, its dependencies in another order.
    edit(file, "rto: 2h\n    mtpd: 4h\n", "rto: PT2H\n    mtpd: 4h\n");
    edit(
      file,
      "    dependsOn:\n      - dpi\n      - gam\n      - postes-travail\n      - imprimantes\n      - ipbx\n",
      "    dependsOn:\n      - ipbx\n      - gam\n      - postes-travail\n      - imprimantes\n      - dpi\n",
    );
    const r = await cli(["diff", example, file, "--format", "json"]);
    expect(JSON.parse(r.stdout)).toEqual({ changes: [], derived: empty });
  });

  it("reads the old plan from standard input: same answer as from the folder", async () => {
    const edited = editedCopy();
    const fromDir = await cli(["diff", example, edited, "--format", "json"]);
    const fromStdin = await cliWith(["diff", "-", edited, "--format", "json"], {
      stdin: await singleFileText(),
    });
    expect(fromStdin.stdinReads).toBe(1);
    expect(fromStdin.code).toBe(0);
    expect(JSON.parse(fromStdin.stdout)).toEqual(JSON.parse(fromDir.stdout));
  });

  it("works in a pipe from git show, through the installed binary", () => {
    const repo = tempDir();
    const git = (...args: string[]) =>
      execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.org", ...args], {
        cwd: repo,
        encoding: "utf8",
      });
    git("init", "-q");
    copyFileSync(join(root, "examples/ehpad-les-tilleuls.yaml"), join(repo, "plan.yaml"));
    git("add", "plan.yaml");
    git("commit", "-qm", "v1");
    edit(join(repo, "plan.yaml"), "rto: 4h\n    mtpd: 12h", "rto: 3h\n    mtpd: 12h");
    const old = git("show", "HEAD:plan.yaml");
    const r = spawnSync(
      process.execPath,
      [join(root, "bin/pcapra.js"), "diff", "-", "plan.yaml", "--format", "json"],
      {
        cwd: repo,
        input: old,
        encoding: "utf8",
      },
    );
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.changes).toHaveLength(1);
    expect(out.changes[0]).toMatchObject({
      op: "changed",
      entity: "service",
      field: "rto",
      before: "4h",
      after: "3h",
    });
  });

  it("exit 1 when a plan is invalid: its errors on stderr, nothing on stdout", async () => {
    const edited = editedCopy();
    edit(join(edited, "services.yaml"), "rto: 2j\n", "rto: 2 jours\n");
    const r = await cli(["diff", example, edited]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/services\.yaml:\d+:\d+: error invalid-duration/);
  });

  it("exit 2 for an unreadable path, two standard inputs or a missing argument", async () => {
    const missing = await cli(["diff", example, join(tempDir(), "absent")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("unreadable");
    const twice = await cliWith(["diff", "-", "-"], { stdin: "version: 1\n" });
    expect(twice.code).toBe(2);
    expect(twice.stdinReads).toBe(0);
    for (const args of [
      ["diff", example],
      ["diff", example, example, "--format", "yaml"],
    ]) {
      const r = await cli(args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
    }
  });
});
