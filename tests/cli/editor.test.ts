/**
 * The editor set-up of docs/editeur.md, tried with the real `yaml-language-server` (1.25, the
 * last line for Node 20) over stdio: the published schemas give French messages at the right
 * lines, and the fragments of a folder plan are clean under the fragment schema.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { root } from "./helpers.js";
import { LspClient, type LspDiagnostic } from "./lsp-client.js";

const server = join(root, "node_modules/yaml-language-server/bin/yaml-language-server");
const schemaUrl = (name: string) => pathToFileURL(join(root, "schemas", name)).href;
const settings = {
  // Nothing is fetched: no schema store, schemas only through the modeline.
  yaml: { validate: true, hover: true, completion: true, schemaStore: { enable: false }, schemas: {} },
};
const schemas = JSON.parse(readFileSync(join(root, "schemas/plan.schema.json"), "utf8")) as {
  $defs: Record<string, { patternErrorMessage: string }>;
};

let client: LspClient;
let version = 0;

async function open(
  name: string,
  text: string,
  ok: (d: LspDiagnostic[]) => boolean,
): Promise<LspDiagnostic[]> {
  const uri = pathToFileURL(join(root, "editeur-test", `${++version}-${name}`)).href;
  client.notify("textDocument/didOpen", { textDocument: { uri, languageId: "yaml", version: 1, text } });
  return client.diagnostics(uri, ok);
}

/** Diagnostics of a document that should have none: wait until the schema has been applied. */
async function clean(name: string, text: string): Promise<LspDiagnostic[]> {
  // A deliberate error appended then ignored would change lines; instead wait for a publication,
  // then for the server to have settled (a second, identical check of a known-bad copy).
  await open(`${name}.probe.yaml`, text + "\nx-probe: 1\nzz-inconnue: 1\n", (d) => d.length > 0);
  return open(name, text, () => true);
}

beforeAll(async () => {
  client = new LspClient(server, settings);
  await client.request("initialize", {
    processId: process.pid,
    rootUri: pathToFileURL(root).href,
    locale: "fr",
    capabilities: {
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
    },
  });
  client.notify("initialized", {});
  client.notify("workspace/didChangeConfiguration", { settings });
}, 60_000);

afterAll(() => client?.close());

describe("yaml-language-server with the published schemas", () => {
  it("reports a wrong key and a bad duration at their lines, the duration in French", async () => {
    const example = readFileSync(join(root, "examples/ehpad-les-tilleuls.yaml"), "utf8");
    const text =
      `# yaml-language-server: $schema=${schemaUrl("plan.schema.json")}\n` +
      example.replace(/^  category:/m, "  categorie:").replace(/^(    rto: )\S+/m, "$14 heures");
    const lines = text.split("\n");
    const keyLine = lines.findIndex((l) => l.startsWith("  categorie:"));
    const durationLine = lines.findIndex((l) => l === "    rto: 4 heures");
    expect(keyLine).toBeGreaterThan(0);
    expect(durationLine).toBeGreaterThan(0);
    const found = await open("ehpad.yaml", text, (d) => d.length >= 2);
    const at = (line: number) => found.filter((d) => d.range.start.line === line);
    expect(found.map((d) => d.range.start.line).sort((a, b) => a - b)).toEqual([keyLine, durationLine]);
    expect(at(keyLine)[0].message).toContain("categorie");
    expect(at(durationLine)[0].message).toBe(schemas.$defs.duration.patternErrorMessage);
    expect(at(durationLine)[0].message).toMatch(/^Durée invalide\u00a0: /);
  });

  it("says which FINESS, id and date are wrong, in French", async () => {
    const base = readFileSync(join(root, "tests/fixtures/minimal/plan.yaml"), "utf8");
    const text =
      `# yaml-language-server: $schema=${schemaUrl("plan.schema.json")}\n` +
      base
        .replace('"290000017"', '"29000"')
        .replace("- id: urgences", "- id: Urgences")
        .replace("2026-03-15", "15/03/2026");
    const found = await open("minimal.yaml", text, (d) => d.length >= 3);
    const messages = found.map((d) => d.message).sort();
    expect(messages).toEqual(
      [
        schemas.$defs.date.patternErrorMessage,
        schemas.$defs.finess.patternErrorMessage,
        schemas.$defs.id.patternErrorMessage,
      ].sort(),
    );
  });

  it("finds nothing to say about the CH fragments, nor about a fragment with part of establishment", async () => {
    const dir = join(root, "examples/ch-kerbrat");
    const modeline = `# yaml-language-server: $schema=${schemaUrl("plan-fragment.schema.json")}\n`;
    const fragments: [string, string][] = readdirSync(dir)
      .filter((f) => f.endsWith(".yaml"))
      .map((f) => [f, readFileSync(join(dir, f), "utf8")]);
    fragments.push(["partiel.yaml", "establishment:\n  ght: GHT Armor\n  beds: 120\n"]);
    expect(fragments.length).toBeGreaterThan(5);
    for (const [name, text] of fragments) {
      expect(await clean(name, modeline + text), name).toEqual([]);
    }
  });
});
