/**
 * Runs the hostile-input corpus (cases.ts) through the installed binary, one child process per
 * case, as an ARS batch would. Asserted per case: exit code, diagnostic code, no stack trace,
 * nothing written in the case's folder, peak RSS under 500 MB. Time and RSS are reported (a
 * table in the temporary folder), never asserted: machines are noisy.
 */
import { spawnSync, execFileSync } from "node:child_process";
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { root } from "../cli/helpers.js";
import { cases, type FileSpec } from "./cases.js";

const RSS_LIMIT_KB = 500 * 1024;
const probe = join(root, "tests/hostile/rss-probe.mjs");
const report: string[] = [];

function materialise(dir: string, files: Record<string, FileSpec | (() => FileSpec)>): void {
  for (const [name, spec] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    const s = typeof spec === "function" ? spec() : spec;
    if (typeof s === "string" || s instanceof Uint8Array) writeFileSync(path, s);
    else if ("fifo" in s) execFileSync("mkfifo", [path]);
    else if ("symlink" in s) symlinkSync(s.symlink, path);
    else mkdirSync(path, { recursive: true });
  }
}

/** Every path under `dir`, recursively (what the command must leave as it found). */
function listing(dir: string, prefix = ""): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) => {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    return e.isDirectory() ? [rel + "/", ...listing(dir, rel)] : [rel];
  });
}

const stackTrace = /\n\s+at .+[:(]\d+:\d+\)?|erreur interne|Error:/;
const usageMessage = /^pcapra\u00a0: [^\n]+\nVoir «\u00a0pcapra --help\u00a0»\.\n$/;

describe("hostile inputs", () => {
  it("has at least 40 cases", () => expect(cases.length).toBeGreaterThanOrEqual(40));

  for (const c of cases) {
    it(c.name, () => {
      const dir = mkdtempSync(join(tmpdir(), "pcapra-hostile-"));
      try {
        materialise(dir, c.files ?? {});
        const before = listing(dir);
        const rssFile = join(tmpdir(), `pcapra-rss-${process.pid}-${Date.now()}`);
        const start = process.hrtime.bigint();
        const r = spawnSync(process.execPath, ["--import", probe, join(root, "bin/pcapra.js"), ...c.args], {
          cwd: dir,
          input: c.stdin ?? "",
          env: { ...process.env, PCAPRA_RSS_FILE: rssFile, NO_COLOR: "1" },
          maxBuffer: 64 * 1024 * 1024,
          timeout: 120_000,
        });
        const ms = Number(process.hrtime.bigint() - start) / 1e6;
        const stdout = r.stdout.toString("utf8");
        const stderr = r.stderr.toString("utf8");
        let rssKb = NaN;
        try {
          rssKb = Number(readFileSync(rssFile, "utf8"));
          rmSync(rssFile);
        } catch {
          // no report: the process died before exiting normally (asserted below)
        }
        report.push(`| ${c.name} | ${r.status} | ${ms.toFixed(0)} | ${(rssKb / 1024).toFixed(0)} |`);

        const context = `${c.name}\nstdout: ${stdout.slice(0, 800)}\nstderr: ${stderr.slice(0, 800)}`;
        expect(r.signal, context).toBeNull();
        expect(r.status, context).toBe(c.code);
        expect(stackTrace.test(stdout + stderr), context).toBe(false);
        if (c.diagnostic === "usage") {
          expect(stdout, context).toBe("");
          expect(stderr, context).toMatch(usageMessage);
        } else if (c.diagnostic !== null) {
          expect(stdout + stderr, context).toContain(` ${c.diagnostic}: `);
        }
        expect(listing(dir), "nothing written but what the case expects").toEqual(
          [...before, ...(c.writes ?? [])].sort(),
        );
        expect(rssKb, "peak RSS reported").toBeGreaterThan(0);
        expect(rssKb, "peak RSS (KB)").toBeLessThan(RSS_LIMIT_KB);
        const problem = c.check?.({ stdout, stderr });
        expect(problem, context).toBeUndefined();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }

  afterAll(() => {
    const table = ["| cas | sortie | ms | RSS Mo |", "|---|---|---|---|", ...report].join("\n") + "\n";
    const file = join(tmpdir(), "pcapra-hostile-report.md");
    writeFileSync(file, table);
    console.log(`hostile inputs: ${report.length} cas, tableau dans ${file}`);
  });
});
