// Fragments parsed on two threads (src/plan/parallel-parse.ts) load exactly as on one: same
// diagnostics in the same order, same data, same position for every node and key. Runs the
// built loader (dist/, made by `npm run build` before the suite): only there does the worker
// script exist; from the TypeScript sources the loader always stays on one thread.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const { loadPlan } = (await import("../../dist/plan/load.js")) as typeof import("../../src/plan/load.js");
const { fragmentParser } =
  (await import("../../dist/plan/parallel-parse.js")) as typeof import("../../src/plan/parallel-parse.js");

type Loaded = Awaited<ReturnType<typeof loadPlan>>;

/** Every pointer of the data, with its value and key positions. */
function positions(r: Loaded): unknown[] {
  if (!r.plan) return [];
  const out: unknown[] = [];
  const walk = (v: unknown, ptr: string) => {
    out.push([ptr, r.plan!.map.locate(ptr), r.plan!.map.locate(ptr, "key")]);
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${ptr}/${i}`));
    else if (v && typeof v === "object")
      for (const [k, x] of Object.entries(v)) walk(x, `${ptr}/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`);
  };
  walk(r.plan.data, "");
  return out;
}

async function same(dir: string) {
  const one = await loadPlan(dir, { parallel: false });
  const two = await loadPlan(dir, { parallel: true });
  expect(two.diagnostics, dir).toStrictEqual(one.diagnostics);
  expect(two.plan?.data, dir).toStrictEqual(one.plan?.data);
  expect(two.plan?.files).toStrictEqual(one.plan?.files);
  expect(two.plan?.partial).toStrictEqual(one.plan?.partial);
  expect(positions(two), dir).toStrictEqual(positions(one));
  return one;
}

function folder(files: Record<string, string>): string {
  const d = mkdtempSync(join(tmpdir(), "pcapra-par-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(d, name), text);
  return d;
}

describe("parallel loading of fragments", () => {
  it("is used for a folder of several fragments when asked, and only then", () => {
    const p = fragmentParser([10, 10], true);
    expect(p).not.toBeNull();
    p!.close();
    // Small plans stay on one thread.
    expect(fragmentParser([1000, 1000])).toBeNull();
    expect(fragmentParser([5 * 2 ** 20])).toBeNull();
  });

  it("loads the example and the corpus folders as one thread does", async () => {
    const dirs = [
      "examples/ch-kerbrat",
      "tests/corpus/good/g05-fragments",
      "tests/corpus/good/g12-corse-fragments",
      "tests/corpus/bad/duplicate-id-fragments",
      "tests/corpus/bad/duplicate-key-fragment",
      "tests/corpus/bad/merge-conflict",
      "tests/corpus/bad/merge-conflict-case-order",
      "tests/corpus/bad/merge-conflict-path-order",
      "tests/corpus/bad/dir-only-empty-fragments",
    ];
    for (const dir of dirs) await same(dir);
    expect((await same("examples/ch-kerbrat")).plan).toBeDefined();
  });

  it("keeps positions, diagnostics and their order with broken, odd and unusual fragments", async () => {
    const base = readFileSync("tests/corpus/good/g01-minimal.yaml", "utf8");
    const dir = folder({
      "a.yaml": base,
      "b-bom.yaml": "\uFEFFcontacts:\n  - id: c1\n    name: Dupont\n",
      "c-tab.yaml": "exercises:\n\t- id: x\n",
      "d-dup.yaml": "extra:\n  k: 1\n  k: 2\n",
      "e-alias.yaml": "anchors:\n  a: &x [1, 2]\n  b: *x\n",
      "f-char.yaml": 'notes:\n  - "bip\\x07"\n  - ok\u0007\n',
      "g-syntax.yaml": "broken: [1, 2\n",
      "h-list.yaml": "- not a mapping\n",
      "i-crlf.yaml": "more:\r\n  x: 1.5e3\r\n  y: .nan\r\n  z: -0\r\n",
      "j-empty.yaml": "# nothing\n",
    });
    const r = await same(dir);
    expect(r.diagnostics.length).toBeGreaterThan(3);
  });

  it("loads a copy of the example whose fragments are spread over both threads", async () => {
    const d = mkdtempSync(join(tmpdir(), "pcapra-par-"));
    cpSync("examples/ch-kerbrat", d, { recursive: true });
    // A BOM and a conflict in the copy: diagnostics from fragments on both sides.
    writeFileSync(join(d, "zz-conflict.yaml"), "\uFEFFestablishment:\n  name: Autre nom\n");
    await same(d);
  });
});
