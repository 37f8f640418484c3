// A large plan's documents (found by the benchmark at 4× the CHU size): hundreds of thousands of
// blocks or table rows are estimated without overflowing the call stack.
import { describe, expect, it } from "vitest";
import type { Block, Document } from "../../src/doc/model.js";
import { estimatePages } from "../../src/render/docx/index.js";

// The estimate reads no metadata.
const meta = { title: "Essai", date: "2026-03-15" } as unknown as Document["meta"];

describe("page estimate of a very large document", () => {
  it("handles 300,000 body blocks and a 200,000-row table", () => {
    const body: Block[] = [{ type: "heading", level: 1, text: "Grand plan", toc: true }];
    for (let i = 0; i < 300_000; i++)
      body.push({ type: "paragraph", inlines: [{ type: "text", text: `§ ${i}` }] });
    body.push({
      type: "table",
      header: [{ inlines: [{ type: "text", text: "Ressource" }] }],
      rows: Array.from({ length: 200_000 }, (_, i) => ({
        cells: [{ inlines: [{ type: "text", text: `r${i}` }] }],
      })),
    });
    const { pages } = estimatePages({ meta, cover: [], body });
    expect(pages).toBeGreaterThan(5_000);
  }, 120_000);
});
