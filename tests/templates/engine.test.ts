import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import Handlebars from "handlebars";
import { beforeEach, describe, expect, it } from "vitest";
import type { Block, Inline } from "../../src/doc/model.js";
import { parseBlockText } from "../../src/doc/parse.js";
import { plainText } from "../../src/doc/source.js";
import { clearTemplateCache, renderTemplate, TemplateError } from "../../src/templates/engine.js";
import { pcaView } from "../../src/view/pca.js";
import { sampleInput } from "../view/fixture.js";

function tempDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "pcapra-tpl-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** Text of inlines with breaks as `\n`, and whether any part is bold or italic. */
function plain(inlines: Inline[]): { text: string; styled: boolean } {
  let text = "";
  let styled = false;
  for (const i of inlines) {
    if (i.type === "break") text += "\n";
    else {
      text += i.text;
      styled ||= !!i.bold || !!i.italic;
    }
  }
  return { text, styled };
}

/** The rendered text without its line markers (src/doc/source.ts). */
const render = (...args: Parameters<typeof renderTemplate>): string => plainText(renderTemplate(...args).text);

const nasty = "**x** {{y}} | a | <b> &amp; _i_ back\\slash\\n # - 1. !kv\nsecond line";

beforeEach(() => clearTemplateCache());

describe("renderTemplate escaping", () => {
  const template = [
    "# {{v}}",
    "",
    "{{v}}",
    "",
    "- {{v}}",
    "",
    "| {{v}} | {{v}} |",
    "|---|---|",
    "| {{v}} | b |",
    "",
    "{{{raw}}}",
    "",
  ].join("\n");

  it("prints plan values literally in headings, paragraphs, lists and cells", () => {
    const dir = tempDir({ "pca.hbs": template });
    const text = renderTemplate("pca", { v: nasty, raw: "**gras**" }, { templatesDir: dir });
    const { body } = parseBlockText(text, "pca.hbs");
    expect(body.map((b) => b.type)).toEqual(["heading", "paragraph", "list", "table", "paragraph"]);
    const [heading, para, list, table, raw] = body as [
      Extract<Block, { type: "heading" }>,
      Extract<Block, { type: "paragraph" }>,
      Extract<Block, { type: "list" }>,
      Extract<Block, { type: "table" }>,
      Extract<Block, { type: "paragraph" }>,
    ];
    // Headings carry text only: the line break becomes a space.
    expect(heading.text).toBe("1 " + nasty.replace("\n", " "));
    expect(plain(para.inlines)).toEqual({ text: nasty, styled: false });
    expect(list.items).toHaveLength(1);
    expect(plain(list.items[0])).toEqual({ text: nasty, styled: false });
    expect(table.header!.map((c) => plain(c.inlines).text)).toEqual([nasty, nasty]);
    expect(table.rows).toHaveLength(1);
    expect(plain(table.rows[0].cells[0].inlines).text).toBe(nasty);
    // Triple-stash stays raw block syntax.
    expect(raw.inlines).toEqual([{ type: "text", text: "gras", bold: true }]);
  });

  it("round-trips any string through a table cell and a paragraph", () => {
    const dir = tempDir({ "pca.hbs": "| {{v}} |\n|---|\n\nX{{v}}\n" });
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (v) => {
        const { body } = parseBlockText(renderTemplate("pca", { v }, { templatesDir: dir }), "pca.hbs");
        const table = body[0] as Extract<Block, { type: "table" }>;
        const cell = plain(table.header![0].inlines).text;
        // Cells are trimmed of ASCII blanks at their edges (layout), nothing else changes.
        expect(cell).toBe(v.replace(/\r\n?/g, "\n").replace(/^[ \t]+|[ \t]+$/g, ""));
        const para = body[1] as Extract<Block, { type: "paragraph" }>;
        expect(plain(para.inlines).text).toBe(("X" + v.replace(/\r\n?/g, "\n")).replace(/[ \t]+$/g, ""));
      }),
      { numRuns: 300 },
    );
  });

  it("prints null and undefined as nothing, numbers and booleans as text", () => {
    const dir = tempDir({ "pca.hbs": "[{{a}}][{{b}}][{{c}}][{{d}}]" });
    expect(render("pca", { a: null, b: undefined, c: 2.5, d: false }, { templatesDir: dir })).toBe(
      "[][][2\\.5][false]",
    );
  });

  it("keeps helpers working on raw values", () => {
    const dir = tempDir({ "pca.hbs": '{{#if (eq k "a.b")}}yes{{/if}} {{join l " | "}} {{#if (not n)}}none{{/if}}' });
    expect(render("pca", { k: "a.b", l: ["x", "y"], n: 0 }, { templatesDir: dir })).toBe(
      "yes x \\| y none",
    );
  });
});

describe("renderTemplate strict mode", () => {
  it("names the template file and line of a missing field", () => {
    const dir = tempDir({ "pca.hbs": "# Titre\n\n{{present}}\n{{#each list}}\n{{this.absent}}\n{{/each}}\n" });
    let error: unknown;
    try {
      renderTemplate("pca", { present: "x", list: [{ other: 1 }] }, { templatesDir: dir });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TemplateError);
    const te = error as TemplateError;
    expect(te.file).toBe(join(dir, "pca.hbs"));
    expect(te.line).toBe(5);
    expect(te.message).toContain(`${join(dir, "pca.hbs")}:5`);
    expect(te.message).toContain("absent");
  });

  it("checks helper arguments and every segment of a path", () => {
    const dir = tempDir({ "pca.hbs": "a\n\n{{#if cover.missing}}x{{/if}}\n" });
    expect(() => renderTemplate("pca", { cover: { banner: null } }, { templatesDir: dir })).toThrowError(/pca\.hbs:3/);
    const dir2 = tempDir({ "pca.hbs": "a\n{{#each nope.rows}}x{{/each}}\n" });
    expect(() => renderTemplate("pca", { other: 1 }, { templatesDir: dir2 })).toThrowError(/pca\.hbs:2/);
    // A field present with a null value is not missing.
    const dir3 = tempDir({ "pca.hbs": "{{#if cover.banner}}x{{else}}y{{/if}}" });
    expect(render("pca", { cover: { banner: null } }, { templatesDir: dir3 })).toBe("y");
  });

  it("names the partial file when the missing field is in a partial", () => {
    const dir = tempDir({ "pca.hbs": "A\n{{> bloc this}}\n", "_bloc.hbs": "ok\n\n{{nope}}\n" });
    expect(() => renderTemplate("pca", {}, { templatesDir: dir })).toThrowError(
      new RegExp(`_bloc\\.hbs:3`),
    );
  });

  it("reports a syntax error with the file and line", () => {
    const dir = tempDir({ "pca.hbs": "ligne 1\n{{#if x}}\nsans fin\n" });
    try {
      renderTemplate("pca", { x: true }, { templatesDir: dir });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(TemplateError);
      expect((e as TemplateError).file).toBe(join(dir, "pca.hbs"));
      expect((e as TemplateError).line).toBeGreaterThan(0);
    }
  });

  it("fails on a missing field of the bundled PCA data", () => {
    const view = pcaView(sampleInput()) as unknown as Record<string, unknown>;
    delete view.reentry;
    expect(() => renderTemplate("pca", view)).toThrowError(/pca\.hbs:\d+/);
  });
});

describe("renderTemplate overrides", () => {
  it("replaces a bundled partial by file name and keeps the others", () => {
    const dir = tempDir({ "_revue.hbs": "Revue maison {{version}}.\n" });
    const custom = render("pca", pcaView(sampleInput()), { templatesDir: dir });
    const bundled = render("pca", pcaView(sampleInput()));
    expect(custom).toContain("Revue maison 2\\.1.");
    expect(bundled).not.toContain("Revue maison");
    expect(bundled).toContain("Version en vigueur");
    expect(custom).not.toContain("Version en vigueur");
    // Other partials are still the bundled ones.
    expect(custom).toContain("Conserver cet annuaire imprimé");
  });

  it("replaces a whole document template and can add partials", () => {
    const dir = tempDir({ "psca.hbs": "# {{> titre}}\n", "_titre.hbs": "Mon PSCA {{common.cover.establishment}}" });
    expect(render("psca", { common: { cover: { establishment: "EHPAD *Les Pins*" } } }, { templatesDir: dir })).toBe(
      "# Mon PSCA EHPAD \\*Les Pins\\*\n",
    );
  });

  it("caches compiled templates per folder until the cache is cleared", () => {
    const dir = tempDir({ "pca.hbs": "v1 {{x}}" });
    expect(render("pca", { x: 1 }, { templatesDir: dir })).toBe("v1 1");
    writeFileSync(join(dir, "pca.hbs"), "v2 {{x}}");
    expect(render("pca", { x: 1 }, { templatesDir: dir })).toBe("v1 1");
    clearTemplateCache();
    expect(render("pca", { x: 1 }, { templatesDir: dir })).toBe("v2 1");
  });

  it("prints {{#each}} as stock Handlebars does: data variables, nesting, objects, block parameters, else", () => {
    const template =
      "{{#each rows}}{{@index}}{{#if @first}}F{{/if}}{{#if @last}}L{{/if}} {{name}}" +
      "{{#each tags as |t j|}}[{{j}} {{t}} {{../name}} {{@root.title}}]{{/each}};{{/each}}\n" +
      "{{#each byKey}}{{@key}} {{this}}{{#if @last}} end{{/if}},{{/each}}\n" +
      "{{#each none}}x{{else}}vide{{/each}} {{#each rows}}{{else}}jamais{{/each}}\n";
    const data = {
      title: "Plan",
      rows: [
        { name: "a", tags: ["x", "y"] },
        { name: "b", tags: [] },
        { name: "c", tags: ["z"] },
      ],
      byKey: { un: 1, deux: 2 },
      none: [],
    };
    const stock = Handlebars.create().compile(template)(data);
    expect(stock).toContain("0F a[0 x a Plan][1 y a Plan];1 b;2L c[0 z c Plan];");
    expect(render("pca", data, { templatesDir: tempDir({ "pca.hbs": template }) })).toBe(stock);
  });

  it("reports a template that exists nowhere", () => {
    const dir = tempDir({});
    expect(() => renderTemplate("nowhere" as "pca", {}, { templatesDir: join(dir, "none") })).toThrow(TemplateError);
  });
});
