/**
 * PRA 4.4 pictures in the DOCX (issue 12): the CH de Kerbrat PRA built through the real CLI holds
 * one inline `w:drawing` per figure of the view, each bound to a PNG image part by its
 * relationship; document.xml is well-formed (xmllint); two builds give the same bytes; and
 * LibreOffice, converting it to PDF, puts an image on every page that carries a figure caption
 * (pdfimages, pdftotext) — the page estimate counting the figure's height.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync, strFromU8 } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { analyzePlan } from "../../src/analyze.js";
import { viewInput } from "../../src/build/index.js";
import { praFigures, type FigureView } from "../../src/view/pra-figures.js";
import { tempDir } from "../build/helpers.js";
import { cli } from "../cli/helpers.js";
import { libreOfficeConvert, toolsAvailable } from "../helpers/tools.js";
import { squeeze } from "../render/pdf/read-back.js";

const kerbrat = "examples/ch-kerbrat";
const T = 240_000;
const PNG = [0x89, 0x50, 0x4e, 0x47];

describe.runIf(toolsAvailable("xmllint", "soffice", "pdfimages", "pdftotext", "pdfinfo"))(
  "PRA 4.4 figures, built DOCX",
  () => {
    const outs = [tempDir("pra-docx-a"), tempDir("pra-docx-b")];
    let docx: string[] = [];
    let figures: FigureView[] = [];
    beforeAll(async () => {
      for (const out of outs) {
        const r = await cli(["build", kerbrat, "--doc", "pra", "--format", "docx", "--out", out]);
        expect(r.code, r.stderr).toBe(0);
      }
      docx = outs.map((out) =>
        join(
          out,
          readdirSync(out).find((f) => f.endsWith(".docx"))!,
        ),
      );
      const analysis = await analyzePlan(kerbrat);
      const input = viewInput(
        kerbrat,
        {
          plan: analysis.plan!,
          map: analysis.map!,
          recovery: analysis.recovery!,
          findings: analysis.findings,
        },
        null,
      );
      figures = praFigures(input);
    }, T);

    it("embeds one PNG drawing per figure, with its relationship; two builds are identical", () => {
      expect(figures.length).toBeGreaterThan(1);
      const parts = unzipSync(new Uint8Array(readFileSync(docx[0])));
      const xml = strFromU8(parts["word/document.xml"]);
      const rels = strFromU8(parts["word/_rels/document.xml.rels"]);
      const embeds = [...xml.matchAll(/<a:blip r:embed="([^"]+)"\/>/g)].map((m) => m[1]);
      expect(embeds.length).toBe(figures.length);
      for (const id of embeds) {
        const target = new RegExp(`Id="${id}" Type="[^"]+/image" Target="(media/[^"]+\\.png)"`).exec(rels);
        expect(target, id).not.toBeNull();
        expect([...parts[`word/${target![1]}`].slice(0, 4)]).toEqual(PNG);
      }
      for (const f of figures) expect(xml).toContain(`<w:t xml:space="preserve">${f.caption}</w:t>`);
      expect(readFileSync(docx[0]).equals(readFileSync(docx[1]))).toBe(true);
      const dir = mkdtempSync(join(tmpdir(), "pcapra-figures-xml-"));
      writeFileSync(join(dir, "document.xml"), parts["word/document.xml"]);
      expect(() =>
        execFileSync("xmllint", ["--noout", join(dir, "document.xml")], { stdio: "pipe" }),
      ).not.toThrow();
    });

    it(
      "opens in LibreOffice with an image on each page that carries a figure caption",
      async () => {
        const dir = mkdtempSync(join(tmpdir(), "pcapra-figures-lo-"));
        await libreOfficeConvert([docx[0]], dir, join(dir, "profile"), { timeout: 200_000 });
        const pdf = join(
          dir,
          readdirSync(dir).find((f) => f.endsWith(".pdf"))!,
        );
        const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync("pdfinfo", [pdf]).toString())![1]);
        const imagePages = new Set(
          execFileSync("pdfimages", ["-list", pdf])
            .toString()
            .split("\n")
            .slice(2)
            .map((l) => l.trim().split(/\s+/))
            .filter((c) => c[2] === "image")
            .map((c) => Number(c[0])),
        );
        for (const f of figures) {
          let found = 0;
          for (let p = 1; p <= pages && found === 0; p++) {
            const text = execFileSync("pdftotext", ["-f", String(p), "-l", String(p), pdf, "-"]).toString();
            if (squeeze(text).includes(squeeze(f.caption))) found = p;
          }
          expect(found, f.caption).toBeGreaterThan(0);
          expect(imagePages.has(found), `${f.caption}, page ${found}`).toBe(true);
        }
      },
      T,
    );
  },
);
