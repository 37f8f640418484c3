// The short YAML road builds the items of a long top-level list while the Parser is still reading
// (src/plan/yaml-cst.ts, buildEarly): for long lists whose items hold comments at every indent,
// blank lines, nested blocks, flow lists, quoted keys and values, and now and then something only
// the Composer handles or something to report, the tree (in order), the line starts and the
// diagnostics are those of the Composer's road.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LineCounter } from "yaml";
import type { LNode } from "../../src/plan/located.js";
import { SourceMap } from "../../src/plan/source-map.js";
import { cstTree } from "../../src/plan/yaml-cst.js";
import { parseYamlFile } from "../../src/plan/yaml-tree.js";

/** The tree as nested arrays: entry and item order kept. */
function plain(n: LNode | null): unknown {
  if (n === null) return null;
  if (n.kind === "scalar") return ["s", n.at.offset, n.value];
  if (n.kind === "seq") return ["q", n.at.offset, n.items.map(plain)];
  return ["m", n.at.offset, [...n.entries].map(([k, e]) => [k, e.key, plain(e.value)])];
}

function road(text: string, shortRoad: boolean) {
  const map = new SourceMap();
  const { tree, diagnostics } = parseYamlFile(text, "plan.yaml", map, shortRoad);
  return { tree: plain(tree), diagnostics, lines: [...(map.lines(0) as LineCounter).lineStarts] };
}

function short(text: string): boolean {
  return cstTree(text, () => {}, { fileIndex: 0, checkText: (v) => v }) !== null;
}

/** Items of a top-level list, as written at indent 2; most plain, some odd. */
const plainItems = [
  "  - id: r{i}\n    name: Serveur {i}\n    tier: 1\n",
  "  - id: r{i}\n    dependsOn: [a, b, 'c d']\n    recovery:\n      duration: 4h\n      steps:\n        - un\n        - deux\n",
  '  - id: r{i}  # commentaire\n    name: "guillemets \\u00e9 {i}"\n',
  "  - id: r{i}\n\n    name: après une ligne vide\n",
  "  - id: r{i}\n    # commentaire dans l’élément\n    name: x\n",
  "  # commentaire à l’indentation de la liste\n  - id: r{i}\n",
  "# commentaire en colonne 0\n  - id: r{i}\n",
  "  - id: r{i}\n      # commentaire plus profond\n",
  "  - 'r{i}'\n",
  "  - r{i}\n      # plus profond, après une valeur\n",
  "  - {i}\n",
  "  - id: r{i}\n    flag: true\n    none: ~\n    n: 0x1F\n",
  "  -   id: r{i}\n      name: indentée plus loin\n",
];
const oddItems = [
  "  - id: r{i}\n    name: bip\u0007\n", // forbidden character: reported
  "  - id: r{i}\n    id: deux fois\n", // duplicate key
  "  - id: r{i}\n   name: mal indentée\n", // bad indentation
  "  - - liste dans la liste\n",
  "  - id: &a r{i}\n    copy: *a\n", // anchor and alias
  "  - id: r{i}\n    text: |\n      bloc\n", // block scalar
  "  - id: r{i}\n    name: sur\n      deux lignes\n",
  "  - id: r{i}\n    empty:\n",
  "  -\n",
  "  - id: r{i}\n\tname: tabulation\n",
  "  - {a: 1}\n",
];

/** A long list of plain items, half the time with one odd item somewhere (early or late). */
const list = fc
  .tuple(
    fc.array(fc.constantFrom(...plainItems), { minLength: 60, maxLength: 260 }),
    fc.option(fc.tuple(fc.constantFrom(...oddItems), fc.nat()), { freq: 2 }),
  )
  .map(([items, odd]) => {
    if (odd) items.splice(odd[1] % (items.length + 1), 0, odd[0]);
    return items;
  });

function plan(items: string[], tail: string): string {
  return "version: 1\nresources:\n" + items.map((t, i) => t.replace(/\{i\}/g, String(i))).join("") + tail;
}

describe("items of long lists built early on the short road", () => {
  it("give the Composer's tree, line starts and diagnostics", () => {
    let shortCount = 0;
    fc.assert(
      fc.property(
        list,
        fc.constantFrom(
          "",
          "services:\n  - id: s\n",
          "# fin\n",
          "  # fin de liste\n",
          "other: 1\n",
          "resources: 2\n",
          "  x: 1\n",
        ),
        (items, tail) => {
          const text = plan(items, tail);
          if (short(text)) shortCount++;
          expect(road(text, true)).toStrictEqual(road(text, false));
        },
      ),
      { numRuns: 150 },
    );
    // Most lists are plain: the early building is what is tested.
    expect(shortCount).toBeGreaterThan(20);
  });

  it("takes the short road for a plain long list and keeps every item in order", () => {
    const items = Array.from({ length: 500 }, (_, i) => plainItems[i % plainItems.length]);
    const text = plan(items, "services:\n  - id: s\n");
    expect(short(text)).toBe(true);
    const r = road(text, true);
    expect(r).toStrictEqual(road(text, false));
    const resources = (r.tree as [string, number, [string, number, [string, number, unknown[]]][]])[2][1][2];
    expect(resources[2]).toHaveLength(500);
  });

  it("reports a forbidden character in an early item where the Composer's road does", () => {
    const items = Array.from({ length: 300 }, (_, i) => (i === 5 ? oddItems[0] : plainItems[0]));
    const text = plan(items, "");
    const r = road(text, true);
    expect(r.diagnostics.map((d) => d.code)).toEqual(["invalid-character"]);
    expect(r).toStrictEqual(road(text, false));
  });
});
