import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadPlan } from "../../src/plan/load.js";
import { duplicateId } from "../../src/rules/duplicate-id.js";
import { runRules } from "../../src/rules/index.js";
import { brief, diagnosticsOf, fixturesDir, loadFixture, loadText } from "./helpers.js";

describe("duplicate-id", () => {
  it("accepts distinct ids across all lists", () => {
    expect(diagnosticsOf("duplicate-id", loadFixture("duplicate-id", "ok"))).toEqual([]);
  });

  it("reports each later definition on its id, across lists, naming both locations", () => {
    const found = diagnosticsOf("duplicate-id", loadFixture("duplicate-id", "bad"));
    const file = "duplicate-id/bad.yaml";
    expect(found.map(brief)).toEqual([
      { code: "duplicate-id", severity: "error", file, line: 31, column: 9, path: "/services/1/id" },
      { code: "duplicate-id", severity: "error", file, line: 40, column: 9, path: "/resources/1/id" },
      { code: "duplicate-id", severity: "error", file, line: 44, column: 9, path: "/procedures/0/id" },
    ]);
    expect(found[0].message).toContain("«\u00a0dsi\u00a0»");
    expect(found[0].message).toContain(`${file}:15:9`);
    expect(found[0].message).toContain(`${file}:31:9`);
    expect(found[0].message).toContain("un contact");
    expect(found[0].message).toContain("une activité");
    expect(found[2].message).toContain(`${file}:25:9`);
  });

  it("reports a third definition once more, against the first", () => {
    const { data, map } = loadFixture("duplicate-id", "ok");
    const text = readFileSync(join(fixturesDir, "duplicate-id/ok.yaml"), "utf8");
    const loaded = loadText(
      text + "  - id: dpi\n    title: A\n    kind: it-outage\n  - id: dpi\n    title: B\n    kind: other\n",
    );
    expect(duplicateId.check({ data, map })).toEqual([]);
    const found = duplicateId.check(loaded);
    expect(found.map((d) => [d.line, d.path])).toEqual([
      [59, "/scenarios/1/id"],
      [62, "/scenarios/2/id"],
    ]);
    for (const d of found) expect(d.message).toContain("une ressource en plan.yaml:41:9");
  });

  describe("across fragments", () => {
    let dir = "";
    afterEach(() => {
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it("reports at the later fragment in path order, even for an earlier list", async () => {
      dir = mkdtempSync(join(tmpdir(), "pcapra-rules-"));
      const full = readFileSync(join(fixturesDir, "duplicate-id/ok.yaml"), "utf8");
      // Fragment `a.yaml`: everything but the resources; `b/z.yaml` (later in path order):
      // resources, one of which reuses the contact id `dir` that `a.yaml` defines first.
      const [head, tail] = full.split("resources:\n");
      const [resources, rest] = tail.split("procedures:\n");
      writeFileSync(join(dir, "a.yaml"), head + "procedures:\n" + rest);
      mkdirSync(join(dir, "b"));
      writeFileSync(
        join(dir, "b", "z.yaml"),
        "resources:\n" + resources + "  - id: dir\n    name: Annuaire\n    kind: data\n",
      );
      // A contact defined in a fragment *after* b/z.yaml clashes with b/z.yaml's resource.
      writeFileSync(join(dir, "c.yaml"), "contacts:\n  - id: dpi\n    name: X\n    role: Y\n");
      const loaded = await loadPlan(dir);
      expect(loaded.diagnostics).toEqual([]);
      const { data, map } = loaded.plan!;
      const found = runRules(data, map).filter((d) => d.code === "duplicate-id");
      expect(found.map(brief)).toEqual([
        {
          code: "duplicate-id",
          severity: "error",
          file: join(dir, "b", "z.yaml"),
          line: 6,
          column: 9,
          path: "/resources/1/id",
        },
        // In the merged plan this contact comes before the resource, but its fragment is later.
        {
          code: "duplicate-id",
          severity: "error",
          file: join(dir, "c.yaml"),
          line: 2,
          column: 9,
          path: "/contacts/2/id",
        },
      ]);
      expect(found[0].message).toContain(`${join(dir, "a.yaml")}:13:9`);
      expect(found[1].message).toContain(`${join(dir, "b", "z.yaml")}:2:9`);
    });
  });
});
