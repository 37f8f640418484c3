/** docs/cli.md: the priorities table fits 80 columns. */
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cli, root } from "../cli/helpers.js";
import { planDir } from "./helpers.js";

describe("priorities table", () => {
  const plans = readdirSync(root + planDir).filter(
    (f) => !["cycle.yaml", "cycle-services.yaml", "selfloop.yaml", "mtpd.yaml"].includes(f),
  );
  for (const file of plans) {
    it(`${file} fits 80 columns`, async () => {
      const r = await cli(["priorities", planDir + file]);
      expect(r.code).toBe(0);
      for (const line of r.stdout.split("\n")) expect([...line].length, line).toBeLessThanOrEqual(80);
    });
  }
  it("lists the lost resources in rank order", async () => {
    const r = await cli(["priorities", planDir + "deadlines.yaml"]);
    const ids = ["san", "db", "app-srv", "web", "fax", "mail", "arch", "cold"];
    const at = ids.map((id) => r.stdout.search(new RegExp(`\\s${id.replace("-", "\\-")}\\s`)));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });
});
