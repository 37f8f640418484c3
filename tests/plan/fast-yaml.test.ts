/**
 * The fast reader (src/plan/fast-yaml.ts) against the `yaml` library: on every text it accepts,
 * the same located tree (values, offsets), the same diagnostics and the same line:column for
 * every offset; and it accepts the plans it is meant for (examples, generated plans).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { parseFast } from "../../src/plan/fast-yaml.js";
import { SourceMap } from "../../src/plan/source-map.js";
import { parseYamlFile } from "../../src/plan/yaml-tree.js";
// @ts-expect-error: the bench generator is plain JavaScript.
import { generatePlan, toYaml } from "../../bench/generate.js";

/** Compares both readers on `text`; says whether the fast one took it. */
function same(text: string): boolean {
  const fastMap = new SourceMap();
  const slowMap = new SourceMap();
  const fast = parseYamlFile(text, "p.yaml", fastMap);
  const slow = parseYamlFile(text, "p.yaml", slowMap, { fast: false });
  expect(fast.diagnostics).toEqual(slow.diagnostics);
  expect(fast.tree).toEqual(slow.tree);
  for (let offset = 0; offset <= text.length; offset++)
    expect(fastMap.position(0, offset)).toEqual(slowMap.position(0, offset));
  return parseFast(text, 0, 32, (v) => v) !== null;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

describe("fast YAML reader", () => {
  it("reads the examples and generated plans exactly as the library does", () => {
    const files = [...yamlFiles("examples"), ...yamlFiles("tests/fixtures/minimal")];
    for (const f of files) expect(same(readFileSync(f, "utf8").replace(/^\uFEFF/, "")), f).toBe(true);
    for (const seed of [1, 2, 3])
      expect(same(toYaml(generatePlan({ services: 12, resources: 40, edges: 120, seed })))).toBe(true);
  });

  it("agrees with the library on every file of the test corpora (or leaves it to the library)", () => {
    for (const dir of ["tests/corpus", "tests/rules/fixtures", "tests/recovery-spec", "tests/fixtures"])
      for (const f of yamlFiles(dir)) same(readFileSync(f, "utf8").replace(/^\uFEFF/, ""));
  });

  it("agrees on hand-picked corners: empty values, comments, compact lists, quotes, numbers", () => {
    const cases = [
      "a:\nb: 1\n",
      "a:   \nb: 1",
      "a: # c\nb: 1",
      "a:\n  -\n  - x\n",
      "a:\n- \n- x\nb: 2\n",
      "# c\n\na: 1\n",
      "a:\n  b: 1\n# c\n  c: 2\n",
      "a: b\n   # c\nc: d\n",
      "a: b\n  #c\n",
      "a: x]\nb: y}\nc: d,e\n",
      'a: "x\\u00e9\\n\\t\\"\\\\ \\/"\n',
      "a: 'it''s'\n",
      "a: [a, b ,c]\nb: []\nc: [ ]\nd: ['x', \"y\"]\n",
      "a:\n  - b: 1\n    c:\n  - d\n",
      "a:\n  - - x\n    - y\n  - z\n",
      "a: 1\nb: -2\nc: +3\nd: 0o17\ne: 0x1F\nf: 1.50\ng: 1e3\nh: .inf\ni: -.Inf\nj: .nan\nk: ~\nl: Null\nm: TRUE\nn: false\no: 010\n",
      "1: a\ntrue: b\nnull: c\n~: d\n0x10: e\n1.0: f\n",
      "a: b#c\nd: e #f\ng: http://x.y/z\nh: a:b\n",
      "a: -x\nb: --\nc: 2026-03-15\n",
      "-a: 1\n",
      'a: l\'été\nb: Service "X"\n',
      "a: b\n  c\n",
      "a: b: c\n",
      "a: [a, [b]]\n",
      "a: [a,]\n",
      "a: {}\n",
      "a: &x 1\nb: *x\n",
      "a: |\n  x\n",
      "---\na: 1\n",
      "a: 1\n...\n",
      "a: 1\na: 2\n",
      "'a': 1\n",
      'a: "x\n  y"\n',
      "a\n",
      "  a: 1\n  b: 2\n",
      "a:\n  b\n",
      "a: 1\n - b\n",
      "a:\n  - 1\n   - 2\n",
      "a: [1, 2] x\n",
      'a: "b" # c\n',
      'a: "b"c\n',
      "a : 1\n",
      'a: "\\x41"\n',
      "<<: 1\n",
      "a: ? b\n",
      "a: !t b\n",
      "a: %b\n",
      "a: @b\n",
      "a: `b\n",
      'a: "\\ud800"\n',
    ];
    let taken = 0;
    for (const c of cases) if (same(c)) taken++;
    // Most of these are plain plan YAML: a reader that gave up on everything would fail here.
    expect(taken).toBeGreaterThanOrEqual(22);
  });

  it("agrees with the library on random texts of plan-like lines", () => {
    let taken = 0;
    const piece = fc.constantFrom(
      "a",
      "b",
      "id",
      "x y",
      "-",
      "- ",
      ":",
      ": ",
      " ",
      "  ",
      "    ",
      "#",
      " #c",
      "\n",
      "\n",
      "\n",
      "\n  ",
      "\n    ",
      "\n- ",
      "\n  - ",
      '"',
      "'",
      "[",
      "]",
      ", ",
      "{",
      "}",
      "1",
      "-1",
      "0x1",
      "1.5",
      "~",
      "null",
      "true",
      "é",
      "\\",
      "\\n",
      "&a",
      "*a",
      "!",
      "|",
      ">",
      "?",
      "%",
      "---",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        if (same(pieces.join(""))) taken++;
      }),
      { numRuns: 2000 },
    );
    // Random pieces are rarely a plan; the structured lines below are.
    expect(taken).toBeGreaterThan(10);
  });

  it("agrees with the library on random indented lines of keys, dashes and values", () => {
    let taken = 0;
    const value = fc.constantFrom(
      "",
      "x",
      "a b",
      "1",
      "-2",
      "1.5",
      "~",
      "true",
      "'q'",
      '"d"',
      "[a, b]",
      "[]",
      "x #c",
      "#c",
      "a:b",
      "é",
      "- x",
      "k: v",
      '"a',
      "[a",
      "{}",
      "&a x",
      "*a",
    );
    const line = fc.record({
      step: fc.constantFrom(-2, -1, 0, 0, 0, 1, 1),
      odd: fc.constantFrom("", "", "", "", "", "", " "),
      dash: fc.constantFrom("", "", "- ", "-", "- - "),
      key: fc.constantFrom("", "k", "k", "k", "x y", "a.b", "-k", "1", "k"),
      colon: fc.constantFrom(": ", ": ", ": ", ":", " : "),
      value,
    });
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), fc.boolean(), (lines, trailing) => {
        let level = 0;
        const text = lines
          .map((l, i) => {
            level = i === 0 ? 0 : Math.max(0, level + l.step);
            const key = l.key === "k" ? `k${i}` : l.key;
            return " ".repeat(2 * level) + l.odd + l.dash + (key ? key + l.colon : "") + l.value;
          })
          .join("\n");
        if (same(trailing ? text + "\n" : text)) taken++;
      }),
      { numRuns: 4000 },
    );
    expect(taken).toBeGreaterThan(50);
  });

  it("agrees with the library on random nested plans", () => {
    let taken = 0;
    const scalar = fc.oneof(
      fc.string({ maxLength: 12 }).filter((s) => !/[\u0000-\u001f\ud800-\udfff\ufffe\uffff]/.test(s)),
      fc.integer(),
      fc.double({ noNaN: true }),
      fc.boolean(),
      fc.constant(null),
    );
    const key = fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9 _.-]{0,8}$/);
    const { value } = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: "small" }, scalar, tie("list"), tie("map")),
      list: fc.array(tie("value"), { maxLength: 4 }),
      map: fc.dictionary(key, tie("value"), { maxKeys: 4 }),
    }));
    fc.assert(
      fc.property(fc.dictionary(key, value, { minKeys: 1, maxKeys: 5 }), fc.boolean(), (plan, flow) => {
        if (same(stringify(plan, { indentSeq: flow }))) taken++;
        same(JSON.stringify(plan, null, flow ? undefined : 1).replace(/^\{|\}$/g, ""));
      }),
      { numRuns: 400 },
    );
    expect(taken).toBeGreaterThan(80);
  });
});
