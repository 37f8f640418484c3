import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadPlan, loadPlanText } from "../../src/plan/load.js";

function dir(files: Record<string, string | Uint8Array>): string {
  const d = mkdtempSync(join(tmpdir(), "pcapra-load-"));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(d, name, ".."), { recursive: true });
    writeFileSync(join(d, name), content);
  }
  return d;
}

describe("loadPlanText", () => {
  it("keeps positions of values and keys", () => {
    const r = loadPlanText("version: 1\nservices:\n  - id: urgences\n    rto: 4h\n", "p.yaml");
    expect(r.diagnostics).toEqual([]);
    expect(r.plan!.data).toEqual({ version: 1, services: [{ id: "urgences", rto: "4h" }] });
    expect(r.plan!.map.locate("/services/0/rto")).toEqual({ file: "p.yaml", line: 4, column: 10 });
    expect(r.plan!.map.locate("/services/0/rto", "key")).toEqual({ file: "p.yaml", line: 4, column: 5 });
    expect(r.plan!.map.locate("/services/0/missing")).toEqual({ file: "p.yaml", line: 3, column: 5 });
  });

  it("keeps dates and leading-zero numbers as YAML 1.2 core says: no Date objects", () => {
    const r = loadPlanText("d: 2026-03-15\nt: 2026-03-15T10:00:00Z\nn: 010\nv: 2.10\n", "p.yaml");
    expect(r.plan!.data).toEqual({ d: "2026-03-15", t: "2026-03-15T10:00:00Z", n: 10, v: 2.1 });
  });

  it("reports a syntax error with line and column", () => {
    const r = loadPlanText("a: 1\nb: [1, 2\n", "p.yaml");
    expect(r.plan).toBeUndefined();
    expect(r.diagnostics[0]).toMatchObject({ file: "p.yaml", code: "yaml-syntax", severity: "error" });
    expect(r.diagnostics[0].line).toBeGreaterThanOrEqual(2);
  });

  it("rejects tab indentation", () => {
    const r = loadPlanText("a:\n\tb: 1\n", "p.yaml");
    expect(r.diagnostics.map((d) => d.code)).toContain("yaml-syntax");
    expect(r.diagnostics[0].line).toBe(2);
  });

  it("rejects duplicate keys on the second key", () => {
    const r = loadPlanText("a: 1\nb: 2\na: 3\n", "p.yaml");
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ code: "duplicate-key", line: 3, column: 1 });
  });

  it("stops billion laughs with alias-limit", () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      const cur = String.fromCharCode(97 + i);
      lines.push(
        `${cur}: &${cur} [${Array(10)
          .fill("*" + prev)
          .join(",")}]`,
      );
    }
    const r = loadPlanText(lines.join("\n") + "\n", "p.yaml");
    expect(r.plan).toBeUndefined();
    expect(r.diagnostics.map((d) => d.code)).toEqual(["alias-limit"]);
  });

  it("expands small aliases", () => {
    const r = loadPlanText("a: &x {k: 1}\nb: *x\n", "p.yaml");
    expect(r.plan!.data).toEqual({ a: { k: 1 }, b: { k: 1 } });
  });

  it("accepts BOM and CRLF", () => {
    const r = loadPlanText('\uFEFFversion: 1\r\nplan:\r\n  version: "2"\r\n', "p.yaml");
    expect(r.diagnostics).toEqual([]);
    expect(r.plan!.map.locate("/plan/version")).toMatchObject({ line: 3, column: 12 });
  });

  it("rejects a top level that is not a mapping", () => {
    expect(loadPlanText("- a\n- b\n", "p.yaml").diagnostics[0].code).toBe("not-a-mapping");
  });

  it("treats an empty file as empty-plan", () => {
    expect(loadPlanText("# rien\n", "p.yaml").diagnostics[0].code).toBe("empty-plan");
  });

  it("keeps __proto__ as a plain key", () => {
    const r = loadPlanText("__proto__: {polluted: true}\n", "p.yaml");
    expect(Object.keys(r.plan!.data as object)).toEqual(["__proto__"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("loadPlan", () => {
  it("merges fragments in path order: maps by key, lists concatenated", async () => {
    const d = dir({
      "b/services.yaml": "services:\n  - id: s2\n",
      "a.yaml": 'version: 1\nservices:\n  - id: s1\nplan: {version: "1"}\n',
      "c.yml": "plan: {date: 2026-01-01}\n",
      "notes.txt": "ignored",
      "empty.yaml": "",
    });
    const r = await loadPlan(d);
    expect(r.diagnostics).toEqual([]);
    expect(r.plan!.data).toEqual({
      version: 1,
      services: [{ id: "s1" }, { id: "s2" }],
      plan: { version: "1", date: "2026-01-01" },
    });
    expect(r.plan!.map.locate("/services/1/id").file).toBe(join(d, "b/services.yaml"));
    expect(r.plan!.files.map((f) => f.slice(d.length + 1))).toEqual([
      "a.yaml",
      "b/services.yaml",
      "c.yml",
      "empty.yaml",
    ]);
  });

  it("reports merge-conflict at the later location naming the earlier one", async () => {
    const d = dir({ "a.yaml": "version: 1\n", "b.yaml": "\nversion: 2\n" });
    const r = await loadPlan(d);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({
      code: "merge-conflict",
      file: join(d, "b.yaml"),
      line: 2,
      column: 10,
    });
    expect(r.diagnostics[0].message).toContain(join(d, "a.yaml") + ":1:10");
  });

  it("reports empty-plan for a directory without YAML", async () => {
    const r = await loadPlan(dir({ "x.txt": "a" }));
    expect(r.diagnostics[0].code).toBe("empty-plan");
  });

  it("reports encoding errors with the byte offset", async () => {
    const d = dir({ "p.yaml": Uint8Array.from([...Buffer.from("a: 1\nb: caf"), 0xe9, 0x0a]) });
    const r = await loadPlan(join(d, "p.yaml"));
    expect(r.diagnostics[0]).toMatchObject({ code: "encoding", line: 2, column: 7 });
    expect(r.diagnostics[0].message).toContain("11");
  });

  it("reports an unreadable path", async () => {
    const r = await loadPlan("/nonexistent/plan.yaml");
    expect(r.diagnostics[0].code).toBe("unreadable");
  });
});
