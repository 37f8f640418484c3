/**
 * Issue 9 through the real CLI: usage errors before any work, stdin plans, a closed standard
 * output, unreadable folders, escaped text output, the French summary, lazy command loading.
 * (The hostile-input corpus in tests/hostile covers the inputs; this file covers the CLI.)
 */
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.js";
import { fakeIo } from "../helpers/io.js";
import { bin, cli, root } from "./helpers.js";
import { chain } from "../hostile/plans.js";
import { ioReason } from "../../src/plan/read-input.js";

const minimalPath = join(root, "tests/fixtures/minimal/plan.yaml");
const minimal = readFileSync(minimalPath, "utf8");
const usageMessage = /^pcapra\u00a0: [^\n]+\nVoir «\u00a0pcapra --help\u00a0»\.\n$/;

function temp(): string {
  return mkdtempSync(join(tmpdir(), "pcapra-cli-hardening-"));
}

/** The CLI in-process with `stdin` as standard input. */
async function withStdin(args: string[], stdin: string | Uint8Array) {
  const t = fakeIo({ cwd: root, stdin });
  return { code: await run(args, t.io), stdout: t.out(), stderr: t.err() };
}

describe("usage errors are found before any work", () => {
  const out = () => join(temp(), "out");
  const cases: [string, (o: string) => string[]][] = [
    ["unknown option after build", (o) => ["build", minimalPath, "--out", o, "--bogus"]],
    ["bad choice after the plan", () => ["priorities", minimalPath, "--format", "xml"]],
    ["no path", () => ["validate"]],
    ["unknown option before the path", () => ["validate", "--format", "json", "--bogus", minimalPath]],
    ["no plan", () => ["priorities"]],
    ["extra positional", () => ["priorities", minimalPath, "extra"]],
    ["unknown command", () => ["frobnicate"]],
    ["empty CSV delimiter", () => ["priorities", minimalPath, "--format", "csv", "--csv-delimiter", ""]],
    ["quote as CSV delimiter", () => ["care", minimalPath, "--format", "csv", "--csv-delimiter", '"']],
    ["word as CSV delimiter", () => ["priorities", minimalPath, "--csv-delimiter", "abc"]],
    ["newline as CSV delimiter", () => ["priorities", minimalPath, "--csv-delimiter", "\n"]],
    ["unknown document", (o) => ["build", minimalPath, "--out", o, "--doc", "pca,rapport"]],
    ["templates folder missing", (o) => ["build", minimalPath, "--out", o, "--templates", join(o, "x")]],
    ["templates is a file", (o) => ["build", minimalPath, "--out", o, "--templates", minimalPath]],
  ];
  for (const [name, args] of cases) {
    it(name, async () => {
      const o = out();
      const r = await cli(args(o));
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(usageMessage);
      expect(existsSync(o)).toBe(false);
    });
  }

  it("names the unknown option, not the path it swallowed", async () => {
    const r = await cli(["validate", "--format", "json", "--bogus", minimalPath]);
    expect(r.stderr).toContain("Argument inconnu\u00a0: bogus");
  });

  it("names the --templates path", async () => {
    const r = await cli(["build", minimalPath, "--out", out(), "--templates", minimalPath]);
    expect(r.stderr).toContain(minimalPath);
    expect(r.stderr).toContain("n’est pas un dossier");
  });

  it("accepts one-character delimiters, a dash and a tab included", async () => {
    for (const d of ["-", "\t", ",", "|"]) {
      const r = await cli(["priorities", minimalPath, "--format", "csv", "--csv-delimiter", d]);
      expect(r.code, JSON.stringify(d)).toBe(0);
      expect(r.stdout.startsWith(`\ufeffrank${d}tier${d}id${d}name${d}`), JSON.stringify(d)).toBe(true);
    }
  });
});

describe("standard input and plans not found", () => {
  it("validate - reads the plan from standard input", async () => {
    const ok = await withStdin(["validate", "-"], minimal);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain("1 plan\u00a0: 1 valide, 0 invalide");
    const bad = await withStdin(
      ["validate", "--format", "json", "-"],
      minimal.replace("rto: 4h", "rto: 4 heures"),
    );
    expect(bad.code).toBe(1);
    const json = JSON.parse(bad.stdout);
    expect(json.plans[0].source).toBe("-");
    expect(json.plans[0].diagnostics[0]).toMatchObject({
      file: "-",
      code: "invalid-duration",
      line: 31,
    });
  });

  it("checks the encoding of standard input as of a file", async () => {
    const r = await withStdin(["validate", "-"], Buffer.from("version: 1\nx: \xe9\n", "latin1"));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^-:2:4: error encoding: /);
  });

  it("--each on a folder without plan is an error, not an empty success", async () => {
    const d = temp();
    writeFileSync(join(d, "notes.txt"), "pas un plan");
    const r = await cli(["validate", "--each", d]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(" error empty-plan: ");
    expect(r.stdout).toContain("1 plan\u00a0: 0 valide, 1 invalide");
  });

  it("build of a missing path exits 2", async () => {
    const r = await cli(["build", join(temp(), "absent"), "--out", join(temp(), "out")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(" error unreadable: ");
  });
});

describe("suggestions", () => {
  it("never suggests an id that is itself invalid", async () => {
    const d = temp();
    const plan = minimal.replace("  - id: dpi", "  - id: Dpi");
    writeFileSync(join(d, "plan.yaml"), plan);
    const r = await cli(["validate", join(d, "plan.yaml")]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(" error invalid-id: ");
    expect(r.stdout).toContain(" error unknown-reference: ");
    expect(r.stdout).not.toContain("«\u00a0Dpi\u00a0»\u202f?");
    expect(r.stdout).not.toMatch(/dire .Dpi/);
  });
});

describe("text output", () => {
  it("the summary is French, singular and plural right", async () => {
    const one = await cli(["validate", minimalPath]);
    expect(one.stdout.trimEnd().split("\n").at(-1)).toBe("1 plan\u00a0: 1 valide, 0 invalide");
    const d = temp();
    writeFileSync(join(d, "a.yaml"), minimal);
    writeFileSync(join(d, "b.yaml"), minimal);
    writeFileSync(join(d, "c.yaml"), "version: [\n");
    const three = await cli(["validate", "--each", d]);
    expect(three.stdout.trimEnd().split("\n").at(-1)).toBe("3 plans\u00a0: 2 valides, 1 invalide");
  });

  it("control characters of file names and plan values are shown escaped, one line per diagnostic", async () => {
    const d = temp();
    const name = "a\n1 plan : 1 valide\u001b[2J.yaml";
    writeFileSync(join(d, name), minimal.replace("- id: urgences", '- id: "U\\nrgences\\e[31m"'));
    const r = await cli(["validate", d]);
    expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    const lines = r.stdout.trimEnd().split("\n");
    expect(
      lines.slice(0, -1).every((l) => l.startsWith(join(d, "a\\u000a1 plan : 1 valide\\u001b[2J.yaml:"))),
    ).toBe(true);
    expect(r.stdout).toContain("\\u001b");
    expect(lines.at(-1)).toBe("1 plan\u00a0: 0 valide, 1 invalide");
  });
});

describe("the real process", () => {
  it("a closed standard output ends quietly, with the command's own exit code", () => {
    const d = temp();
    writeFileSync(join(d, "chaine.yaml"), chain(1200));
    for (const args of [
      ["validate", "chaine.yaml"],
      ["validate", "--format", "json", "chaine.yaml"],
      ["priorities", "chaine.yaml"],
      ["graph", "chaine.yaml"],
    ]) {
      const r = spawnSync(
        "bash",
        [
          "-c",
          `node ${JSON.stringify(join(root, "bin/pcapra.js"))} "$@" 2>err.txt | head -c 10 >/dev/null; echo \${PIPESTATUS[0]}`,
          "x",
          ...args,
        ],
        { cwd: d, encoding: "utf8" },
      );
      const stderr = readFileSync(join(d, "err.txt"), "utf8");
      expect(stderr, args.join(" ")).not.toMatch(/EPIPE|\n\s+at |Error/);
      // The chain's warnings do not fail validate; priorities and graph succeed.
      expect(r.stdout.trim(), args.join(" ")).toBe("0");
    }
  });

  it("a plan folder without read permission is unreadable (exit 2), named, without a stack", () => {
    const base = mkdtempSync(join(tmpdir(), "pcapra-eacces-"));
    chmodSync(base, 0o755);
    const locked = join(base, "verrou");
    mkdirSync(locked);
    writeFileSync(join(locked, "plan.yaml"), minimal);
    chmodSync(locked, 0o000);
    try {
      // As root, permissions do not apply: run the binary as `nobody`.
      const asNobody =
        process.getuid?.() === 0 ? ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : [];
      const argv = [...asNobody, process.execPath, join(root, "bin/pcapra.js"), "validate", locked];
      const probe = spawnSync(argv[0], [...argv.slice(1, -2), "--version"], { encoding: "utf8", cwd: base });
      if (probe.status !== 0) {
        // Root, and the clone is not readable by `nobody` (a home folder): check the French
        // reason the loader gives for EACCES instead of running the binary.
        expect(ioReason(Object.assign(new Error(), { code: "EACCES" }), locked)).toBe(
          `lecture refusée (droits insuffisants)\u00a0: ${locked}`,
        );
        return;
      }
      const r = spawnSync(argv[0], argv.slice(1), { encoding: "utf8", cwd: base });
      expect(r.status, r.stderr).toBe(2);
      expect(r.stdout).toContain(`${locked}:1:1: error unreadable: lecture refusée`);
      expect(r.stdout + r.stderr).not.toMatch(/\n\s+at |EACCES/);
    } finally {
      chmodSync(locked, 0o755);
      rmSync(base, { recursive: true, force: true });
    }
  });

  it("--version and --help load the CLI shell only, never the pipeline", () => {
    const heavy =
      /dist\/(analyze|plan\/load|schema|build|render|view|recovery|templates)|node_modules\/(yaml|ajv|docx|handlebars|pdf-lib)\//;
    for (const args of [["--version"], ["--help"], ["build", "--help"]]) {
      const file = join(temp(), "modules.txt");
      const r = spawnSync(
        process.execPath,
        ["--import", join(root, "tests/cli/module-probe.mjs"), join(root, "bin/pcapra.js"), ...args],
        { encoding: "utf8", env: { ...process.env, PCAPRA_MODULES_FILE: file } },
      );
      expect(r.status).toBe(0);
      const loaded = readFileSync(file, "utf8").split("\n");
      expect(loaded.some((u) => u.includes("dist/cli/run.js"))).toBe(true);
      expect(
        loaded.filter((u) => heavy.test(u)),
        args.join(" "),
      ).toEqual([]);
    }
    expect(bin(["--version"]).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
