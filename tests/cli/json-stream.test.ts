/** writeJson writes the bytes of JSON.stringify(value, null, 2) + "\n", in pieces. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { writeJson } from "../../src/cli/json-stream.js";

function written(value: unknown, depth?: number): { text: string; writes: number } {
  let text = "";
  let writes = 0;
  writeJson(value, (t) => ((text += t), writes++), depth);
  return { text, writes };
}

describe("writeJson", () => {
  it("matches JSON.stringify on any JSON-like value, at any walking depth", () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true }), fc.nat(4), (v, depth) => {
        // A top-level undefined has no JSON text: prioritiesJson always gives an object.
        fc.pre(v !== undefined);
        expect(written(v, depth).text).toBe(JSON.stringify(v, null, 2) + "\n");
      }),
      { numRuns: 500 },
    );
  });

  it("matches on the corners: undefined members, toJSON, empty containers, line feeds in strings", () => {
    const value = {
      a: undefined,
      b: [undefined, () => 1, { c: "x\ny" }],
      d: new Date(0),
      e: {},
      f: [],
      g: { toJSON: () => ({ h: [1, { i: 2 }] }) },
    };
    expect(written(value).text).toBe(JSON.stringify(value, null, 2) + "\n");
    expect(written([]).text).toBe("[]\n");
  });

  it("writes a large document in several pieces", () => {
    const value = { rows: Array.from({ length: 20_000 }, (_, i) => ({ id: `r-${i}`, list: [i, i + 1] })) };
    const { text, writes } = written(value);
    expect(text).toBe(JSON.stringify(value, null, 2) + "\n");
    expect(writes).toBeGreaterThan(5);
  });
});
