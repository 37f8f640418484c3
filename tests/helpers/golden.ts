/**
 * Golden files: the actual text must equal the stored one. `UPDATE_GOLDEN=1` (re)writes the file on
 * purpose; otherwise a missing file is a failure, never written and then compared with itself.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { expect } from "vitest";

export function expectGolden(file: string, actual: string): void {
  if (process.env.UPDATE_GOLDEN === "1") {
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) {
    throw new Error(
      `fichier de référence absent\u00a0: ${file} (créez-le avec UPDATE_GOLDEN=1 et relisez-le)`,
    );
  }
  expect(actual).toBe(readFileSync(file, "utf8"));
}
