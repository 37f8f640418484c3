/** docs/recovery.md findings on backups: 365-day boundary, rpo through services, offline copies. */
import { describe, it } from "vitest";
import { checkOutput, prioritiesJson } from "./helpers.js";

describe("backups.yaml", () => {
  it("matches the hand computation", async () => {
    const out = await prioritiesJson("backups.yaml");
    // ertO(urg) 240, ertO(bio) = min(1440, 240) = 240, gestion 2880.
    // D = 240 for everything urg/bio use (maxDuration 120 and 240 do not extend), 2880 for gestion.
    // Every duration 60, no resource dependency: E = 60, LS = 180 or 2820.
    // Ties (180, vital): by id r-nobackup < r-notest < r-ok < r-online < r-stale.
    checkOutput("backups.yaml", out, {
      resources: [
        [1, "r-nobackup", "P1", 240, 60, 180, 60, "vital", ["urg"]],
        [2, "r-notest", "P1", 240, 60, 180, 60, "vital", ["bio", "urg"]],
        [3, "r-ok", "P1", 240, 60, 180, 60, "vital", ["urg"]],
        [4, "r-online", "P1", 240, 60, 180, 60, "vital", ["bio", "urg"]],
        [5, "r-stale", "P1", 240, 60, 180, 60, "vital", ["bio", "urg"]],
        [6, "r-infra", "P3", 2880, 60, 2820, 60, "important", ["gestion"]],
        [7, "r-low", "P3", 2880, 60, 2820, 60, "important", ["gestion"]],
      ],
      services: [
        ["urg", "vital", 240, 240, 60],
        ["bio", "essential", 1440, 240, 60],
        ["gestion", "important", 2880, 2880, 60],
      ],
      findings: [
        // 2025-03-14 is 366 days before 2026-03-15; r-ok (2025-03-15, 365 days) is not stale.
        ["restore-test-stale", "warning", "r-stale", "/resources/1"],
        ["restore-test-stale", "warning", "r-notest", "/resources/2"],
        // Any kind with a backup: infrastructure too.
        ["restore-test-stale", "warning", "r-infra", "/resources/6"],
        // offline: false; r-low is only used by an important service, r-infra is infrastructure.
        ["no-offline-backup", "warning", "r-online", "/resources/3"],
        // frequency 1440 > min(rpo bio 1440, rpo urg 240 through urg → bio) = 240.
        ["rpo-unmet", "warning", "r-online", "/resources/3"],
        ["no-backup", "warning", "r-nobackup", "/resources/4"],
      ],
    });
  });
});
