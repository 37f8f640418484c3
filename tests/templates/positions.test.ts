/**
 * Template positions (src/templates/positions.ts → src/doc/source.ts): whatever the whitespace
 * control does, the lines the block parser reads are the same with and without markers, and every
 * line of the text names the template file and line that wrote it.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import Handlebars from "handlebars";
import { beforeEach, describe, expect, it } from "vitest";
import { plainText, splitLines, type BlockText } from "../../src/doc/source.js";
import { clearTemplateCache, renderTemplate } from "../../src/templates/engine.js";
import { FILE_OPTION, installPositions } from "../../src/templates/positions.js";

/** Renders `template` with and without markers on a stock Handlebars instance. */
function both(template: string, data: unknown, partials: Record<string, string> = {}): [string, string] {
  const plain = Handlebars.create();
  const marked = Handlebars.create();
  installPositions(marked);
  let file = 1;
  for (const [name, text] of Object.entries(partials)) {
    plain.registerPartial(name, plain.compile(text));
    marked.registerPartial(name, marked.compile(text, { [FILE_OPTION]: file++ } as CompileOptions));
  }
  const expected = plain.compile(template)(data);
  const actual = marked.compile(template, { [FILE_OPTION]: 0 } as CompileOptions)(data);
  return [expected, actual];
}

/**
 * The text without markers, up to the ASCII blanks at the start of a line: Handlebars indents the
 * last line of an indented partial's output when a marker makes it non-empty, and the block
 * language ignores blanks at the edges of a line (docs/templates.md), so the model cannot change.
 */
const unindented = (text: string): string => text.replace(/^[ \t]+/gm, "");

/** `file:line text` of each line that is not blank. */
function located(bt: BlockText): string[] {
  return splitLines(bt.text)
    .filter((l) => l.text !== "")
    .map((l) => `${bt.files[l.file]?.split("/").pop()}:${l.no} ${l.text}`);
}

const data = { a: true, b: false, x: "valeur", items: ["un", "deux"], rows: [{ c: ["p", "q"] }, { c: ["r"] }] };

const tricky = [
  "{{#each items}}\n# {{this}}\n{{/each}}\nfin\n",
  "{{#if a}}\n  {{#each items}}\n  - {{this}}\n  {{/each}}\n{{else}}\nnon\n{{/if}}\n",
  "avant {{~x~}} après\n{{~#if a~}}\n  colle\n{{~/if}}\n",
  "{{#each items}}- {{this}}{{/each}}\n",
  "{{#each items}}\n- {{this}}{{/each}}\nsuite\n",
  "{{!-- commentaire\nsur deux lignes --}}\n{{x}}\n\n  {{> p}}\nmilieu {{> p}} fin\n",
  "{{#each rows}}\n{{#if ../a}}|!{{else}}|{{/if}}{{#each c}} {{this}} |{{/each}}\n{{/each}}\n",
  "{{x}}\n{{#unless b}}\n\n\n{{/unless}}\n\n   \n{{#if b}}x{{else if a}}\ny\n{{/if}}",
  "\n\n{{#if a}}{{/if}}\n\t{{x}}\t\n",
];

describe("markers leave the text unchanged", () => {
  it.each(tricky)("%j", (template) => {
    const [expected, actual] = both(template, data, { p: "ligne p1\n  ligne p2\n" });
    expect(actual).not.toBe(expected);
    expect(unindented(plainText(actual))).toBe(unindented(expected));
    expect(splitLines(actual).map((l) => l.text)).toEqual(splitLines(expected).map((l) => l.text));
  });

  it("on any template built from blocks, partials, comments and whitespace control", () => {
    const { template } = fc.letrec<{ template: string; piece: string }>((tie) => ({
      template: fc.array(tie("piece"), { maxLength: 8 }).map((pieces) => pieces.join("")),
      piece: fc.oneof(
        { depthSize: "small" },
        fc.constantFrom("\n", "  ", "\t", "texte", "# titre", "| a |", "{{x}}", "{{~x~}}", "{{!c}}", "{{> p}}", " {{> p}}\n"),
        fc
          .tuple(fc.constantFrom("if a", "if b", "each items", "unless a"), tie("template"), tie("template"))
          .map(([open, body, other]) => {
            const name = open.split(" ")[0];
            return `{{#${open}}}${body}{{else}}${other}{{/${name}}}`;
          }),
        tie("template").map((body) => `\n{{#each items}}\n${body}\n{{/each}}\n`),
      ),
    }));
    fc.assert(
      fc.property(template, (t) => {
        const [expected, actual] = both(t, data, { p: "p1\n p2\n" });
        expect(unindented(plainText(actual))).toBe(unindented(expected));
        expect(splitLines(actual).map((l) => l.text)).toEqual(splitLines(expected).map((l) => l.text));
      }),
      { numRuns: 400 },
    );
  });
});

describe("every line names its template file and line", () => {
  let dir: string;
  beforeEach(() => {
    clearTemplateCache();
    dir = mkdtempSync(join(tmpdir(), "pcapra-pos-"));
  });
  const write = (files: Record<string, string>): void => {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  };

  it("inside loops, after standalone block lines, in partials and their indentation", () => {
    write({
      "pca.hbs": [
        "{{x}}", // 1
        "{{#each items}}", // 2
        "## {{this}}", // 3
        "", // 4
        "  {{> bloc}}", // 5
        "{{/each}}", // 6
        "{{#if b}}", // 7
        "non", // 8
        "{{else}}", // 9
        "Fin {{x}}", // 10
        "{{/if}}", // 11
      ].join("\n"),
      "_bloc.hbs": "!label Bloc\n\n| {{this}} |\n",
    });
    expect(located(renderTemplate("pca", data, { templatesDir: dir }))).toEqual([
      "pca.hbs:1 valeur",
      "pca.hbs:3 ## un",
      "_bloc.hbs:1 !label Bloc",
      "_bloc.hbs:3 | un |",
      "pca.hbs:3 ## deux",
      "_bloc.hbs:1 !label Bloc",
      "_bloc.hbs:3 | deux |",
      "pca.hbs:10 Fin valeur",
    ]);
  });

  it("a plan value cannot forge a marker", () => {
    write({ "pca.hbs": "a\n{{x}}\n" });
    const forged = "\uFDD00:99\uFDD1 faux";
    const bt = renderTemplate("pca", { x: forged }, { templatesDir: dir });
    expect(located(bt)).toEqual(["pca.hbs:1 a", `pca.hbs:2 ${bt.text.split("\n")[1].replace(/\uFDD0\d+:\d+\uFDD1/, "")}`]);
    expect(plainText(bt.text)).toContain("\\\uFDD00\\:99\uFDD1");
  });
});
