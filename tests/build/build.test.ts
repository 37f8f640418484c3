import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { analyzePlan } from "../../src/analyze.js";
import { buildDocuments, viewInput } from "../../src/build/index.js";
import { buildCommand } from "../../src/cli/commands/build.js";
import { documentData, templateOf, type BuildableDoc } from "../../src/build/views.js";
import { parseBlockText } from "../../src/doc/parse.js";
import { figuresOf } from "../../src/doc/figure.js";
import { renderTemplate } from "../../src/templates/engine.js";
import { cli } from "../cli/helpers.js";
import { praOutline } from "../documents-spec/outlines.js";
import { docxHeadings, documentXml, paragraphs, recordingIo, tempDir } from "./helpers.js";

const kerbrat = "examples/ch-kerbrat";
const tilleuls = "examples/ehpad-les-tilleuls.yaml";
const T = 120_000;

describe("pcapra build, CH de Kerbrat (sanitaire)", () => {
  const out = tempDir("build");
  const io = recordingIo();
  let code = -1;
  beforeAll(async () => {
    code = await buildCommand({ plan: kerbrat, out }, io, analyzePlan);
  }, T);

  it("writes each document as DOCX and PDF by default and prints their paths", () => {
    expect(code).toBe(0);
    const names = ["pca", "pra", "fiches", "binder"].flatMap((d) => [
      `290000017-${d}-v2.1.docx`,
      `290000017-${d}-v2.1.pdf`,
    ]);
    expect(io.out.join("")).toBe(names.map((n) => join(out, n) + "\n").join(""));
    expect(readdirSync(out).sort()).toEqual([...names].sort());
    expect(io.err.join("")).not.toContain("pas encore disponible");
    // Warnings go to stderr as `file:line:column: severity code: message`.
    expect(io.err.join("")).toMatch(/\.yaml:\d+:\d+: warning rto-unreachable: /);
  });

  it(
    "gives the PRA heading paragraphs in the outline order, resources in recovery order",
    async () => {
      const analysis = await analyzePlan(kerbrat);
      const plan = analysis.plan!;
      const expected = praOutline(plan, analysis.recovery!);
      expect(docxHeadings(join(out, "290000017-pra-v2.1.docx"))).toEqual(expected);
      // Ranked resources first: the first 5.n heading is rank 1.
      expect(expected).toContain(`## 5.1 ${analysis.recovery!.ranked[0].name}`);
    },
    T,
  );

  it(
    "gives the fiches heading paragraphs: alert fiche, reflex fiches, degraded fiches",
    async () => {
      const plan = (await analyzePlan(kerbrat)).plan!;
      const headings = docxHeadings(join(out, "290000017-fiches-v2.1.docx"));
      const reflex = (plan.procedures ?? []).filter((p) => p.kind === "reflex");
      const degraded = (plan.procedures ?? []).filter((p) => p.kind === "degraded");
      expect(headings[0]).toBe("# 1 Fiche d’alerte – Qui prévenir");
      expect(headings.slice(1, 1 + reflex.length)).toEqual(
        reflex.map((p, i) => `# ${i + 2} Fiche réflexe – ${p.title}`),
      );
      expect(headings).toHaveLength(1 + reflex.length + degraded.length);
      expect(headings.slice(1 + reflex.length).every((h) => h.includes(" Fiche mode dégradé – "))).toBe(true);
      expect(documentXml(join(out, "290000017-fiches-v2.1.docx"))).toContain("\u2610");
    },
    T,
  );

  it(
    "writes identical bytes on a second build",
    async () => {
      const again = tempDir("again");
      expect(await buildCommand({ plan: kerbrat, out: again }, recordingIo(), analyzePlan)).toBe(0);
      for (const name of readdirSync(out)) {
        expect(Buffer.compare(readFileSync(join(out, name)), readFileSync(join(again, name))), name).toBe(0);
      }
    },
    T,
  );

  it(
    "prints the --scenario hypothesis in the PRA",
    async () => {
      const dir = tempDir("scenario");
      const r = await buildDocuments(
        { path: kerbrat, outDir: dir, docs: ["pra"], formats: ["docx"], scenario: "cyberattaque" },
        analyzePlan,
      );
      expect(r.exitCode).toBe(0);
      expect(r.messages).toEqual([]);
      const text = paragraphs(documentXml(r.written[0])).map((p) => p.text);
      expect(text.some((t) => t.startsWith("Hypothèse retenue\u00a0: scénario «\u00a0"))).toBe(true);
    },
    T,
  );
});

describe("heading paragraphs of every DOCX", () => {
  it(
    "carry the headings of the document model, in order, with their levels",
    async () => {
      const dir = tempDir("headings");
      for (const path of [kerbrat, tilleuls]) {
        const r = await buildDocuments({ path, outDir: dir, formats: ["docx"] }, analyzePlan);
        const analysis = await analyzePlan(path);
        const plan = analysis.plan!;
        const input = viewInput(
          path,
          { plan, map: analysis.map!, recovery: analysis.recovery!, findings: analysis.findings },
          null,
        );
        for (const file of r.written) {
          const doc = /-(pca|pra|psca|fiches|binder)-v/.exec(file)![1] as BuildableDoc;
          const data = documentData(doc, input);
          const model = parseBlockText(renderTemplate(templateOf[doc], data), doc, figuresOf(data)).body;
          const expected = model.flatMap((b) =>
            b.type === "heading" ? [`${"#".repeat(b.level)} ${b.text}`] : [],
          );
          expect(expected.length).toBeGreaterThan(10);
          expect(docxHeadings(file), file).toEqual(expected);
        }
      }
    },
    T,
  );
});

describe("pcapra build, options and errors", () => {
  it("describes, in its help, every document and both formats it writes", async () => {
    const r = await cli(["build", "--help"]);
    expect(r.code).toBe(0);
    const summary = r.stdout.split("\n")[2];
    for (const word of ["PCA", "PRA", "PSCA", "fiches réflexes", "classeur de crise", "DOCX", "PDF"])
      expect(summary).toContain(word);
  });

  it(
    "builds the médico-social defaults: PSCA, fiches and binder",
    async () => {
      const dir = tempDir("ehpad");
      const r = await buildDocuments({ path: tilleuls, outDir: dir }, analyzePlan);
      expect(r.exitCode).toBe(0);
      expect(r.written.map((p) => p.slice(dir.length + 1))).toEqual([
        "350000048-psca-v1.2.docx",
        "350000048-psca-v1.2.pdf",
        "350000048-fiches-v1.2.docx",
        "350000048-fiches-v1.2.pdf",
        "350000048-binder-v1.2.docx",
        "350000048-binder-v1.2.pdf",
      ]);
    },
    T,
  );

  it(
    "refuses an invalid plan: exit 1, diagnostics, nothing written",
    async () => {
      const dir = tempDir("invalid");
      const plan = join(dir, "plan.yaml");
      writeFileSync(plan, "version: 1\nestablishment:\n  name: X\n");
      const io = recordingIo();
      const out = join(dir, "out");
      expect(await buildCommand({ plan, out }, io, analyzePlan)).toBe(1);
      expect(io.out).toEqual([]);
      expect(io.err.join("")).toMatch(/plan\.yaml:\d+:\d+: error required: /);
      expect(existsSync(out)).toBe(false);
    },
    T,
  );

  it(
    "refuses unknown values with exit 2",
    async () => {
      for (const args of [{ doc: "plan" }, { format: "odt" }, { scenario: "inconnu" }]) {
        const io = recordingIo();
        const dir = tempDir("usage");
        expect(
          await buildCommand({ plan: kerbrat, out: join(dir, "out"), ...args }, io, analyzePlan),
          JSON.stringify(args),
        ).toBe(2);
        expect(io.out).toEqual([]);
        expect(existsSync(join(dir, "out"))).toBe(false);
      }
    },
    T,
  );

  it(
    "uses a --templates override of fiche.hbs, and reports a broken one with its file and line",
    async () => {
      const dir = tempDir("templates");
      const bundled = readFileSync("templates/fiche.hbs", "utf8");
      const custom = join(dir, "custom");
      mkdirSync(custom);
      writeFileSync(
        join(custom, "fiche.hbs"),
        bundled.replace("!toc Sommaire 1", "!toc Sommaire 1\n\nModèle maison de l’hôpital\n"),
      );
      const r = await buildDocuments(
        { path: tilleuls, outDir: join(dir, "a"), docs: ["fiches"], formats: ["docx"], templatesDir: custom },
        analyzePlan,
      );
      expect(r.exitCode).toBe(0);
      const texts = paragraphs(documentXml(r.written[0])).map((p) => p.text);
      expect(texts).toContain("Modèle maison de l’hôpital");
      const plain = await buildDocuments(
        { path: tilleuls, outDir: join(dir, "b"), docs: ["fiches"], formats: ["docx"] },
        analyzePlan,
      );
      expect(paragraphs(documentXml(plain.written[0])).map((p) => p.text)).not.toContain(
        "Modèle maison de l’hôpital",
      );

      const broken = join(dir, "broken");
      mkdirSync(broken);
      writeFileSync(join(broken, "fiche.hbs"), "!title Fiches\n\n# {{champInconnu}}\n");
      const io = recordingIo();
      expect(
        await buildCommand(
          { plan: tilleuls, out: join(dir, "c"), doc: "fiches", format: "docx", templates: broken },
          io,
          analyzePlan,
        ),
      ).toBe(2);
      expect(io.err.join("")).toMatch(/fiche\.hbs:3/);
      expect(existsSync(join(dir, "c"))).toBe(false);

      // A block-language error names the template file and line that wrote the faulty text.
      const badBlocks = join(dir, "bad-blocks");
      mkdirSync(badBlocks);
      writeFileSync(join(badBlocks, "fiche.hbs"), "!title Fiches\n\n!widths a b\n| x |\n");
      const io2 = recordingIo();
      expect(
        await buildCommand(
          { plan: tilleuls, out: join(dir, "d"), doc: "fiches", format: "docx", templates: badBlocks },
          io2,
          analyzePlan,
        ),
      ).toBe(2);
      expect(io2.err.join("")).toContain(`${join(badBlocks, "fiche.hbs")}:3\u00a0: !widths attend`);
      expect(existsSync(join(dir, "d"))).toBe(false);
    },
    T,
  );

  it(
    "prints a plan value with Handlebars, Markdown and table syntax literally",
    async () => {
      const dir = tempDir("literal");
      const value = "EHPAD **x** {{y}} | a | <b>&amp; _i_ \\ fin";
      const source = readFileSync(tilleuls, "utf8").replace(
        "  name: EHPAD Les Tilleuls\n",
        `  name: ${JSON.stringify(value)}\n`,
      );
      const plan = join(dir, "plan.yaml");
      writeFileSync(plan, source);
      const r = await buildDocuments(
        { path: plan, outDir: join(dir, "out"), docs: ["fiches"], formats: ["docx"] },
        analyzePlan,
      );
      expect(r.exitCode).toBe(0);
      const xml = documentXml(r.written[0]);
      expect(paragraphs(xml).map((p) => p.text)).toContain(value);
      expect(xml).toContain("EHPAD **x** {{y}} | a | &lt;b&gt;&amp;amp; _i_ \\ fin");
    },
    T,
  );
});

describe("build output folder errors", () => {
  it("refuses an output path that is a file, with a French message and exit 2", async () => {
    const file = join(tempDir("out"), "fichier");
    writeFileSync(file, "x");
    const r = await cli(["build", "tests/fixtures/minimal/plan.yaml", "--out", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("impossible d’écrire dans le dossier de sortie");
    expect(r.stderr).not.toContain("erreur interne");
    expect(r.stdout).toBe("");
  });
});

describe("view input", () => {
  it(
    "computes the CaRE report and the scenario orders once, on first use, with the values of an eager run",
    async () => {
      const analysis = await analyzePlan(kerbrat);
      const args = {
        plan: analysis.plan!,
        map: analysis.map!,
        recovery: analysis.recovery!,
        findings: analysis.findings,
      };
      const input = viewInput(kerbrat, args, null);
      const care = input.care;
      const orders = input.scenarioOrders;
      // Asked again: the same objects (computed once per build, shared by every document).
      expect(input.care).toBe(care);
      expect(input.scenarioOrders).toBe(orders);
      expect(orders.length).toBeGreaterThan(0);
      // A copy (as the exercise view makes) carries the same values.
      const copy = { ...viewInput(kerbrat, args, null) };
      expect(copy.care).toEqual(care);
      expect(copy.scenarioOrders).toEqual(orders);
    },
    T,
  );
});
