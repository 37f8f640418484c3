/** Column widths: relative widths kept where they can be, widened where a word would be cut. */
import { describe, expect, it } from "vitest";
import { fitColumns, tableColumns, textTwips } from "../../src/render/docx/column-fit.js";
import type { Table } from "../../src/doc/model.js";

const cell = (text: string) => ({ inlines: [{ type: "text" as const, text }] });

describe("fitColumns", () => {
  it("keeps the relative widths when every column has room", () => {
    expect(fitColumns([1, 3], [100, 100], 1000)).toEqual([250, 750]);
  });
  it("raises a narrow column to its minimum, taking room from the others; sums stay exact", () => {
    const w = fitColumns([1, 1, 8], [300, 0, 0], 1000);
    expect(w[0]).toBe(300);
    expect(w.reduce((a, b) => a + b, 0)).toBe(1000);
    expect(w[2] / w[1]).toBeCloseTo(8, 0);
  });
  it("shares by minimums when nothing fits", () => {
    expect(fitColumns([1, 1], [1500, 500], 1000)).toEqual([750, 250]);
  });
});

describe("tableColumns", () => {
  it("a header word or a U+00A0-joined duration is never narrower than its text", () => {
    const table: Table = {
      type: "table",
      header: [cell("Ressource"), cell("Immuable"), cell("Écart")],
      rows: [
        {
          cells: [
            cell("Une ressource au nom assez long"),
            cell("Non"),
            cell("\u22122\u00a0j\u00a022\u00a0h\u00a015"),
          ],
        },
      ],
      widths: [10, 1, 1],
    };
    const w = tableColumns(table, 9638);
    expect(w[1]).toBeGreaterThan(textTwips("Immuable", 9, true) + 200);
    expect(w[2]).toBeGreaterThan(textTwips("\u22122\u00a0j\u00a022\u00a0h\u00a015", 9, false) + 200);
    expect(w.reduce((a, b) => a + b, 0)).toBe(9638);
  });
});
