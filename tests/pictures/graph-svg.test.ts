/** `pcapra graph --format svg`: the laid-out diagram on its own, well-formed, same bytes twice. */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { toolsAvailable } from "../helpers/tools.js";
import { cli, root } from "../cli/helpers.js";

const example = join(root, "examples/ch-kerbrat");

describe("pcapra graph --format svg", () => {
  it("prints a well-formed SVG, the same on two runs", async () => {
    const a = await cli(["graph", example, "--format", "svg"]);
    const b = await cli(["graph", example, "--format", "svg"]);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg /);
    // Every node of the DOT output is in the picture, with its caption (tier and deadline).
    const dot = await cli(["graph", example, "--format", "dot"]);
    const captions = [...dot.stdout.matchAll(/label="[^"]*\\n([^"]*)"/g)].map((m) => m[1]).sort();
    expect(captions.length).toBeGreaterThan(40);
    const drawn = [...a.stdout.matchAll(/<text [^>]*>((?:P\d · |Sans échéance)[^<]*)<\/text>/g)]
      .map((m) => m[1])
      .sort();
    expect(drawn).toEqual(captions);
    if (!toolsAvailable("xmllint")) return;
    const file = join(mkdtempSync(join(tmpdir(), "pcapra-svg-")), "graphe.svg");
    writeFileSync(file, a.stdout);
    execFileSync("xmllint", ["--noout", file]);
  });

  it("restricts to one service with --service", async () => {
    const all = await cli(["graph", example, "--format", "svg"]);
    const one = await cli(["graph", example, "--format", "svg", "--service", "laboratoire"]);
    expect(one.code).toBe(0);
    expect(one.stdout.length).toBeLessThan(all.stdout.length);
    expect(one.stdout).toContain("Laboratoire de biologie");
    expect(one.stdout).not.toContain("Restauration des patients");
  });
});
