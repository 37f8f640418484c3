import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SourceMap } from "../../src/plan/source-map.js";
import type { Plan, Resource, ResourceKind } from "../../src/plan/types.js";
import { computeRecovery } from "../../src/recovery/index.js";
import type { Recovery } from "../../src/recovery/types.js";
import { makePlan } from "./helpers.js";

/** Small deterministic PRNG so that one fast-check integer describes a whole plan. */
function prng(seed: number) {
  let s = seed >>> 0 || 1;
  return (n: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
}

const kinds: ResourceKind[] = ["application", "infrastructure", "network", "data", "supplier", "staff"];
const crits = ["vital", "essential", "important", "deferrable"] as const;

/** A random DAG plan: resource i depends only on resources of lower index, service j on lower services. */
function randomPlan(seed: number): Plan {
  const rnd = prng(seed);
  const nr = 1 + rnd(25);
  const ns = 1 + rnd(5);
  const rid = (i: number) => `r${(i * 7919) % 1000}-${i}`; // ids not in index order
  const resources: Partial<Resource>[] = [];
  for (let i = 0; i < nr; i++) {
    const deps = new Set<string>();
    for (let k = rnd(4); k > 0 && i > 0; k--) deps.add(rid(rnd(i)));
    resources.push({
      id: rid(i),
      kind: kinds[rnd(kinds.length)],
      dependsOn: [...deps],
      ...(rnd(5) > 0 ? { recovery: { duration: `${rnd(600)}min` } } : {}),
    });
  }
  const services = [];
  for (let j = 0; j < ns; j++) {
    const deps = new Set<string>();
    for (let k = 1 + rnd(3); k > 0; k--) deps.add(rid(rnd(nr)));
    if (j > 0 && rnd(3) === 0) deps.add(`s${rnd(j)}`);
    services.push({
      id: `s${j}`,
      criticality: crits[rnd(4)],
      rto: `${30 + rnd(3000)}min`,
      dependsOn: [...deps],
    });
  }
  const procedures = services
    .filter(() => rnd(2) === 0)
    .map((s, k) => ({
      id: `p${k}`,
      service: s.id,
      covers: s.dependsOn.filter(() => rnd(2) === 0),
      maxDuration: `${rnd(2000)}min`,
    }));
  return makePlan({ services, resources, procedures });
}

function shuffle<T>(list: T[], rnd: (n: number) => number): T[] {
  const a = [...list];
  for (let i = a.length - 1; i > 0; i--) {
    const j = rnd(i + 1);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

function shuffled(plan: Plan, seed: number): Plan {
  const rnd = prng(seed);
  const p = structuredClone(plan);
  p.services = shuffle(p.services, rnd).map((s) => ({ ...s, dependsOn: shuffle(s.dependsOn ?? [], rnd) }));
  p.resources = shuffle(p.resources!, rnd).map((r) => ({ ...r, dependsOn: shuffle(r.dependsOn ?? [], rnd) }));
  p.procedures = shuffle(p.procedures!, rnd);
  return p;
}

function compute(plan: Plan): Recovery {
  const { recovery, diagnostics } = computeRecovery(plan, new SourceMap());
  expect(diagnostics).toEqual([]);
  return recovery!;
}

/** Everything the engine says, keyed by id (positions and plan indexes left out). */
function summary(r: Recovery) {
  const resources = [...r.resources.values()].map((f) => ({ ...f })).sort((a, b) => (a.id < b.id ? -1 : 1));
  const services = [...r.services].map((s) => ({ ...s })).sort((a, b) => (a.id < b.id ? -1 : 1));
  const findings = r.findings
    .map((f) => JSON.stringify([f.code, f.subject, f.severity, f.message, f.data]))
    .sort();
  return { ranked: r.ranked.map((f) => f.id), resources, services, findings };
}

const seeds = fc.integer({ min: 1, max: 2 ** 31 - 1 });

describe("properties on random DAGs", () => {
  it("every ranked resource comes after its lost dependencies; E ≥ duration; D monotone", () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const plan = randomPlan(seed);
        const r = compute(plan);
        const byId = new Map(plan.resources!.map((x) => [x.id, x]));
        for (const f of r.resources.values()) {
          expect(f.earliestRestoreMinutes).toBeGreaterThanOrEqual(f.durationMinutes);
          for (const dep of byId.get(f.id)!.dependsOn ?? []) {
            const d = r.resources.get(dep)!;
            if (f.lost && d.lost) expect(d.rank!).toBeLessThan(f.rank!);
            if (f.deadlineMinutes !== null) {
              expect(d.deadlineMinutes).not.toBeNull();
              expect(d.deadlineMinutes!).toBeLessThanOrEqual(f.deadlineMinutes - f.durationMinutes);
            }
            expect(f.earliestRestoreMinutes).toBeGreaterThanOrEqual(
              d.earliestRestoreMinutes + f.durationMinutes,
            );
          }
        }
        expect(r.ranked.map((f) => f.rank)).toEqual(r.ranked.map((_, i) => i + 1));
        expect(r.ranked.length).toBe([...r.resources.values()].filter((f) => f.lost).length);
      }),
      { numRuns: 200 },
    );
  });

  it("each step takes the smallest key (LS, criticality, id) among ready resources", () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const plan = randomPlan(seed);
        const r = compute(plan);
        const deps = new Map(plan.resources!.map((x) => [x.id, x.dependsOn ?? []]));
        const key = (id: string) => {
          const f = r.resources.get(id)!;
          const rank = f.criticality === null ? 5 : crits.indexOf(f.criticality) + 1;
          return [f.latestStartMinutes ?? Infinity, rank, id] as const;
        };
        const less = (a: readonly [number, number, string], b: readonly [number, number, string]) =>
          a[0] !== b[0] ? a[0] < b[0] : a[1] !== b[1] ? a[1] < b[1] : a[2] < b[2];
        // Dependencies in L, looking through resources that are not lost (they are only available
        // once their own dependencies are): docs/recovery.md "restored once all its dependencies are".
        const lostDeps = (id: string): string[] =>
          deps.get(id)!.flatMap((d) => (r.resources.get(d)!.lost ? [d] : lostDeps(d)));
        r.ranked.forEach((chosen, i) => {
          for (const other of r.ranked.slice(i + 1)) {
            const ready = lostDeps(other.id).every((d) => r.resources.get(d)!.rank! <= i);
            if (ready) expect(less(key(chosen.id), key(other.id))).toBe(true);
          }
        });
      }),
      { numRuns: 200 },
    );
  });

  it("D and E match their definitions computed naively", () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const plan = randomPlan(seed);
        const r = compute(plan);
        const res = new Map(plan.resources!.map((x) => [x.id, x]));
        const E = (id: string): number =>
          r.resources.get(id)!.durationMinutes + Math.max(0, ...(res.get(id)!.dependsOn ?? []).map(E));
        for (const f of r.resources.values()) expect(f.earliestRestoreMinutes).toBe(E(f.id));
        // D by definition: min over dependents (services with extension, resources D − duration).
        const ertO = new Map(r.services.map((s) => [s.id, s.effectiveRtoMinutes]));
        for (const f of r.resources.values()) {
          const contributions: number[] = [];
          for (const s of plan.services) {
            if (!(s.dependsOn ?? []).includes(f.id)) continue;
            const ext = plan.procedures!.filter((p) => p.service === s.id && p.covers!.includes(f.id));
            const base = ertO.get(s.id)!;
            contributions.push(
              ext.length ? Math.max(base, ...ext.map((p) => parseInt(p.maxDuration!))) : base,
            );
          }
          for (const q of plan.resources!) {
            const fq = r.resources.get(q.id)!;
            if ((q.dependsOn ?? []).includes(f.id) && fq.deadlineMinutes !== null)
              contributions.push(fq.deadlineMinutes - fq.durationMinutes);
          }
          expect(f.deadlineMinutes).toBe(contributions.length ? Math.min(...contributions) : null);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("the output does not depend on the order of the plan's arrays", () => {
    fc.assert(
      fc.property(seeds, seeds, (seed, shuffleSeed) => {
        const plan = randomPlan(seed);
        expect(summary(compute(shuffled(plan, shuffleSeed)))).toEqual(summary(compute(plan)));
      }),
      { numRuns: 200 },
    );
  });
});
