// The short road (src/plan/yaml-cst.ts: the located tree from the yaml library's CST) must give
// exactly what the Composer's road gives: same tree, same offsets, same diagnostics; and it must
// give up, not guess, on anything it does not handle.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LineCounter } from "yaml";
import { SourceMap } from "../../src/plan/source-map.js";
import { cstTree } from "../../src/plan/yaml-cst.js";
import { parseYamlFile } from "../../src/plan/yaml-tree.js";
// @ts-expect-error plain JavaScript module without types
import { generatePlan, toYaml } from "../../bench/generate.js";

function bothRoads(text: string) {
  const short = parseYamlFile(text, "plan.yaml", new SourceMap());
  const full = parseYamlFile(text, "plan.yaml", new SourceMap(), false);
  return { short, full };
}

function takesShortRoad(text: string): boolean {
  const tree = cstTree(text, new LineCounter().addNewLine, { fileIndex: 0, checkText: (v) => v });
  return tree !== null;
}

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...yamlFiles(path));
    else if (/\.ya?ml$/.test(name)) out.push(path);
  }
  return out.sort();
}

describe("short YAML road", () => {
  it("gives the Composer's tree and diagnostics for every YAML file of the repository", () => {
    const files = [...yamlFiles("examples"), ...yamlFiles("tests")];
    expect(files.length).toBeGreaterThan(50);
    let short = 0;
    for (const file of files) {
      const text = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
      const roads = bothRoads(text);
      expect(roads.short, file).toEqual(roads.full);
      if (takesShortRoad(text)) short++;
    }
    // Most plans are plain YAML: the short road is the common one.
    expect(short).toBeGreaterThan(files.length / 3);
  });

  it("takes the short road for generated plans and builds the same tree", () => {
    for (const seed of [1, 2, 3]) {
      const text = toYaml(generatePlan({ services: 30, resources: 90, edges: 360, seed })) as string;
      expect(takesShortRoad(text)).toBe(true);
      const roads = bothRoads(text);
      expect(roads.short).toEqual(roads.full);
    }
  });

  const plain = [
    "version: 1\n",
    "# prelude\n\nversion: 1 # trailing\nname: 'Kerbrat'\n",
    '---\na: "x\\ty \\u00e9"\nb: [1, 2.5, true, null, ~, 0x1f, .inf, "q", \'r\']\nc: []\n',
    "a:\n  - x\n  - id: y\n    n: 3\n  # fin\nb:\n- 1\n- 2\n",
    "a:\n  b:\n    c: -1\n  d: 1e3\n\n\n# end\n",
    "1: un\ntrue: vrai\nnull: rien\n0.5: demi\n",
    "a: [ x , y ]\nb: 2026-03-15\nc: 24h\n",
    'a: ok\nb: "\\u0007 bell"\n',
    "a: raw\u0001control\nb:\n  - x\u0002\n",
  ];
  it.each(plain)("short road, same result: %j", (text) => {
    expect(takesShortRoad(text)).toBe(true);
    const roads = bothRoads(text);
    expect(roads.short).toEqual(roads.full);
  });

  const other = [
    "a: &x 1\nb: *x\n",
    "a: !!str 1\n",
    "a:\nb: 1\n",
    "a: |\n  text\n",
    "a: b\n  c\n",
    "a: {x: 1}\n",
    "a: [x,\n  y]\n",
    "a: 1\na: 2\n",
    "a: 1\n1: x\n'1': y\n",
    "a: 1\n---\nb: 2\n",
    "%YAML 1.2\n---\na: 1\n",
    "a: 1\n...\n",
    "? a\n: 1\n",
    "a: b: c\n",
    "- a\n- b\n",
    "a: [x, , y]\n",
    "a: [x, y,]\n",
    'a: "unterminated\n',
    "a: 1\n  b: 2\n",
    "a:\n  - 1\n   - 2\n",
    "a: x#y\nb: x #y\nc: x\t#y\n",
    "a: `x`\n",
    "a: @x\n",
    "a: 1 # c\n# c2\nb:\n  c: 1\n # c3\n  d: 2\n",
  ];
  it.each(other)("gives up or agrees: %j", (text) => {
    const roads = bothRoads(text);
    expect(roads.short).toEqual(roads.full);
  });

  it("gives up on what only the Composer handles", () => {
    for (const text of other.slice(0, 20)) expect(takesShortRoad(text), text).toBe(false);
  });

  it("reports a forbidden character in a value at the same place on both roads", () => {
    const text = 'a: "x\\u0001"\nb: ok\n';
    expect(takesShortRoad(text)).toBe(true);
    const roads = bothRoads(text);
    expect(roads.short.diagnostics.map((d) => d.code)).toEqual(["invalid-character"]);
    expect(roads.short).toEqual(roads.full);
  });

  it("stops at the nesting limit as the Composer's road does", () => {
    let text = "";
    for (let i = 0; i < 40; i++) text += " ".repeat(i * 2) + `k${i}:\n`;
    text += " ".repeat(80) + "v: 1\n";
    const roads = bothRoads(text);
    expect(roads.short).toEqual(roads.full);
    expect(roads.short.diagnostics.map((d) => d.code)).toContain("limit-exceeded");
  });
});
