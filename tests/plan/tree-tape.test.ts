// The tape that carries a fragment parsed on a worker thread back to the main thread
// (src/plan/tree-tape.ts, parallel-parse.ts): decoding gives back the very tree, in order (map
// entries, list items), with every offset, key offset and scalar (NaN, -0, ±Infinity included).
import fc from "fast-check";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { LNode, Scalar } from "../../src/plan/located.js";
import { SourceMap } from "../../src/plan/source-map.js";
import { decodeTree, encodeTree } from "../../src/plan/tree-tape.js";
import { parseYamlFile } from "../../src/plan/yaml-tree.js";

/** The tree as nested arrays: order kept, numbers compared with Object.is by toStrictEqual. */
function plain(n: LNode): unknown {
  if (n.kind === "scalar") return ["s", n.at.file, n.at.offset, n.value];
  if (n.kind === "seq") return ["q", n.at.file, n.at.offset, n.items.map(plain)];
  return ["m", n.at.file, n.at.offset, [...n.entries].map(([k, e]) => [k, e.key, plain(e.value)])];
}

function withFile(n: LNode, file: number): LNode {
  const at = { file, offset: n.at.offset };
  if (n.kind === "scalar") return { ...n, at };
  if (n.kind === "seq") return { ...n, at, items: n.items.map((i) => withFile(i, file)) };
  const entries = new Map(
    [...n.entries].map(([k, e]) => [k, { key: e.key, value: withFile(e.value, file) }]),
  );
  return { ...n, at, entries };
}

const scalar: fc.Arbitrary<Scalar> = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 8 }),
  fc.constantFrom("", "id", "__proto__", "é", "\u00a0", "24h"),
  fc.double(),
  fc.constantFrom(NaN, -0, 0, Infinity, -Infinity, 2 ** 53),
  fc.boolean(),
  fc.constant(null),
);
const offset = fc.nat({ max: 4 * 1024 * 1024 });
const { node } = fc.letrec<{ node: LNode }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.record({
      kind: fc.constant("scalar" as const),
      at: fc.record({ file: fc.constant(0), offset }),
      value: scalar,
    }),
    fc.record({
      kind: fc.constant("seq" as const),
      at: fc.record({ file: fc.constant(0), offset }),
      items: fc.array(tie("node"), { maxLength: 4 }),
    }),
    fc.record({
      kind: fc.constant("map" as const),
      at: fc.record({ file: fc.constant(0), offset }),
      entries: fc
        .array(
          fc.tuple(fc.oneof(fc.string({ maxLength: 4 }), fc.constant("__proto__")), offset, tie("node")),
          {
            maxLength: 4,
          },
        )
        .map((list) => new Map(list.map(([k, key, value]) => [k, { key, value }]))),
    }),
  ),
}));

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

describe("tree tape", () => {
  it("gives back any tree, in order, at the file index it is decoded for", () => {
    fc.assert(
      fc.property(node, fc.nat({ max: 20 }), (tree, file) => {
        const back = decodeTree(encodeTree(tree), file);
        expect(plain(back)).toStrictEqual(plain(withFile(tree, file)));
      }),
      { numRuns: 300 },
    );
  });

  it("gives back the tree of every example and corpus file, on both YAML roads", () => {
    const files = [
      ...yamlFiles("examples"),
      ...yamlFiles("tests/corpus/good"),
      ...yamlFiles("tests/corpus/bad"),
    ];
    let trees = 0;
    for (const file of files) {
      const text = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
      for (const shortRoad of [true, false]) {
        const { tree } = parseYamlFile(text, file, new SourceMap(), shortRoad);
        if (!tree) continue;
        trees++;
        expect(plain(decodeTree(encodeTree(tree), 0)), file).toStrictEqual(plain(tree));
      }
    }
    expect(trees).toBeGreaterThan(100);
  });
});
