import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // LibreOffice conversions and end-to-end builds take seconds; keep runs predictable.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: "forks",
    reporters: ["default", "./tests/summary-reporter.ts"],
  },
});
