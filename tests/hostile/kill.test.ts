/**
 * `kill -9` during `build` (docs/cli.md: atomic writes): whenever the process dies, the output
 * folder holds only whole documents under their final names (DOCX that unzip, PDF that
 * `qpdf --check` accepts), plus at most our own `.<name>.tmp-<pid>` files; the next build removes
 * those and leaves the user's own files alone.
 */
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { toolsAvailable } from "../helpers/tools.js";
import { root } from "../cli/helpers.js";

const plan = join(root, "examples/ch-kerbrat");
const temp = /^\..+\.tmp-\d+$/;

/** Problems of the folder: a final-named file that is not whole, or a foreign name. */
function problems(dir: string, checkPdf: boolean): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (temp.test(name) || name === "notes.txt") continue;
    const path = join(dir, name);
    if (name.endsWith(".docx")) {
      try {
        if (!unzipSync(readFileSync(path))["word/document.xml"]) out.push(`${name}: sans word/document.xml`);
      } catch (e) {
        out.push(`${name}: ${(e as Error).message}`);
      }
    } else if (name.endsWith(".pdf")) {
      if (!checkPdf) continue;
      try {
        execFileSync("qpdf", ["--check", path], { stdio: "pipe" });
      } catch (e) {
        out.push(`${name}: qpdf --check: ${String((e as { stdout?: Buffer }).stdout ?? e).slice(0, 200)}`);
      }
    } else out.push(`${name}: nom inattendu`);
  }
  return out;
}

/** Starts a build and kills it with SIGKILL when `when(files)` says so (or at `maxMs`). */
function buildKilledWhen(out: string, when: (names: string[]) => boolean, maxMs: number): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, "bin/pcapra.js"), "build", plan, "--out", out], {
      stdio: "ignore",
    });
    const started = Date.now();
    let how = "";
    const timer = setInterval(() => {
      let names: string[] = [];
      try {
        names = readdirSync(out);
      } catch {
        // not created yet
      }
      if (when(names) || Date.now() - started > maxMs) {
        how = `${names.length} entrées après ${Date.now() - started} ms`;
        child.kill("SIGKILL");
        clearInterval(timer);
      }
    }, 2);
    child.on("exit", () => {
      clearInterval(timer);
      resolve(how || "terminé avant l’arrêt");
    });
  });
}

describe("a killed build leaves only whole files", () => {
  it("SIGKILL at several moments, then a full build cleans up", async () => {
    const checkPdf = toolsAvailable("qpdf");
    const out = mkdtempSync(join(tmpdir(), "pcapra-kill-"));
    writeFileSync(join(out, "notes.txt"), "à garder");
    const moments: [string, (n: string[]) => boolean, number][] = [
      ["avant toute sortie", () => false, 400],
      ["au premier fichier temporaire", (n) => n.some((x) => temp.test(x)), 60_000],
      ["au premier document", (n) => n.some((x) => /\.(docx|pdf)$/.test(x)), 60_000],
      ["à la moitié des documents", (n) => n.filter((x) => /\.(docx|pdf)$/.test(x)).length >= 4, 60_000],
      ["au dernier fichier temporaire", (n) => n.filter((x) => /\.(docx|pdf)$/.test(x)).length >= 7, 60_000],
    ];
    const seen: string[] = [];
    for (const [label, when, max] of moments) {
      const how = await buildKilledWhen(out, when, max);
      seen.push(`${label}: ${how}`);
      expect(problems(out, checkPdf), `${label} (${how})`).toEqual([]);
    }
    console.log(`kill -9 :\n${seen.join("\n")}`);
    const r = execFileSync(process.execPath, [join(root, "bin/pcapra.js"), "build", plan, "--out", out], {
      encoding: "utf8",
    });
    expect(r.trim().split("\n")).toHaveLength(8);
    const names = readdirSync(out).sort();
    expect(
      names.filter((n) => temp.test(n)),
      seen.join("\n"),
    ).toEqual([]);
    expect(names).toContain("notes.txt");
    expect(readFileSync(join(out, "notes.txt"), "utf8")).toBe("à garder");
    expect(names.filter((n) => /\.(docx|pdf)$/.test(n))).toHaveLength(8);
    expect(problems(out, checkPdf)).toEqual([]);
  });
});
