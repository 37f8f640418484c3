/** `!figure <id>` (docs/templates.md): resolved from the view's figures, an unknown id is a block error. */
import { describe, expect, it } from "vitest";
import { figuresOf } from "../../src/doc/figure.js";
import { BlockSyntaxError, parseBlockText } from "../../src/doc/parse.js";
import type { Picture } from "../../src/pictures/model.js";

const picture: Picture = { width: 100, height: 50, title: "t", shapes: [] };
const figures = figuresOf({ figures: [{ id: "timeline-1", caption: "Figure 1 – Chronologie", picture }] });

describe("!figure", () => {
  it("becomes a figure block carrying the view's picture and caption", () => {
    const { body } = parseBlockText("Avant\n\n!figure timeline-1\n\nAprès", "t", figures);
    expect(body.map((b) => b.type)).toEqual(["paragraph", "figure", "paragraph"]);
    expect(body[1]).toEqual({ type: "figure", picture, caption: "Figure 1 – Chronologie" });
  });

  it("reads an id escaped by a template's {{id}}", () => {
    const { body } = parseBlockText("!figure timeline\\-1", "t", figures);
    expect(body[0]).toMatchObject({ type: "figure", caption: "Figure 1 – Chronologie" });
  });

  it("names an unknown figure, and refuses one inside a callout", () => {
    expect(() => parseBlockText("!figure absente", "t", figures)).toThrow(BlockSyntaxError);
    expect(() => parseBlockText("!figure absente", "t", figures)).toThrow(
      /figure «\u00a0absente\u00a0» inconnue/,
    );
    expect(() => parseBlockText("!figure", "t", figures)).toThrow(/un seul identifiant/);
    expect(() => parseBlockText("> !figure timeline-1", "t", figures)).toThrow(BlockSyntaxError);
  });
});
