/**
 * The one gate of the tests that drive outside tools (LibreOffice, Poppler, qpdf, mutool, xmllint,
 * Graphviz, pandoc): `describe.runIf(toolsAvailable("soffice", "pdftotext"))(…)`. When every tool
 * is on PATH the tests run. When one is missing they are skipped, except in CI (CI=true), where
 * the missing tool is an error naming it: such a test fails there, it never skips (`.ci/run`
 * installs the tools).
 */
import { execFile, spawnSync } from "node:child_process";
import { promisify } from "node:util";

const known = new Map<string, boolean>();

/** True when `name` is on PATH. */
export function hasTool(name: string): boolean {
  let found = known.get(name);
  if (found === undefined) {
    found = spawnSync("sh", ["-c", 'command -v "$1"', "sh", name], { stdio: "ignore" }).status === 0;
    known.set(name, found);
  }
  return found;
}

/** True when every tool is there; false when one is missing (throws instead in CI). */
export function toolsAvailable(...names: string[]): boolean {
  const missing = names.filter((n) => !hasTool(n));
  if (missing.length === 0) return true;
  if (process.env.CI === "true") {
    throw new Error(
      `outil${missing.length > 1 ? "s" : ""} manquant${missing.length > 1 ? "s" : ""} en CI\u00a0: ${missing.join(", ")} (voir .ci/run)`,
    );
  }
  return false;
}

/**
 * DOCX files → PDF (or another `format`) in `outDir`, as LibreOffice lays them out: the one
 * `soffice` command line of the tests. `profile` is a throw-away user installation, so runs do not
 * share (or lock) the user's own LibreOffice profile.
 */
export async function libreOfficeConvert(
  files: string[],
  outDir: string,
  profile: string,
  { format = "pdf", timeout = 170_000 }: { format?: string; timeout?: number } = {},
): Promise<void> {
  await promisify(execFile)(
    "soffice",
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--convert-to",
      format,
      "--outdir",
      outDir,
      ...files,
    ],
    { timeout },
  );
}
