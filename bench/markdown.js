// The baseline's input: one of our documents, as Markdown with the same content (headings,
// paragraphs, lists, callouts as block quotes, tables as pipe tables), for `pandoc -o x.docx`.
// `node bench/markdown.js <plan> <doc> <out.md>` also prints the page estimate of our DOCX.
import { writeFileSync } from "node:fs";
import { analyzeLoaded } from "../dist/analyze.js";
import { composeDocument, viewInput } from "../dist/build/index.js";
import { loadPlan } from "../dist/plan/load.js";
import { estimatePages } from "../dist/render/docx/index.js";

const md = (text) => text.replace(/([\\`*_[\]#|<>])/g, "\\$1").replace(/\n/g, " ");
const inlines = (list) =>
  list
    .map((i) =>
      i.type === "break" ? "\\\n" : i.bold ? `**${md(i.text)}**` : i.italic ? `*${md(i.text)}*` : md(i.text),
    )
    .join("");

function block(b) {
  switch (b.type) {
    case "heading":
      return `${"#".repeat(b.level)} ${md(b.text)}`;
    case "title":
      return `# ${md(b.text)}`;
    case "paragraph":
      return inlines(b.inlines);
    case "list":
      return b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : "-"} ${inlines(item)}`).join("\n");
    case "callout":
      return b.blocks.map((x) => block(x).replace(/^/gm, "> ")).join("\n>\n");
    case "table": {
      const cols = (b.header ?? b.rows[0]?.cells ?? []).length;
      if (cols === 0) return "";
      const row = (cells) => `| ${cells.map((c) => inlines(c.inlines).replace(/\\\n/g, " ")).join(" | ")} |`;
      const head = b.header ? row(b.header) : `| ${Array(cols).fill(" ").join(" | ")} |`;
      return [head, `|${Array(cols).fill("---").join("|")}|`, ...b.rows.map((r) => row(r.cells))].join("\n");
    }
    case "pagebreak":
    case "section":
      return "\\newpage";
    default:
      return "";
  }
}

const [plan, doc, out] = process.argv.slice(2);
const analysis = analyzeLoaded(await loadPlan(plan));
const model = composeDocument(doc, viewInput(plan, analysis, null));
writeFileSync(out, [...model.cover, ...model.body].map(block).filter(Boolean).join("\n\n") + "\n");
process.stdout.write(JSON.stringify({ pages: estimatePages(model).pages }) + "\n");
