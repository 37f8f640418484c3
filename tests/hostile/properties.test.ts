/**
 * Property tests through the real CLI `run()` (issue 9): random valid plans validate and build;
 * random byte and structure mutations of a valid plan never throw and always end with exit 0, 1
 * or 2 — with a diagnostic whenever the exit is not 0 — and no control character reaches the
 * text output.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { parse, stringify } from "yaml";
import { afterAll, describe, expect, it } from "vitest";
import { cli } from "../cli/helpers.js";
import { minimal } from "./plans.js";

const dir = mkdtempSync(join(tmpdir(), "pcapra-properties-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
function file(content: string | Uint8Array): string {
  const path = join(dir, `p${++n}.yaml`);
  writeFileSync(path, content);
  return path;
}

const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/);
const duration = fc.constantFrom("15min", "1h", "4h", "1h30", "2j", "1,5j", "PT4H", "1sem");
const text = fc
  .string({ minLength: 1, maxLength: 40 })
  .filter((s) => s.trim() !== "" && !/[\u0000-\u001f\ud800-\udfff\ufffe\uffff]/.test(s));

/** A valid plan: services depending on resources that form a DAG (each depends on later ones). */
const validPlan = fc
  .record({
    name: text,
    services: fc.uniqueArray(id, { minLength: 1, maxLength: 4 }),
    resources: fc.uniqueArray(
      id.map((s) => `r-${s}`),
      { minLength: 0, maxLength: 8 },
    ),
    seed: fc.array(fc.nat(), { minLength: 40, maxLength: 40 }),
    rto: duration,
    resourceName: text,
  })
  .map(({ name, services, resources, seed, rto, resourceName }) => {
    const pick = (i: number) => seed[i % seed.length];
    const plan = parse(minimal) as Record<string, any>;
    plan.establishment.name = name;
    plan.services = services.map((s, i) => ({
      id: s,
      name: `Activité ${s}`,
      kind: ["care", "administrative", "technical"][pick(i) % 3],
      criticality: ["vital", "essential", "important", "deferrable"][pick(i + 1) % 4],
      rto,
      dependsOn: resources.filter((_, j) => (pick(i + j) + j) % 3 === 0),
    }));
    plan.resources = resources.map((r, j) => ({
      id: r,
      name: `${resourceName} ${j}`,
      kind: ["application", "infrastructure", "network", "data", "staff"][pick(j) % 5],
      dependsOn: resources.slice(j + 1).filter((_, k) => (pick(j + k + 3) + k) % 4 === 0),
      recovery: { duration: ["30min", "2h", "1j"][pick(j + 5) % 3] },
    }));
    return stringify(plan);
  });

const noControl = /[\u0000-\u0008\u000b-\u001f\u007f]/;

describe("random valid plans", () => {
  it("validate with exit 0 and no error", async () => {
    await fc.assert(
      fc.asyncProperty(validPlan, async (plan) => {
        const r = await cli(["validate", "--format", "json", file(plan)]);
        const out = JSON.parse(r.stdout);
        const errors = out.plans[0].diagnostics.filter((d: { severity: string }) => d.severity === "error");
        expect(errors, plan).toEqual([]);
        expect(r.code).toBe(0);
      }),
      { numRuns: 60, seed: 9 },
    );
  });

  it("build their documents (DOCX) without throwing", async () => {
    await fc.assert(
      fc.asyncProperty(validPlan, async (plan) => {
        const out = join(dir, `out${++n}`);
        const r = await cli(["build", file(plan), "--out", out, "--format", "docx"]);
        expect(r.code, r.stderr).toBe(0);
        expect(r.stderr).not.toMatch(/erreur interne/);
        expect(readdirSync(out).filter((f) => f.endsWith(".docx")).length).toBeGreaterThan(0);
      }),
      { numRuns: 4, seed: 9 },
    );
  });
});

/** A byte-level mutation: flip, insert (control characters and YAML punctuation included), cut. */
const byteMutation = fc.oneof(
  fc.record({ op: fc.constant("flip" as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({
    op: fc.constant("insert" as const),
    at: fc.nat(),
    bytes: fc.array(
      fc.constantFrom(
        0,
        1,
        7,
        8,
        9,
        10,
        13,
        27,
        0x7f,
        0xc3,
        0xa9,
        0xef,
        0xbf,
        0xbe,
        0x3a,
        0x2d,
        0x26,
        0x2a,
        0x22,
        0x5b,
        0x7b,
        0x20,
      ),
      { maxLength: 6 },
    ),
  }),
  fc.record({ op: fc.constant("cut" as const), at: fc.nat() }),
);

type ByteEdit = { op: "flip" | "insert" | "cut"; at: number; value?: number; bytes?: number[] };

function mutateBytes(source: Uint8Array, edits: ByteEdit[]): Uint8Array {
  let b = Buffer.from(source);
  for (const e of edits) {
    const at = e.at % (b.length + 1);
    if (e.op === "flip" && b.length > 0) b[at % b.length] = e.value ?? 0;
    else if (e.op === "insert")
      b = Buffer.concat([b.subarray(0, at), Buffer.from(e.bytes ?? []), b.subarray(at)]);
    else if (e.op === "cut") b = b.subarray(0, at);
  }
  return b;
}

/** A structure mutation: some node of the plan replaced by a random JSON value. */
const anyValue = fc.jsonValue({ maxDepth: 3 });
function mutateStructure(plan: unknown, path: number[], value: unknown): unknown {
  if (path.length === 0 || plan === null || typeof plan !== "object") return value;
  const keys = Object.keys(plan as object);
  if (keys.length === 0) return value;
  const key = keys[path[0] % keys.length];
  const copy: any = Array.isArray(plan) ? [...plan] : { ...(plan as object) };
  copy[key] = mutateStructure(copy[key], path.slice(1), value);
  return copy;
}

async function checkRun(args: string[]) {
  const r = await cli(args);
  expect([0, 1, 2]).toContain(r.code);
  expect(r.stdout + r.stderr).not.toMatch(/erreur interne/);
  if (args[0] === "validate" && args[1] !== "--format") {
    expect(noControl.test(r.stdout), JSON.stringify(r.stdout.slice(0, 300))).toBe(false);
    // Exit 1 or 2: at least one diagnostic line before the summary.
    if (r.code !== 0) expect(r.stdout).toMatch(/:\d+:\d+: error [\w-]+: /);
  }
  return r;
}

describe("random mutations of a valid plan", () => {
  const source = Buffer.from(minimal, "utf8");

  it("bytes: validate, priorities, graph end with 0, 1 or 2 and say why", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(byteMutation, { minLength: 1, maxLength: 4 }), async (edits) => {
        const path = file(mutateBytes(source, edits));
        await checkRun(["validate", path]);
        await checkRun(["priorities", path, "--format", "csv"]);
        await checkRun(["graph", path]);
      }),
      { numRuns: 120, seed: 17 },
    );
  });

  it("structure: any node replaced by any JSON value", async () => {
    const plan = parse(minimal);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { minLength: 1, maxLength: 5 }), anyValue, async (path, value) => {
        const mutated = stringify(mutateStructure(plan, path, value));
        const p = file(mutated);
        await checkRun(["validate", p]);
        await checkRun(["care", p, "--format", "csv"]);
      }),
      { numRuns: 150, seed: 23 },
    );
  });
});
