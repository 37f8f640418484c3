/** `pcapra init` as a user runs it (docs/cli.md): a fresh folder, then validate and build. */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, root } from "../cli/helpers.js";
import { cliWith } from "./run-with.js";

function fresh(): string {
  return mkdtempSync(join(tmpdir(), "pcapra-init-"));
}

/** Every file under `dir` with its bytes and modification time, to prove nothing changed. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const path = join(dir, name);
    const info = statSync(path);
    if (info.isFile()) out[name] = `${info.mtimeMs}:${readFileSync(path, "base64")}`;
  }
  return out;
}

const cases = [
  {
    type: "sanitaire",
    files: [
      "contacts.yaml",
      "crisis.yaml",
      "establishment.yaml",
      "exercises.yaml",
      "procedures.yaml",
      "resources.yaml",
      "scenarios.yaml",
      "services.yaml",
    ],
    schema: "plan-fragment.schema.json",
    plan: (dir: string) => dir,
    docs: ["pca", "pra", "fiches", "binder"],
  },
  {
    type: "medico-social",
    files: ["plan.yaml"],
    schema: "plan.schema.json",
    plan: (dir: string) => join(dir, "plan.yaml"),
    docs: ["psca", "fiches", "binder"],
  },
] as const;

describe("pcapra init", () => {
  for (const c of cases) {
    it(`writes a ${c.type} starter plan that validates and builds as is`, async () => {
      const dir = join(fresh(), "nouveau", "plan"); // missing folders are created
      const init = await cli(["init", dir, "--type", c.type]);
      expect(init.stderr).not.toMatch(/erreur/);
      expect(init.code).toBe(0);
      expect(init.stdout.trim().split("\n")).toEqual(c.files.map((f) => join(dir, f)));
      expect(readdirSync(dir).sort()).toEqual([...c.files]);

      for (const f of c.files) {
        const text = readFileSync(join(dir, f), "utf8");
        // The modeline, first line of every file, points at the bundled schema from the file itself.
        const m = /^# yaml-language-server: \$schema=(\S+)\n/.exec(text);
        expect(m, f).not.toBeNull();
        expect(resolve(dirname(join(dir, f)), m![1])).toBe(join(root, "schemas", c.schema));
        // French comments explain what to fill in and why.
        expect(text).toMatch(/# .*[a-zé]/);
      }
      const all = c.files.map((f) => readFileSync(join(dir, f), "utf8")).join("\n");
      for (const word of ["RTO", "DMIA", "PDMA", "hors ligne", "suppléant"]) expect(all).toContain(word);

      const validate = await cli(["validate", "--format", "json", c.plan(dir)]);
      expect(validate.code).toBe(0);
      const result = JSON.parse(validate.stdout).plans[0];
      expect(result.valid).toBe(true);
      // A starter the author has not touched yet should not already carry warnings.
      expect(result.diagnostics).toEqual([]);

      const out = join(fresh(), "out");
      // The defaults of docs/cli.md: every document of the type, DOCX and PDF.
      const build = await cli(["build", c.plan(dir), "--out", out]);
      expect(build.stderr).toBe("");
      expect(build.code).toBe(0);
      const expected = c.docs.flatMap((doc) => ["docx", "pdf"].map((ext) => `000000000-${doc}-v0.1.${ext}`));
      expect(readdirSync(out).sort()).toEqual(expected.sort());
    });
  }

  it("writes nothing the second time: exit 2 naming the existing file", async () => {
    const dir = join(fresh(), "plan");
    expect((await cli(["init", dir])).code).toBe(0);
    const before = snapshot(dir);
    const again = await cli(["init", dir]);
    expect(again.code).toBe(2);
    expect(again.stdout).toBe("");
    expect(again.stderr).toContain(join(dir, "contacts.yaml"));
    expect(snapshot(dir)).toEqual(before);
  });

  it("never overwrites a file of the user, even when only one name collides", async () => {
    const dir = fresh();
    writeFileSync(join(dir, "services.yaml"), "# à moi\n");
    const r = await cli(["init", dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(join(dir, "services.yaml"));
    expect(readdirSync(dir)).toEqual(["services.yaml"]);
    expect(readFileSync(join(dir, "services.yaml"), "utf8")).toBe("# à moi\n");
  });

  it("defaults to the current folder and the sanitaire type", async () => {
    const dir = fresh();
    const r = await cliWith(["init"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(readdirSync(dir)).toContain("establishment.yaml");
    expect(readFileSync(join(dir, "establishment.yaml"), "utf8")).toMatch(/type: sanitaire/);
  });

  it("refuses a bad type or an unknown option before writing anything", async () => {
    const dir = join(fresh(), "plan");
    for (const args of [
      ["init", dir, "--type", "clinique"],
      ["init", dir, "--bogus"],
    ]) {
      const r = await cli(args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(existsSync(dir)).toBe(false);
    }
  });

  it("refuses a target that is a file", async () => {
    const base = fresh();
    mkdirSync(join(base, "d"));
    writeFileSync(join(base, "f"), "x");
    const r = await cli(["init", join(base, "f")]);
    expect(r.code).toBe(2);
    expect(readFileSync(join(base, "f"), "utf8")).toBe("x");
  });
});
