/**
 * Each renderer is loaded only when a document is rendered in its format (src/build/render.ts):
 * a DOCX-only build never loads pdf-lib or fontkit. Runs the real binary over dist/ with the
 * module probe of tests/cli (every resolved module URL written to a file).
 */
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root } from "../cli/helpers.js";
import { tempDir } from "./helpers.js";

function loadedBy(args: string[]): { status: number | null; modules: string[]; out: string } {
  const dir = tempDir("lazy");
  const file = join(dir, "modules.txt");
  const out = join(dir, "out");
  const r = spawnSync(
    process.execPath,
    [
      "--import",
      join(root, "tests/cli/module-probe.mjs"),
      join(root, "bin/pcapra.js"),
      ...args,
      "--out",
      out,
    ],
    { encoding: "utf8", cwd: root, env: { ...process.env, PCAPRA_MODULES_FILE: file } },
  );
  return { status: r.status, modules: readFileSync(file, "utf8").split("\n"), out };
}

const pdfStack = /node_modules\/(pdf-lib|fontkit)\/|dist\/render\/pdf\//;

describe("renderers loaded on demand", () => {
  it("a DOCX-only build loads neither pdf-lib nor fontkit; a PDF build does", () => {
    const docx = loadedBy(["build", "examples/ch-kerbrat", "--format", "docx"]);
    expect(docx.status).toBe(0);
    expect(readdirSync(docx.out).filter((f) => f.endsWith(".docx"))).toHaveLength(4);
    expect(docx.modules.some((u) => u.includes("node_modules/docx/"))).toBe(true);
    expect(docx.modules.filter((u) => pdfStack.test(u))).toEqual([]);

    const pdf = loadedBy(["build", "examples/ch-kerbrat", "--doc", "fiches", "--format", "pdf"]);
    expect(pdf.status).toBe(0);
    expect(pdf.modules.some((u) => u.includes("node_modules/pdf-lib/"))).toBe(true);
    expect(pdf.modules.some((u) => u.includes("node_modules/fontkit/"))).toBe(true);
  }, 120_000);
});
