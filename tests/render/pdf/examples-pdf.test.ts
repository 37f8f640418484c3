/**
 * Every example document as a PDF, read back with the tools a user has: `qpdf --check` clean,
 * only embedded fonts (`pdffonts`), the metadata of docs/documents.md §1.3 (`pdfinfo`), the
 * outline equal to the DOCX heading paragraphs (`mutool show … outline`) and pointing to the
 * page where the heading prints, every Sommaire entry's number equal to that page, and the PDF
 * text equal to the DOCX text (pdftotext against document.xml), apart from the running header
 * and footer and the header rows repeated on continuation pages. Needs qpdf, Poppler and
 * MuPDF: fails in CI without them, skipped elsewhere.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { docxHeadings, tempDir } from "../../build/helpers.js";
import { toolsAvailable } from "../../helpers/tools.js";
import { cli } from "../../cli/helpers.js";
import { docxText, pdfInfo, pdfOutline, pdfPageTexts, run, squeeze } from "./read-back.js";

const BLANK = "Page laissée blanche intentionnellement";
const tools = ["qpdf", "pdftotext", "pdfinfo", "pdffonts", "mutool"].every((t) => toolsAvailable(t));
const T = 300_000;

const examples = [
  {
    path: "examples/ch-kerbrat",
    owner: "Erwan Kerjean",
    finess: "290000017",
  },
  { path: "examples/ehpad-les-tilleuls.yaml", owner: "", finess: "350000048" },
];

describe.runIf(tools)("example documents as PDF, read back", () => {
  const out = tempDir("pdf-examples");
  beforeAll(async () => {
    for (const ex of examples) {
      const r = await cli(["build", ex.path, "--out", out]);
      expect(r.code, r.stderr).toBe(0);
    }
  }, T);

  const pdfs = (): string[] => readdirSync(out).filter((f) => f.endsWith(".pdf"));

  it("writes one PDF next to each DOCX", () => {
    const names = readdirSync(out).sort();
    expect(pdfs()).toHaveLength(7);
    for (const pdf of pdfs()) expect(names).toContain(pdf.replace(/\.pdf$/, ".docx"));
  });

  it(
    "passes qpdf --check, embeds every font, carries the metadata",
    async () => {
      for (const name of pdfs()) {
        const file = join(out, name);
        const check = await run("qpdf", ["--check", file]);
        expect(check.stdout, name).toContain("No syntax or stream encoding errors");
        const fonts = (await run("pdffonts", [file])).stdout
          .split("\n")
          .slice(2)
          .filter((l) => l.trim() !== "");
        expect(fonts.length, name).toBeGreaterThan(0);
        for (const line of fonts) {
          // name type encoding emb sub uni: embedded, subset, with a ToUnicode map; one-byte
          // glyph codes (an embedded CMap, "Custom" to pdffonts) for these small subsets.
          expect(line, name).toMatch(/DejaVuSans\S*\s+CID TrueType\s+Custom\s+yes\s+yes\s+yes/);
        }
        const info = await pdfInfo(file);
        const ex = examples.find((e) => name.startsWith(e.finess))!;
        expect(info.Keywords, name).toBe(ex.finess);
        expect(info.Subject, name).toMatch(/^Version \S+ du \d{1,2}(er)?\s\S+\s\d{4}$/);
        expect(info.Title, name).toMatch(/ – /);
        if (ex.owner) expect(info.Author, name).toBe(ex.owner);
        expect(info.CreationDate, name).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00(Z|\+00)/);
        expect(info.ModDate, name).toBe(info.CreationDate);
        const qdf = (
          await run("qpdf", ["--qdf", "--object-streams=disable", file, "-"], {
            maxBuffer: 1 << 28,
            encoding: "latin1",
          })
        ).stdout;
        expect(qdf, name).toContain("/Lang (fr-FR)");
        // The ToUnicode maps give back the no-break spaces (pdftotext prints them as spaces);
        // their codes are one byte (two hex digits).
        expect(qdf, name).toMatch(/<[0-9A-F]{2}> <00A0>/);
        expect(qdf, name).toMatch(/<[0-9A-F]{2}> <202F>/);
      }
    },
    T,
  );

  it(
    "has the DOCX headings as outline, pointing where each heading prints, and a true Sommaire",
    async () => {
      for (const name of pdfs()) {
        const file = join(out, name);
        const outline = await pdfOutline(file);
        const headings = docxHeadings(join(out, name.replace(/\.pdf$/, ".docx")));
        expect(
          outline.map((o) => o.line),
          name,
        ).toEqual(headings);
        const pages = (await pdfPageTexts(file)).map(squeeze);
        // Each heading is found, in order, on the page its outline entry names.
        let page = 1;
        while (page < pages.length && /\.{6,}\d+/.test(pages[page])) page++;
        const firstBody = page;
        const found = new Map<string, number>();
        for (const o of outline) {
          const text = squeeze(o.line.replace(/^#+ /, ""));
          while (page < pages.length && !pages[page].includes(text)) page++;
          expect(page, `${name} : ${o.line} introuvable`).toBeLessThan(pages.length);
          expect(o.page, `${name} : ${o.line}`).toBe(page + 1);
          found.set(text, page + 1);
        }
        // The Sommaire (pages before the first heading) gives the same page numbers.
        // Each entry's line ends with its page number: marked so that the next entry's number
        // does not run into it once the spaces are gone.
        const raw = await pdfPageTexts(file);
        const toc = raw
          .slice(1, firstBody)
          .flatMap((t) => t.split("\n"))
          .map((l) => squeeze(l).replace(/(\.{2,}\d+)$/, "$1|"))
          .join("");
        expect(toc, name).toContain("Sommaire");
        let entries = 0;
        for (const [text, p] of found) {
          const at = toc.indexOf(text + ".");
          if (at < 0) continue;
          entries++;
          const number = /^\.+(\d+)\|/.exec(toc.slice(at + text.length))?.[1];
          expect(Number(number), `${name} : ${text}`).toBe(p);
        }
        expect(entries, name).toBeGreaterThan(3);
      }
    },
    T,
  );

  it(
    "starts every binder fiche on an odd page; a page left blank prints only its sentence and the footer",
    async () => {
      for (const name of pdfs().filter((n) => n.includes("-binder-"))) {
        const file = join(out, name);
        const outline = await pdfOutline(file);
        const fiches = outline.filter((o) => /^## [56]\.\d+ /.test(o.line));
        expect(fiches.length, name).toBeGreaterThan(0);
        for (const f of fiches) expect(f.page % 2, `${name} : ${f.line}`).toBe(1);
        const texts = await pdfPageTexts(file);
        texts.forEach((t, i) => {
          if (!t.includes(BLANK)) return;
          const lines = t.split("\n").filter((l) => l.trim() !== "");
          expect(lines[0], `${name} p. ${i + 1}`).toBe(BLANK);
          expect(lines.at(-1), `${name} p. ${i + 1}`).toMatch(new RegExp(`Page ${i + 1} / ${texts.length}$`));
          expect(lines.length, `${name} p. ${i + 1}`).toBeLessThanOrEqual(4);
        });
      }
    },
    T,
  );

  it(
    "prints the DOCX text, paragraph by paragraph, apart from running header, footer and repeated headers",
    async () => {
      for (const name of pdfs()) {
        const file = join(out, name);
        const docx = docxText(join(out, name.replace(/\.pdf$/, ".docx")));
        // Both formats leave pages blank for odd starts, each where its own layout needs them.
        const stream = docx.paragraphs
          .filter((p) => p !== BLANK)
          .map(squeeze)
          .join("");
        const headers = [...new Set(docx.headerRows.map(squeeze))].filter((h) => h !== "");
        const texts = await pdfPageTexts(file);
        const total = texts.length;
        const squeezed = texts.map(squeeze);
        let firstBody = 1;
        while (firstBody < total && /\.{6,}\d+/.test(squeezed[firstBody])) firstBody++;
        // The running header and footer: what every page after the cover ends with, number aside.
        // Pages left blank for an odd start print their sentence, which the DOCX leaves to Word.
        const blank = squeeze(BLANK);
        const isBlank = (i: number): boolean => squeezed[i].startsWith(blank);
        const running = squeezed
          .map((t, k) => t.slice(0, -squeeze(`Page ${k + 1} / ${total}`).length))
          .filter((_, k) => k > 0 && !isBlank(k))
          .reduce(commonSuffix);
        let pos = 0;
        texts.forEach((raw, i) => {
          // The Sommaire's pages are left out: the DOCX field carries estimated numbers.
          if ((i > 0 && i < firstBody) || isBlank(i)) return;
          let page = squeezed[i];
          if (i > 0) {
            const number = squeeze(`Page ${i + 1} / ${total}`);
            expect(page.endsWith(running + number), `${name} p. ${i + 1}`).toBe(true);
            page = page.slice(0, -(running + number).length);
          }
          page = withoutFigureLabels(page, stream, pos);
          if (stream.startsWith(page, pos)) {
            pos += page.length;
            return;
          }
          const header = headers.find(
            (h) => page.startsWith(h) && stream.startsWith(page.slice(h.length), pos),
          );
          expect(
            header,
            `${name} p. ${i + 1} : attendu « ${stream.slice(pos, pos + 80)} », lu « ${page.slice(0, 80)} »`,
          ).toBeDefined();
          pos += page.length - header!.length;
        });
        expect(pos, name).toBe(stream.length);
      }
    },
    T,
  );
});

function commonSuffix(a: string, b: string): string {
  let k = 0;
  while (k < a.length && k < b.length && a[a.length - 1 - k] === b[b.length - 1 - k]) k++;
  return a.slice(a.length - k);
}

/**
 * A PDF figure prints its labels as text where the DOCX has an image (docs/templates.md `!figure`):
 * where the page leaves the DOCX text and the DOCX goes on with a figure caption, the page's text
 * up to that caption (the picture's labels, in content order) is dropped.
 */
function withoutFigureLabels(page: string, stream: string, pos: number): string {
  let out = page;
  for (;;) {
    let k = 0;
    while (k < out.length && out[k] === stream[pos + k]) k++;
    const caption = /^Figure\d+–/.exec(stream.slice(pos + k, pos + k + 20));
    const j = caption ? out.indexOf(caption[0], k) : -1;
    if (j <= k) return out;
    out = out.slice(0, k) + out.slice(j);
  }
}
