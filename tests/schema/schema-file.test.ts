import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parseDate } from "../../src/plan/date.js";
import { loadSchema } from "../../src/schema/load.js";

type Node = Record<string, unknown>;
const full = JSON.parse(
  readFileSync(new URL("../../schemas/plan.schema.json", import.meta.url), "utf8"),
) as Node;
const fragment = JSON.parse(
  readFileSync(new URL("../../schemas/plan-fragment.schema.json", import.meta.url), "utf8"),
) as Node;

function strictAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  ajv.addFormat("date", { type: "string", validate: (s: string) => parseDate(s).ok });
  ajv.addKeyword({ keyword: "patternErrorMessage", schemaType: "string" });
  return ajv;
}

/** Every object schema in the tree, with its JSON pointer inside the schema. */
function objectSchemas(node: unknown, at = "#"): [string, Node][] {
  if (!node || typeof node !== "object") return [];
  const out: [string, Node][] = [];
  const n = node as Node;
  if (n.type === "object") out.push([at, n]);
  for (const [k, v] of Object.entries(n)) {
    if (k === "examples" || k === "enum") continue;
    if (Array.isArray(v)) v.forEach((x, i) => out.push(...objectSchemas(x, `${at}/${k}/${i}`)));
    else out.push(...objectSchemas(v, `${at}/${k}`));
  }
  return out;
}

describe("schemas/plan.schema.json", () => {
  it("is valid against the 2020-12 meta-schema and compiles in strict mode", () => {
    const ajv = strictAjv();
    expect(ajv.validateSchema(full), JSON.stringify(ajv.errors)).toBe(true);
    expect(ajv.validateSchema(fragment), JSON.stringify(ajv.errors)).toBe(true);
    expect(() => ajv.compile(full)).not.toThrow();
    expect(() => ajv.compile(fragment)).not.toThrow();
    expect(full.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(String(full.$id)).toMatch(/^https:\/\/.*\/plan\.schema\.json$/);
  });

  it("is what loadSchema returns", () => {
    expect(loadSchema()).toEqual(full);
    expect(loadSchema(true)).toEqual(fragment);
  });

  it("gives a French title and description to every property and union branch", () => {
    const missing: string[] = [];
    const check = (where: string, s: Node): void => {
      for (const k of ["title", "description"])
        if (typeof s[k] !== "string" || (s[k] as string).length < 3) missing.push(`${where} ${k}`);
    };
    const walk = (node: Node, at: string): void => {
      for (const [k, v] of Object.entries((node.properties as Record<string, Node>) ?? {})) {
        check(`${at}/properties/${k}`, v);
        walk(v, `${at}/properties/${k}`);
      }
      if (node.items) {
        check(`${at}/items`, node.items as Node);
        walk(node.items as Node, `${at}/items`);
      }
      ((node.anyOf as Node[]) ?? []).forEach((b, i) => {
        check(`${at}/anyOf/${i}`, b);
        walk(b, `${at}/anyOf/${i}`);
      });
    };
    walk(full, "#");
    for (const [k, v] of Object.entries(full.$defs as Record<string, Node>)) check(`#/$defs/${k}`, v);
    expect(missing).toEqual([]);
    // French, not English: accents or typical French words somewhere in every description would be
    // too strict; check the typography instead (no ASCII apostrophe, no plain space before a colon).
    const text = JSON.stringify(full);
    expect(text).not.toMatch(/[a-zé]'[a-zéè]/i);
    expect(text).not.toMatch(/ :/);
  });

  it("closes every object with additionalProperties: false while allowing x- keys", () => {
    const objects = objectSchemas(full);
    expect(objects.length).toBeGreaterThan(15);
    for (const [at, s] of objects) {
      expect(s.additionalProperties, at).toBe(false);
      expect(Object.keys((s.patternProperties as object) ?? {}), at).toEqual(["^x-"]);
    }
  });

  it("has the top-level keys, required keys and enums of plan-format.md", () => {
    const props = full.properties as Record<string, Node>;
    expect(Object.keys(props).sort()).toEqual(
      [
        "version",
        "establishment",
        "plan",
        "contacts",
        "crisis",
        "services",
        "resources",
        "procedures",
        "scenarios",
        "exercises",
        "sites",
      ].sort(),
    );
    expect(full.required).toEqual(["version", "establishment", "plan", "contacts", "crisis", "services"]);
    const item = (k: string): Node => props[k].items as Node;
    const service = item("services");
    expect(service.required).toEqual(["id", "name", "kind", "criticality", "rto"]);
    expect((service.properties as Record<string, Node>).criticality.enum).toEqual([
      "vital",
      "essential",
      "important",
      "deferrable",
    ]);
    expect((item("resources").properties as Record<string, Node>).kind.enum).toHaveLength(8);
    expect((item("scenarios").properties as Record<string, Node>).kind.enum).toContain("utility-failure");
    for (const k of ["contacts", "services"]) expect(props[k].minItems).toBe(1);
    expect((props.crisis.properties as Record<string, Node>).cell.minItems).toBe(1);
    expect(props.version.const).toBe(1);
  });

  it("reaches id, duration, date and FINESS values only through $defs references", () => {
    const text = JSON.stringify(full);
    for (const def of ["id", "duration", "date", "finess"]) expect(text).toContain(`"$ref":"#/$defs/${def}"`);
    // No inline copy of the formats outside $defs (schemaPath must name the $def).
    const { $defs, ...rest } = full;
    expect(JSON.stringify(rest)).not.toContain('"pattern"');
    expect(Object.keys($defs as object).sort()).toEqual(["date", "duration", "finess", "id"]);
  });
});

describe("schemas/plan-fragment.schema.json", () => {
  it("is the plan schema without required keys in the mappings merged key by key", () => {
    // docs/plan-format.md: the top level and the mappings under it (a partial `establishment`) lose
    // `required`; list items (reached through `items`) keep theirs.
    const strip = (s: Node, top = true): Node => {
      const { required: _r, $id: _i, title: _t, description: _d, ...rest } = s;
      const out: Node = top ? rest : { ...rest, title: s.title, description: s.description };
      if (rest.properties) {
        out.properties = Object.fromEntries(
          Object.entries(rest.properties as Record<string, Node>).map(([k, v]) => [k, strip(v, false)]),
        );
      }
      return out;
    };
    expect(fragment.required).toBeUndefined();
    expect(full.required).toBeDefined();
    const props = (s: Node) => s.properties as Record<string, Node>;
    for (const key of ["establishment", "plan", "crisis"]) {
      expect(props(full)[key].required, key).toBeDefined();
      expect(props(fragment)[key].required, key).toBeUndefined();
    }
    const items = (s: Node) => (props(s).services.items as Node).required;
    expect(items(fragment)).toEqual(items(full));
    expect(strip(fragment)).toEqual(strip(full));
    expect(fragment.$id).not.toBe(full.$id);
  });
});
