/** fast-check generators of document models, for renderer properties. */
import fc from "fast-check";
import type { Block, Callout, Document, Inline, List, Paragraph, Table } from "../../src/doc/model.js";
import { fixtureDocument } from "./fixture.js";

// Text with what matters to XML and to the renderer: specials, quotes, braces (docx placeholders
// look like `{…}`), control characters, French spaces and punctuation, long words.
const piece = fc.constantFrom(
  "mot",
  "Réanimation",
  "l’équipe",
  "4\u00a0h",
  "prêt\u202f?",
  "&",
  "<b>",
  '"q"',
  "'a'",
  "{x}",
  "{pcapra-bullet-1}",
  "\u0001",
  "\t",
  "anticonstitutionnellement",
  "dpi@kerbrat.fr",
  "☐",
  "",
);
export const textArb = fc.array(piece, { maxLength: 12 }).map((p) => p.join(" "));

const inlineArb: fc.Arbitrary<Inline> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record(
      {
        type: fc.constant("text" as const),
        text: textArb,
        bold: fc.option(fc.boolean(), { nil: undefined }),
        italic: fc.option(fc.boolean(), { nil: undefined }),
      },
      { requiredKeys: ["type", "text"] },
    ),
  },
  { weight: 1, arbitrary: fc.constant({ type: "break" as const }) },
);
const inlinesArb = fc.array(inlineArb, { maxLength: 5 });

const paragraphArb: fc.Arbitrary<Paragraph> = fc.record(
  {
    type: fc.constant("paragraph" as const),
    inlines: inlinesArb,
    style: fc.constantFrom("normal", "banner", "subtitle", "label", "small", "blank-page"),
  },
  { requiredKeys: ["type", "inlines"] },
);
const listArb: fc.Arbitrary<List> = fc.record({
  type: fc.constant("list" as const),
  ordered: fc.boolean(),
  items: fc.array(inlinesArb, { maxLength: 4 }),
});
const tableArb: fc.Arbitrary<Table> = fc.integer({ min: 0, max: 5 }).chain((n) =>
  fc.record(
    {
      type: fc.constant("table" as const),
      header: fc.array(fc.record({ inlines: inlinesArb }), { minLength: n, maxLength: n }),
      rows: fc.array(
        fc.record(
          {
            cells: fc.array(fc.record({ inlines: inlinesArb }), { minLength: n, maxLength: n }),
            bold: fc.boolean(),
            minHeight: fc.integer({ min: 5, max: 40 }),
          },
          { requiredKeys: ["cells"] },
        ),
        { maxLength: 6 },
      ),
      widths: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: n, maxLength: n }),
      keyValue: fc.boolean(),
    },
    { requiredKeys: ["type", "rows"] },
  ),
);
const calloutArb: fc.Arbitrary<Callout> = fc.record({
  type: fc.constant("callout" as const),
  blocks: fc.array(fc.oneof(paragraphArb, listArb), { maxLength: 3 }),
});
export const blockArb: fc.Arbitrary<Block> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      type: fc.constant("heading" as const),
      level: fc.constantFrom(1 as const, 2 as const, 3 as const),
      text: textArb,
      toc: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant("title" as const), text: textArb }) },
  { weight: 4, arbitrary: paragraphArb },
  { weight: 2, arbitrary: listArb },
  { weight: 2, arbitrary: tableArb },
  { weight: 1, arbitrary: calloutArb },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant("toc" as const),
      title: textArb,
      maxLevel: fc.constantFrom(1 as const, 2 as const, 3 as const),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record(
      { type: fc.constant("pagebreak" as const), odd: fc.option(fc.boolean(), { nil: undefined }) },
      { requiredKeys: ["type"] },
    ),
  },
);

export const documentArb: fc.Arbitrary<Document> = fc
  .record({ cover: fc.array(blockArb, { maxLength: 5 }), body: fc.array(blockArb, { maxLength: 25 }) })
  .map(({ cover, body }) => ({ ...fixtureDocument(), cover, body }));
