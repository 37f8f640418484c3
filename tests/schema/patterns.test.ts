/**
 * The schema's patterns must accept exactly what the reference parsers accept: editors validate with
 * the pattern, pcapra with the parsers. Property tests over strings built from each grammar's alphabet.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDate } from "../../src/plan/date.js";
import { parseDuration } from "../../src/plan/duration.js";
import { normalizeFiness } from "../../src/plan/finess.js";
import { loadSchema } from "../../src/schema/load.js";

const defs = (loadSchema() as { $defs: Record<string, { pattern: string }> }).$defs;
// ajv compiles patterns with the `u` flag; do the same.
const re = (def: string): RegExp => new RegExp(defs[def].pattern, "u");
const settings = { seed: 20260315, numRuns: 20000 };

const durationTokens = [
  "0",
  "1",
  "2",
  "4",
  "15",
  "30",
  "007",
  ".",
  ",",
  " ",
  "  ",
  "\t",
  "min",
  "mn",
  "m",
  "n",
  "h",
  "j",
  "d",
  "sem",
  "s",
  "w",
  "x",
  "e",
  "P",
  "T",
  "W",
  "D",
  "H",
  "M",
  "S",
  "Y",
];
const part = fc
  .tuple(
    fc.nat(99),
    fc.option(fc.nat(99)),
    fc.constantFrom(".", ","),
    fc.constantFrom("", " "),
    fc.constantFrom("min", "mn", "h", "j", "d", "sem", "w"),
  )
  .map(([n, dec, sep, sp, unit]) => `${n}${dec === null ? "" : sep + dec}${sp}${unit}`);
const wellFormed = fc.oneof(
  fc.array(part, { minLength: 1, maxLength: 4 }).map((ps) => ps.join(" ")),
  fc
    .tuple(fc.array(part, { maxLength: 2 }), fc.nat(30), fc.nat(99))
    .map(([ps, h, m]) => [...ps, `${h}h${m}`].join("")),
  fc
    .tuple(...["W", "D", "H", "M", "S"].map((u) => fc.option(fc.nat(50).map((n) => `${n}${u}`))))
    .map(([w, d, h, m, s]) => `P${w ?? ""}${d ?? ""}${h || m || s ? "T" : ""}${h ?? ""}${m ?? ""}${s ?? ""}`),
);

describe("duration pattern", () => {
  const pattern = re("duration");

  it("agrees with parseDuration on random strings of the grammar's alphabet", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...durationTokens), { maxLength: 8 }).map((t) => t.join("")),
        (s) => {
          expect(pattern.test(s), JSON.stringify(s)).toBe(parseDuration(s).ok);
        },
      ),
      settings,
    );
  });

  it("agrees with parseDuration on well-formed and slightly damaged durations", () => {
    fc.assert(
      fc.property(
        wellFormed,
        fc.nat(12),
        fc.constantFrom("", " ", "x", "h", "1", "T", "min", ","),
        (s, at, insert) => {
          const damaged = s.slice(0, at) + insert + s.slice(at);
          expect(pattern.test(s), JSON.stringify(s)).toBe(parseDuration(s).ok);
          expect(pattern.test(damaged), JSON.stringify(damaged)).toBe(parseDuration(damaged).ok);
        },
      ),
      settings,
    );
  });

  it("accepts the spec's examples and rejects its counter-examples", () => {
    for (const ok of [
      "15min",
      "4h",
      "1h30min",
      "1,5j",
      "2sem",
      "1h 30min",
      "4 h",
      "1h30",
      "PT4H",
      "P1DT12H",
      " 2j ",
    ]) {
      expect(pattern.test(ok), ok).toBe(true);
    }
    for (const bad of ["4", "1.5", "", "P", "PT", "P1Y", "P1M", "-4h", "4hx", "1h300", "4 heures"]) {
      expect(pattern.test(bad), bad).toBe(false);
      expect(parseDuration(bad).ok, bad).toBe(false);
    }
  });
});

describe("FINESS pattern", () => {
  const pattern = re("finess");
  it("agrees with normalizeFiness", () => {
    const tokens = ["0", "1", "2", "9", "A", "B", "C", "a", " ", "-"];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...tokens), { maxLength: 13 }).map((t) => t.join("")),
        (s) => {
          // The pattern checks the shape; the Luhn key is checked by normalizeFiness only.
          const r = normalizeFiness(s);
          const keyOnly = !r.ok && r.reason.includes("clé de contrôle");
          expect(pattern.test(s), JSON.stringify(s)).toBe(r.ok || keyOnly);
        },
      ),
      settings,
    );
    for (const ok of ["290000017", "29 000 001 7", "2A0000012", " 2B 000 0012"])
      expect(pattern.test(ok), ok).toBe(true);
  });
});

describe("date and id patterns", () => {
  it("date pattern accepts the shape parseDate reads (the calendar is checked by format: date)", () => {
    const pattern = re("date");
    fc.assert(
      fc.property(
        fc
          .array(fc.constantFrom("0", "1", "2", "9", "-", " ", "T"), { maxLength: 11 })
          .map((t) => t.join("")),
        (s) => {
          // Every date parseDate accepts matches; whatever matches is only calendar-checked further.
          if (parseDate(s).ok) expect(pattern.test(s)).toBe(true);
          if (!pattern.test(s)) expect(parseDate(s).ok).toBe(false);
        },
      ),
      settings,
    );
  });

  it("id pattern is the one of plan-format.md", () => {
    expect(defs.id.pattern).toBe("^[a-z0-9][a-z0-9_.-]{0,63}$");
  });
});
