/** docs/recovery.md scenarios: default IT loss, it-outage without `unavailable`, explicit lists. */
import { describe, expect, it } from "vitest";
import { cli } from "../cli/helpers.js";
import { checkOutput, checkUnreachable, planDir, prioritiesJson } from "./helpers.js";

// Shared by the scenarios: ertO(urg) 240; urg-papier covers dpi and ide (8h) → contribution 480.
const defaultOrder = {
  // L = {dpi, srv}. D(dpi) = max(240, 480) = 480, D(srv) = 480 − 120 = 360; bat ∉ L: duration 0.
  // E: srv 60 + E(bat) 0 = 60, dpi 180. LS: srv 300, dpi 360.
  resources: [
    [1, "srv", "P2", 360, 60, 300, 60, "vital", ["urg"]],
    [2, "dpi", "P2", 480, 120, 360, 180, "vital", ["urg"]],
  ],
  services: [
    ["urg", "vital", 240, 240, 180],
    ["adm", "deferrable", 2880, 2880, 0],
  ],
  findings: [],
} as const;

describe("scenario.yaml", () => {
  it("default: total loss of the information system", async () => {
    checkOutput("scenario.yaml", await prioritiesJson("scenario.yaml"), structuredClone(defaultOrder) as any);
  });

  it("it-outage without unavailable = the default set", async () => {
    const out = await prioritiesJson("scenario.yaml", ["--scenario", "rans"]);
    checkOutput("scenario.yaml", out, { ...(structuredClone(defaultOrder) as any), scenario: "rans" });
  });

  it("site loss: a facility is lost, the application above it is not", async () => {
    const out = await prioritiesJson("scenario.yaml", ["--scenario", "incendie"]);
    // L = {bat, srv}. dpi ∉ L: duration 0 but passes D = 480 down: D(srv) = 480 − 0 = 480,
    // D(bat) = 480 − 60 = 420. E: bat 2880, srv 2940, dpi 0 + 2940 = 2940.
    // LS: bat 420 − 2880 = −2460, srv 420.
    checkOutput("scenario.yaml", out, {
      scenario: "incendie",
      resources: [
        [1, "bat", "P2", 420, 2880, -2460, 2880, "vital", ["urg"]],
        [2, "srv", "P2", 480, 60, 420, 2940, "vital", ["urg"]],
      ],
      services: [
        ["urg", "vital", 240, 240, 2940],
        ["adm", "deferrable", 2880, 2880, 0],
      ],
      // dpi ∉ L: never rto-unreachable even though E(dpi) 2940 > 480.
      findings: [
        ["rto-unreachable", "warning", "bat", "/resources/2"],
        ["rto-unreachable", "warning", "srv", "/resources/1"],
      ],
    });
    checkUnreachable(out, "srv", ["srv", "bat"], "urg");
    checkUnreachable(out, "bat", ["bat"], "urg");
  });

  it("staff shortage: only the staff is lost", async () => {
    const out = await prioritiesJson("scenario.yaml", ["--scenario", "greve"]);
    // D(ide) = max(240, 480) = 480, duration 240, LS 240, E 240. E(dpi) = 0 (∉ L, nothing lost below).
    checkOutput("scenario.yaml", out, {
      scenario: "greve",
      resources: [[1, "ide", "P2", 480, 240, 240, 240, "vital", ["urg"]]],
      services: [
        ["urg", "vital", 240, 240, 240],
        ["adm", "deferrable", 2880, 2880, 0],
      ],
      findings: [],
    });
  });

  it("a non-it-outage scenario without unavailable loses nothing", async () => {
    const out = await prioritiesJson("scenario.yaml", ["--scenario", "fournisseur"]);
    checkOutput("scenario.yaml", out, {
      scenario: "fournisseur",
      resources: [],
      services: [
        ["urg", "vital", 240, 240, 0],
        ["adm", "deferrable", 2880, 2880, 0],
      ],
      findings: [],
    });
  });

  it("an unknown scenario prints nothing on stdout", async () => {
    const r = await cli(["priorities", "--format", "json", planDir + "scenario.yaml", "--scenario", "nope"]);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("nope");
  });
});
