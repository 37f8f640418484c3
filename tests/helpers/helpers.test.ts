/** The shared test helpers do what the suites rely on: gate tools, record output, guard golden files. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { run } from "../../src/cli/run.js";
import { expectGolden } from "./golden.js";
import { fakeIo } from "./io.js";
import { hasTool, toolsAvailable } from "./tools.js";

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("toolsAvailable", () => {
  const absent = "pcapra-outil-qui-n-existe-pas";

  it("is true when every tool is on PATH", () => {
    expect(hasTool("sh")).toBe(true);
    expect(toolsAvailable("sh", "node")).toBe(true);
  });

  it("skips outside CI: false for a missing tool", () => {
    vi.stubEnv("CI", "");
    expect(hasTool(absent)).toBe(false);
    expect(toolsAvailable("sh", absent)).toBe(false);
  });

  it("fails in CI, naming the missing tools", () => {
    vi.stubEnv("CI", "true");
    expect(() => toolsAvailable("sh", absent)).toThrow(`manquant en CI\u00a0: ${absent}`);
  });
});

describe("fakeIo", () => {
  it("records what the real CLI writes, in order", async () => {
    const t = fakeIo();
    expect(await run(["commande-inconnue"], t.io)).toBe(2);
    expect(t.out()).toBe("");
    expect(t.err()).toContain("pcapra\u00a0:");
    expect(t.stderr.join("")).toBe(t.err());
  });
});

describe("expectGolden", () => {
  const dir = mkdtempSync(join(tmpdir(), "pcapra-golden-"));

  it("fails when the golden file is missing, and writes nothing", () => {
    vi.stubEnv("UPDATE_GOLDEN", "");
    const file = join(dir, "absent.json");
    expect(() => expectGolden(file, "{}\n")).toThrow("fichier de référence absent");
    expect(() => readFileSync(file)).toThrow();
  });

  it("fails on a difference, passes on equality", () => {
    vi.stubEnv("UPDATE_GOLDEN", "");
    const file = join(dir, "present.json");
    writeFileSync(file, "[1]\n");
    expect(() => expectGolden(file, "[2]\n")).toThrow();
    expect(() => expectGolden(file, "[1]\n")).not.toThrow();
  });

  it("writes the file with UPDATE_GOLDEN=1", () => {
    vi.stubEnv("UPDATE_GOLDEN", "1");
    const file = join(dir, "new.json");
    expectGolden(file, "[3]\n");
    expect(readFileSync(file, "utf8")).toBe("[3]\n");
  });
});
