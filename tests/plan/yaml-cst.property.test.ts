// Differential property test of the two YAML roads (docs/architecture.md, src/plan): for random
// plan-like texts (with scalars that look like numbers, booleans, nulls or dates, quoted keys,
// comments, trailing spaces, Unicode, empty values, duplicate keys, bad indentation, tabs), the
// CST road gives the same located tree, the same positions and the same diagnostics as
// parseDocument, and takes the short road often enough to be tested.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LineCounter } from "yaml";
import type { LNode } from "../../src/plan/located.js";
import { SourceMap } from "../../src/plan/source-map.js";
import { cstTree } from "../../src/plan/yaml-cst.js";
import { parseYamlFile } from "../../src/plan/yaml-tree.js";

const lookalikes = [
  "1",
  "-7",
  "+12",
  "0o7",
  "0x1F",
  "0x1f",
  "1e3",
  "1.5",
  ".5",
  "-.inf",
  ".inf",
  ".NaN",
  "~",
  "null",
  "Null",
  "NULL",
  "true",
  "True",
  "FALSE",
  "yes",
  "Yes",
  "no",
  "on",
  "2026-03-15",
  "24h",
  "4h30",
  "007",
  "1_000",
  "0b101",
  "",
  "a: b",
  "a #b",
  "- x",
  "[x]",
  "é",
  "Ürgence",
  "svc-0001",
  "x  y",
];
const keys = ["id", "name", "a", "b", "1", "true", "~", "null", "0x1F", "'a: b'", '"x: y"', "é", "k k"];

/** A scalar as written: plain, single- or double-quoted (with an escape), sometimes commented. */
const scalarText = fc
  .tuple(
    fc.oneof(fc.constantFrom(...lookalikes), fc.string({ unit: "grapheme", maxLength: 6 })),
    fc.constantFrom("plain", "plain", "single", "double"),
    fc.constantFrom("", "", "", " ", " # note", "  #x"),
  )
  .map(([v, style, tail]) => {
    const body =
      style === "plain"
        ? v
        : style === "single"
          ? `'${v.replace(/'/g, "''")}'`
          : `"${v.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}\\t"`;
    return body + tail;
  });

type Shape =
  | { t: "scalar"; text: string }
  | { t: "flow"; items: string[] }
  | { t: "map"; entries: [string, Shape | null][] }
  | { t: "seq"; items: Shape[] };

const { shape } = fc.letrec<{ shape: Shape }>((tie) => ({
  shape: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    scalarText.map((text): Shape => ({ t: "scalar", text })),
    fc.array(scalarText, { maxLength: 3 }).map((items): Shape => ({ t: "flow", items })),
    fc
      .array(fc.tuple(fc.constantFrom(...keys), fc.option(tie("shape"), { freq: 8 })), {
        minLength: 1,
        maxLength: 4,
      })
      .map((entries): Shape => ({ t: "map", entries })),
    fc.array(tie("shape"), { minLength: 1, maxLength: 3 }).map((items): Shape => ({ t: "seq", items })),
  ),
}));

/** Block YAML for `s`, `indent` spaces in; `inline` when it follows `key:` or `- `. */
function render(s: Shape, indent: number, lines: string[], lead: string): void {
  const pad = " ".repeat(indent);
  if (s.t === "scalar") lines.push(lead + s.text);
  else if (s.t === "flow")
    lines.push(lead + "[" + s.items.map((i) => i.replace(/ *#.*$/, "")).join(", ") + "]");
  else if (s.t === "map") {
    let first = true;
    for (const [k, v] of s.entries) {
      const head = (first ? lead : pad) + k + ":";
      first = false;
      if (v === null) lines.push(head);
      else if (v.t === "map" || v.t === "seq") {
        lines.push(head);
        render(v, indent + 2, lines, " ".repeat(indent + 2));
      } else render(v, indent, lines, head + " ");
    }
  } else {
    let first = true;
    for (const item of s.items) {
      const head = (first ? lead : pad) + "- ";
      first = false;
      if (item.t === "seq") {
        lines.push(head.trimEnd());
        render(item, indent + 2, lines, " ".repeat(indent + 2));
      } else render(item, indent + 2, lines, head);
    }
  }
}

/** A mapping document, with some lines damaged: indentation, tabs, comments, blank lines. */
const documents = fc
  .tuple(
    fc.array(fc.tuple(fc.constantFrom(...keys), shape), { minLength: 1, maxLength: 5 }),
    fc.array(
      fc.tuple(fc.nat(), fc.constantFrom("indent+1", "indent-1", "tab", "comment", "blank", "trailing")),
      { maxLength: 2 },
    ),
  )
  .map(([entries, damage]) => {
    const lines: string[] = [];
    render({ t: "map", entries }, 0, lines, "");
    for (const [at, kind] of damage) {
      const i = at % lines.length;
      if (kind === "indent+1") lines[i] = " " + lines[i];
      else if (kind === "indent-1") lines[i] = lines[i].replace(/^ /, "");
      else if (kind === "tab") lines[i] = lines[i].replace(/^ /, "\t");
      else if (kind === "comment") lines.splice(i, 0, " ".repeat(at % 5) + "# remarque");
      else if (kind === "blank") lines.splice(i, 0, "");
      else lines[i] += "  ";
    }
    return lines.join("\n") + "\n";
  });

/** Every offset of a tree, with its key offsets: positions are compared through each map. */
function offsets(n: LNode | null, out: number[] = []): number[] {
  if (!n) return out;
  out.push(n.at.offset);
  if (n.kind === "seq") n.items.forEach((i) => offsets(i, out));
  if (n.kind === "map")
    n.entries.forEach((e) => {
      out.push(e.key);
      offsets(e.value, out);
    });
  return out;
}

function compareRoads(text: string): boolean {
  const shortMap = new SourceMap();
  const fullMap = new SourceMap();
  const short = parseYamlFile(text, "p.yaml", shortMap);
  const full = parseYamlFile(text, "p.yaml", fullMap, false);
  expect(short).toEqual(full);
  for (const o of offsets(short.tree)) expect(shortMap.position(0, o)).toEqual(fullMap.position(0, o));
  return cstTree(text, new LineCounter().addNewLine, { fileIndex: 0, checkText: (v) => v }) !== null;
}

describe("short YAML road, property", () => {
  it("gives parseDocument's tree, positions and diagnostics on random plan-like YAML", () => {
    let short = 0;
    let runs = 0;
    fc.assert(
      fc.property(documents, (text) => {
        runs++;
        if (compareRoads(text)) short++;
      }),
      { numRuns: 400, seed: 20261205 },
    );
    // Both roads are exercised: the property compares something.
    expect(short).toBeGreaterThan(runs / 10);
    expect(short).toBeLessThan(runs);
  });
});
