import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { unzipSync } from "fflate";
import { renderDocx } from "../../src/render/docx/index.js";
import { estimatePages } from "../../src/render/docx/page-estimate.js";
import { TEXT_WIDTH } from "../../src/render/docx/styles.js";
import type { Document, Heading, Table } from "../../src/doc/model.js";
import { fixtureDocument } from "./fixture.js";
import { paragraphs, parts, styleOf, text } from "./docx-xml.js";
import { sections } from "../documents-spec/docx.js";

let docx: Uint8Array;
let xml: Record<string, string>;
let model: Document;

beforeAll(async () => {
  model = fixtureDocument();
  docx = await renderDocx(model);
  xml = parts(docx);
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const body = (): string => xml["word/document.xml"];

describe("headings", () => {
  it("are Heading1–3 paragraphs with the model text, in order, never list-numbered", () => {
    const headings = paragraphs(body()).filter((p) => /^Heading\d$/.test(styleOf(p) ?? ""));
    const expected = model.body.filter((b): b is Heading => b.type === "heading");
    expect(headings.map((p) => [styleOf(p), text(p)])).toEqual(
      expected.map((h) => [`Heading${h.level}`, h.text]),
    );
    expect(expected.map((h) => h.level)).toEqual([1, 2, 3, 2, 1, 1]);
    for (const p of headings) expect(p).not.toContain("<w:numPr>");
  });

  it("start a new page at level 1 only", () => {
    for (const p of paragraphs(body())) {
      const style = styleOf(p);
      if (style === "Heading1") expect(p).toContain("<w:pageBreakBefore/>");
      if (style === "Heading2" || style === "Heading3") expect(p).not.toContain("<w:pageBreakBefore/>");
    }
  });

  it("keep with next and carry outline levels through their styles", () => {
    const styles = xml["word/styles.xml"];
    for (const level of [1, 2, 3]) {
      const style =
        new RegExp(`<w:style [^>]*w:styleId="Heading${level}"[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? "";
      expect(style).toContain("<w:keepNext/>");
      expect(style).toContain(`<w:outlineLvl w:val="${level - 1}"/>`);
    }
  });

  it("uses the Title style for the document title", () => {
    const title = paragraphs(body()).find((p) => styleOf(p) === "Title");
    expect(title && text(title)).toBe("Plan de reprise d’activité");
  });
});

describe("Sommaire", () => {
  it("is a plain titled TOC field with cached entries and estimated pages, without update prompt", () => {
    const ps = paragraphs(body());
    const title = ps.find((p) => text(p) === "Sommaire");
    expect(title && styleOf(title)).toBe("TOCHeading");
    expect(body()).toContain('<w:instrText xml:space="preserve">TOC \\h \\o &quot;1-2&quot;</w:instrText>');
    expect(body()).not.toMatch(/w:dirty="true"/);
    expect(xml["word/settings.xml"]).not.toContain("updateFields");

    const { headingPage } = estimatePages(model);
    const listed = model.body.filter((b): b is Heading => b.type === "heading" && b.toc && b.level <= 2);
    const entries = ps.filter((p) => /^TOC\d$/.test(styleOf(p) ?? ""));
    expect(entries.map((p) => [styleOf(p), text(p)])).toEqual(
      listed.map((h) => [`TOC${h.level}`, `${h.text}${headingPage.get(h)}`]),
    );
    // Page-number tab at the right margin of our text width.
    for (const p of entries)
      expect(p).toContain(`<w:tab w:val="right" w:pos="${TEXT_WIDTH}" w:leader="dot"/>`);
  });

  it("estimates plausible pages: cover 1, Sommaire 2, chapters after, odd break respected", () => {
    const { headingPage, pages } = estimatePages(model);
    const pageOf = (t: string): number | undefined =>
      headingPage.get(model.body.find((b): b is Heading => b.type === "heading" && b.text === t)!);
    expect(pageOf("1 Objet et portée")).toBe(3);
    expect(pageOf("1.1 Établissements concernés")).toBe(3);
    expect(pageOf("2 Tableaux")).toBe(4);
    // Page break → blank page 5; odd break → 7 (6 left blank).
    expect(pageOf("Annexe A – Annuaire de crise")).toBe(7);
    expect(pages).toBe(7);
  });

  it("pushes headings down when text fills pages", () => {
    const long = "mot ".repeat(4000);
    const doc: Document = {
      ...model,
      cover: [],
      body: [
        { type: "heading", level: 1, text: "1 A", toc: true },
        { type: "paragraph", inlines: [{ type: "text", text: long }] },
        { type: "heading", level: 2, text: "1.1 B", toc: true },
      ],
    };
    const { headingPage } = estimatePages(doc);
    expect(headingPage.get(doc.body[0] as Heading)).toBe(1);
    expect(headingPage.get(doc.body[2] as Heading)).toBeGreaterThan(2);
  });
});

describe("tables and lists", () => {
  it("repeats header rows and never splits rows", () => {
    const tables = model.body.filter((b): b is Table => b.type === "table");
    expect(body().match(/<w:tblHeader\/>/g)).toHaveLength(tables.filter((t) => t.header).length);
    // Header rows, callouts (one-row tables, docs/documents.md §1.5) and every row that could
    // break (two lines or more, or a minimum height) are kept whole; a one-line row cannot break
    // and goes without `w:cantSplit`, which LibreOffice 7.4 mishandles (row-lines.ts).
    const rows = body().match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? [];
    const kept = rows.filter((r) => r.includes("<w:cantSplit/>"));
    const free = rows.filter((r) => !r.includes("<w:cantSplit/>"));
    expect(kept.filter((r) => r.includes("<w:tblHeader/>"))).toHaveLength(
      tables.filter((t) => t.header).length,
    );
    for (const r of rows.filter((r) => r.includes("<w:br/>") || r.includes("<w:trHeight"))) {
      expect(r).toContain("<w:cantSplit/>");
    }
    expect(rows.find((r) => text(r) === "Version2.1")).not.toContain("<w:cantSplit/>");
    expect(free.length).toBeGreaterThan(0);
    for (const r of free) expect(text(r).length, text(r)).toBeLessThan(80);
  });

  it("sizes columns from the relative widths over the text width", () => {
    const grids = [...body().matchAll(/<w:tblGrid>([\s\S]*?)<\/w:tblGrid>/g)].map((m) =>
      [...m[1].matchAll(/w:w="(\d+)"/g)].map((g) => Number(g[1])),
    );
    for (const grid of grids) expect(grid.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
    expect(grids[0][1]).toBeCloseTo(2 * grids[0][0], -1); // !widths 1 2 on the cover
  });

  it("sets minimum row heights, bold key columns and bold rows, and line breaks in cells", () => {
    expect(body().match(/<w:trHeight w:val="400" w:hRule="atLeast"\/>/g)).toHaveLength(2);
    const rows = body().match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? [];
    const version = rows.find((r) => text(r) === "Version2.1")!;
    const [key, value] = version.match(/<w:tc>[\s\S]*?<\/w:tc>/g)!;
    expect(key).toContain("<w:b/>");
    expect(value).not.toContain("<w:b/>");
    const total = rows.find((r) => text(r).startsWith("Total"))!;
    expect(total.match(/<w:tc>[\s\S]*?<\/w:tc>/g)!.every((c) => c.includes("<w:b/>"))).toBe(true);
    const dpi = rows.find((r) => text(r).startsWith("Serveur DPI"))!;
    expect(dpi).toMatch(
      /Ligne 1<\/w:t><\/w:r><w:r><w:br\/><\/w:r><w:r>(?:<w:rPr>[\s\S]*?<\/w:rPr>)?<w:t xml:space="preserve">Ligne 2/,
    );
  });

  it("gives each list its own numbering instance, restarting at 1", () => {
    const ids = paragraphs(body())
      .map((p) => /<w:numId w:val="(\d+)"\/>/.exec(p)?.[1])
      .filter((id): id is string => id !== undefined);
    // 2 bullets, 2 + 1 numbered, 1 bullet in the callout: four lists.
    expect(ids).toHaveLength(6);
    expect(new Set(ids).size).toBe(4);
    const numbering = xml["word/numbering.xml"];
    for (const id of new Set(ids)) {
      expect(numbering).toMatch(new RegExp(`<w:num w:numId="${id}">[\\s\\S]*?<w:startOverride w:val="1"/>`));
    }
  });

  it("frames the callout in a bordered single-cell table", () => {
    const tables = body().match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
    const callout = tables.find((t) => text(t).startsWith("Rappel"))!;
    expect(callout.match(/<w:tc>/g)).toHaveLength(1);
    expect(callout).toMatch(/<w:top w:val="single" w:color="1F3864" w:sz="12"\/>/);
    expect(text(callout)).toContain("sous 72\u00a0heures");
  });
});

describe("paragraph styles and escaping", () => {
  it("maps block styles to paragraph styles defined in styles.xml", () => {
    const used = new Set(paragraphs(body()).map(styleOf));
    for (const id of ["Banner", "Subtitle", "Label", "Small", "BlankPage"]) {
      expect(used.has(id)).toBe(true);
      expect(xml["word/styles.xml"]).toContain(`w:styleId="${id}"`);
    }
  });

  it("prints plan text literally, with bold and italic runs", () => {
    expect(text(body())).toContain("Bâtiment **B** | {{x}}");
    expect(text(body())).toContain("Êtes-vous prêt\u202f?");
    expect(body()).toMatch(/<w:b\/>[\s\S]{0,200}>Oui<\/w:t>/);
    expect(body()).toMatch(/<w:i\/>[\s\S]{0,200}>vite<\/w:t>/);
  });
});

describe("document settings", () => {
  it("is French, A4 portrait", () => {
    expect(xml["word/styles.xml"]).toMatch(
      /<w:rPrDefault><w:rPr>[\s\S]*<w:lang w:val="fr-FR"\/>[\s\S]*<\/w:rPrDefault>/,
    );
    expect(body()).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
  });

  it("writes the core properties with the plan date", () => {
    const core = xml["docProps/core.xml"];
    expect(core).toContain("<dc:title>Plan de reprise d’activité – Centre hospitalier de Kerbrat</dc:title>");
    expect(core).toContain("<dc:creator>Anne Le Gall</dc:creator>");
    expect(core).toContain("<cp:lastModifiedBy>Anne Le Gall</cp:lastModifiedBy>");
    expect(core).toContain("<dc:subject>Version 2.1 du 15\u00a0mars 2026</dc:subject>");
    expect(core).toContain("<cp:keywords>290000017</cp:keywords>");
    expect(core).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-15T00:00:00Z</dcterms:created>',
    );
    expect(core).toContain(
      '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-03-15T00:00:00Z</dcterms:modified>',
    );
  });

  it("has no header on the cover and the running header and footer on every body section", () => {
    const sections = body().match(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g)!;
    // cover, body, the page left blank before the odd page break, body after it
    expect(estimatePages(model).blankBefore).toEqual(new Set([1]));
    expect(sections).toHaveLength(4);
    expect(sections[0]).not.toContain("headerReference");
    expect(sections[0]).not.toContain("footerReference");
    for (const s of sections.slice(1)) {
      expect(s).toContain('<w:headerReference w:type="default"');
      expect(s).toContain('<w:footerReference w:type="default"');
    }
    expect(sections[1]).toContain('<w:type w:val="nextPage"/>');
    expect(sections[2]).toContain('<w:type w:val="nextPage"/>');
    expect(sections[3]).toContain('<w:type w:val="oddPage"/>');
  });

  it("prints only `Page laissée blanche intentionnellement` and the footer on a page left blank", () => {
    const [, , blank] = sections(body());
    expect(paragraphs(blank).map(text)).toEqual(["Page laissée blanche intentionnellement"]);
    expect(paragraphs(blank).map(styleOf)).toEqual(["BlankPage"]);
    // Its header is empty; its footer is the running footer.
    const rel = (type: string): string =>
      new RegExp(`<w:${type}Reference w:type="default" r:id="(rId\\d+)"`).exec(blank)![1];
    const target = (id: string): string =>
      new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(xml["word/_rels/document.xml.rels"])?.[1] ??
      new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(xml["word/_rels/document.xml.rels"])![1];
    expect(text(xml[`word/${target(rel("header"))}`])).toBe("");
    expect(text(xml[`word/${target(rel("footer"))}`])).toContain("FINESS 290000017");
  });

  it("fills the header slots and the footer with PAGE and NUMPAGES fields", () => {
    const header = xml["word/header1.xml"];
    expect(header).toMatch(
      /Centre hospitalier de Kerbrat<\/w:t><w:tab\/><w:t xml:space="preserve">Diffusion restreinte/,
    );
    expect(header).toContain(`<w:tab w:val="right" w:pos="${TEXT_WIDTH}"/>`);
    const footer = xml["word/footer1.xml"];
    expect(text(footer)).toBe("PRA v2.1 – 15\u00a0mars 2026FINESS 290000017Page  / ");
    expect(footer).toMatch(/<w:instrText xml:space="preserve">PAGE<\/w:instrText>/);
    expect(footer).toMatch(/<w:instrText xml:space="preserve">NUMPAGES<\/w:instrText>/);
    expect(footer.indexOf(">PAGE<")).toBeLessThan(footer.indexOf(">NUMPAGES<"));
    expect(footer.match(/<w:tab\/>/g)).toHaveLength(2);
  });
});

describe("determinism", () => {
  it("gives the same bytes whatever the clock, the random generator and the time zone", async () => {
    const first = await renderDocx(fixtureDocument());
    const tz = process.env.TZ;
    try {
      process.env.TZ = "Pacific/Kiritimati";
      vi.useFakeTimers({ now: new Date("2031-07-04T13:14:15Z"), toFake: ["Date"] });
      let seed = 7;
      vi.spyOn(Math, "random").mockImplementation(() => (seed = (seed * 16807) % 2147483647) / 2147483647);
      const second = await renderDocx(fixtureDocument());
      expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
      expect(Buffer.from(second).equals(Buffer.from(docx))).toBe(true);
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });

  it("zips parts in a fixed order with the plan date as modification time", () => {
    const names: string[] = [];
    const times: number[] = [];
    // Walk the local file headers: signature, then DOS time and date at offsets 10 and 12.
    const view = new DataView(docx.buffer, docx.byteOffset, docx.byteLength);
    let offset = 0;
    while (view.getUint32(offset, true) === 0x04034b50) {
      const time = view.getUint16(offset + 10, true);
      const date = view.getUint16(offset + 12, true);
      const size = view.getUint32(offset + 18, true);
      const nameLength = view.getUint16(offset + 26, true);
      const extra = view.getUint16(offset + 28, true);
      names.push(Buffer.from(docx.subarray(offset + 30, offset + 30 + nameLength)).toString());
      times.push(time, date);
      offset += 30 + nameLength + extra + size;
    }
    expect(names[0]).toBe("[Content_Types].xml");
    expect(names.slice(1)).toEqual([...names.slice(1)].sort());
    expect(names).toEqual(expect.arrayContaining(["word/document.xml", "docProps/core.xml"]));
    expect(names.length).toBe(Object.keys(unzipSync(docx)).length);
    const dosDate = ((2026 - 1980) << 9) | (3 << 5) | 15;
    for (let i = 0; i < times.length; i += 2) expect([times[i], times[i + 1]]).toEqual([0, dosDate]);
  });
});

describe("packing", () => {
  it("declares every part's content type and finds every relationship target in the package", () => {
    const names = Object.keys(unzipSync(docx));
    const types = xml["[Content_Types].xml"];
    const defaults = [...types.matchAll(/Extension="([^"]+)"/g)].map((m) => m[1]);
    for (const name of names) {
      if (name === "[Content_Types].xml") continue;
      const declared =
        types.includes(`PartName="/${name}"`) || defaults.includes(name.slice(name.lastIndexOf(".") + 1));
      expect(declared, name).toBe(true);
    }
    for (const rels of names.filter((n) => n.endsWith(".rels"))) {
      // `word/_rels/document.xml.rels` → targets relative to `word/`; `_rels/.rels` → the root.
      const base = rels.slice(0, rels.indexOf("_rels/"));
      for (const m of xml[rels].matchAll(/Target="([^"]+)"/g)) expect(names, rels).toContain(base + m[1]);
    }
    // Every header and footer the sections name is a relationship of the document.
    const ids = [...body().matchAll(/r:id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(xml["word/_rels/document.xml.rels"]).toContain(`Id="${id}"`);
  });

  it("renders a document without cover, Sommaire entries or body content", async () => {
    const empty: Document = {
      ...fixtureDocument(),
      cover: [],
      body: [{ type: "toc", title: "Sommaire", maxLevel: 2 }],
    };
    const x = parts(await renderDocx(empty));
    expect(x["word/document.xml"].match(/<w:sectPr>/g)).toHaveLength(1);
    // An empty field (no cached entry), never the headings docx would pick by itself.
    expect(x["word/document.xml"]).toContain("TOC \\h \\o &quot;1-2&quot;");
    expect(x["word/document.xml"]).not.toContain('w:val="TOC1"');
    expect(text(x["word/document.xml"])).toBe("Sommaire");
  });
});
