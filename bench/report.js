// results.json → RESULTS.md (tables) and scaling.svg (time and peak RSS against plan size).
import { writeFileSync } from "node:fs";
import { join } from "node:path";

const NBSP = "\u00a0";
const NNBSP = "\u202f";
const num = (x, digits = 0) =>
  x === null || x === undefined || Number.isNaN(x)
    ? "—"
    : x
        .toLocaleString("fr-FR", { minimumFractionDigits: digits, maximumFractionDigits: digits })
        .replace(/\u202f/g, NBSP);
const sec = (s) =>
  s ? `${num(s.median / 1000, 2)}${NBSP}s (${num(s.min / 1000, 2)}–${num(s.max / 1000, 2)})` : "—";
const ms = (s) => (s ? `${num(s.median)}${NBSP}ms (${num(s.min)}–${num(s.max)})` : "—");
const mb = (s) => (s ? `${num(s.median)}${NBSP}Mo` : "—");
const row = (cells) => `| ${cells.join(" | ")} |`;
const table = (head, rows) => [row(head), row(head.map(() => "---")), ...rows.map(row)].join("\n");
const docName = {
  pca: "PCA",
  pra: "PRA",
  fiches: "Fiches réflexes",
  binder: "Classeur de crise",
  défaut: "Build par défaut",
};

/** Least-squares slope of log(cost) against log(size): 1 is linear growth. */
export function growthExponent(points) {
  const p = points.filter(([x, y]) => x > 0 && y > 0).map(([x, y]) => [Math.log(x), Math.log(y)]);
  if (p.length < 2) return null;
  const mx = p.reduce((a, [x]) => a + x, 0) / p.length;
  const my = p.reduce((a, [, y]) => a + y, 0) / p.length;
  const sxy = p.reduce((a, [x, y]) => a + (x - mx) * (y - my), 0);
  const sxx = p.reduce((a, [x]) => a + (x - mx) ** 2, 0);
  return sxy / sxx;
}

function chart(scaling) {
  const W = 720;
  const H = 300;
  const panel = (x0, title, series, unit) => {
    const w = 320;
    const h = 220;
    const xs = scaling.map((s) => s.yamlMb);
    const maxX = Math.max(...xs) * 1.05;
    const maxY = Math.max(...series.flatMap((s) => s.values)) * 1.1 || 1;
    const px = (x) => x0 + 40 + (x / maxX) * (w - 50);
    const py = (y) => 40 + h - (y / maxY) * h;
    let out = `<text x="${x0 + 40}" y="24" font-size="13" font-weight="bold">${title}</text>`;
    out += `<line x1="${px(0)}" y1="${py(0)}" x2="${px(maxX)}" y2="${py(0)}" stroke="#444"/>`;
    out += `<line x1="${px(0)}" y1="${py(0)}" x2="${px(0)}" y2="${py(maxY)}" stroke="#444"/>`;
    for (const t of [0, 0.5, 1]) {
      out += `<text x="${px(0) - 4}" y="${py(maxY * t) + 4}" font-size="10" text-anchor="end">${num((maxY * t) / (unit === "s" ? 1 : 1), unit === "s" ? 1 : 0)}</text>`;
    }
    xs.forEach(
      (x) =>
        (out += `<text x="${px(x)}" y="${py(0) + 14}" font-size="10" text-anchor="middle">${num(x, 1)}</text>`),
    );
    out += `<text x="${px(maxX / 2)}" y="${py(0) + 30}" font-size="11" text-anchor="middle">YAML (Mo)</text>`;
    series.forEach((s, i) => {
      const pts = s.values.map((v, k) => `${px(xs[k])},${py(v)}`).join(" ");
      out += `<polyline fill="none" stroke="${s.color}" stroke-width="2" points="${pts}"/>`;
      s.values.forEach(
        (v, k) => (out += `<circle cx="${px(xs[k])}" cy="${py(v)}" r="3" fill="${s.color}"/>`),
      );
      out += `<text x="${x0 + 50}" y="${56 + i * 14}" font-size="11" fill="${s.color}">${s.name}</text>`;
    });
    return out;
  };
  const time = (k) => scaling.map((s) => s[k].wallMs.median / 1000);
  const rss = (k) => scaling.map((s) => s[k].rssMb.median);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif">` +
    `<rect width="${W}" height="${H}" fill="white"/>` +
    panel(
      0,
      "Temps (s, médiane)",
      [
        { name: "build", values: time("build"), color: "#1f3864" },
        { name: "priorities", values: time("priorities"), color: "#c00000" },
      ],
      "s",
    ) +
    panel(
      360,
      "RSS maximale (Mo, médiane)",
      [
        { name: "build", values: rss("build"), color: "#1f3864" },
        { name: "priorities", values: rss("priorities"), color: "#c00000" },
      ],
      "Mo",
    ) +
    "</svg>\n"
  );
}

export function writeReport(r, dir) {
  const out = [];
  const m = r.meta;
  out.push("# Résultats du banc d’essai de pcapra", "");
  // --merge: sections measured by different runs (a quiet machine for the heavy ones).
  const provenance = Object.entries(m.sections ?? {});
  const merged = provenance.some(([, s]) => s.started !== m.started);
  const runsText = merged
    ? `exécutions par section${NBSP}: liste ci-dessous`
    : `${m.runs}${NBSP}exécution${m.runs > 1 ? "s" : ""} par mesure (LibreOffice${NBSP}: ${m.loRuns})`;
  out.push(
    `Mode \`${m.mode}\`, ${runsText}, Node ${m.node}, ` +
      `${m.cpus}${NBSP}cœurs (${m.cpuModel}), ${merged ? `dernière exécution${NBSP}: ` : ""}commit ${m.commit}, du ${m.started} au ${m.finished}. ` +
      `Charge de la machine avant / après${NBSP}: ${m.loadBefore.join(" ")} / ${m.loadAfter.join(" ")}.`,
    "",
    `Chaque durée${NBSP}: médiane (min–max) du temps écoulé de processus complets${NNBSP}; CPU = temps utilisateur + système${NNBSP}; ` +
      `RSS = pic de mémoire résidente (GNU time). Plan CHU${NBSP}: ${m.sizes.chu.services}${NBSP}activités, ` +
      `${num(m.sizes.chu.resources)}${NBSP}ressources, ${num(m.sizes.chu.edges)}${NBSP}dépendances, ${num(m.chuYamlMb, 2)}${NBSP}Mo de YAML.`,
    "",
  );
  // Set when the figures come from several invocations (a shared machine): says which is which.
  if (m.note) out.push(`> ${m.note}`, "");
  if (merged) {
    out.push(`Sections mesurées par des exécutions distinctes${NBSP}:`, "");
    for (const [name, s] of provenance)
      out.push(
        `- ${name}${NBSP}: commit ${s.commit}, ${s.runs}${NBSP}exécution${s.runs > 1 ? "s" : ""} (LibreOffice${NBSP}: ${s.loRuns}), ` +
          `début ${s.started}, charge avant ${(s.loadBefore ?? []).join(" ")}`,
      );
    out.push("");
  }
  if (r.startup) {
    out.push("## 1. Démarrage", "");
    out.push(
      table(
        ["Commande", "Temps", "× node -e 0", "CPU", "RSS"],
        r.startup.map((s) => [s.name, ms(s.wallMs), num(s.ratio, 1), ms(s.cpuMs), mb(s.rssMb)]),
      ),
      "",
    );
  }
  if (r.validate) {
    const v = r.validate;
    out.push("## 2. Validation", "");
    out.push(
      table(
        ["Cas", "Temps", "CPU", "RSS", "Débit"],
        [
          [
            `Plan CHU (${num(v.chu.yamlMb, 2)}${NBSP}Mo)`,
            sec(v.chu.wallMs),
            sec(v.chu.cpuMs),
            mb(v.chu.rssMb),
            "—",
          ],
          [
            `\`--each\` sur ${num(v.each.plans)} plans CH (${num(v.each.yamlMb, 0)}${NBSP}Mo)`,
            sec(v.each.wallMs),
            sec(v.each.cpuMs),
            mb(v.each.rssMb),
            `${num(v.each.plansPerSecond)} plans/s`,
          ],
        ],
      ),
      "",
    );
  }
  if (r.priorities) {
    out.push("## 3. Ordre de reprise (`priorities`)", "");
    out.push(
      table(
        [
          "Ressources",
          "Dépendances",
          "YAML",
          "De bout en bout",
          "CPU",
          "RSS",
          "Moteur seul (dans le processus)",
        ],
        r.priorities.map((p) => [
          num(p.resources),
          num(p.edges),
          `${num(p.yamlMb, 1)}${NBSP}Mo`,
          ...(p.endToEnd
            ? [sec(p.endToEnd.wallMs), sec(p.endToEnd.cpuMs), mb(p.endToEnd.rssMb)]
            : [`refusé (${p.refused})`, "—", "—"]),
          ms(p.engineMs),
        ]),
      ),
      "",
    );
  }
  if (r.build) {
    out.push("## 4. Documents du plan CHU (`build`)", "");
    out.push(
      table(
        ["Document", "Format", "Temps", "CPU", "RSS", "Pages"],
        r.build.map((b) => [
          docName[b.doc] ?? b.doc,
          b.format.toUpperCase(),
          b.available ? sec(b.wallMs) : `non disponible`,
          b.available ? sec(b.cpuMs) : "—",
          b.available ? mb(b.rssMb) : "—",
          b.pages ? num(b.pages) : "—",
        ]),
      ),
      "",
      `Pages DOCX${NBSP}: estimation de pcapra (page-estimate.ts, calée sur LibreOffice)${NNBSP}; pages PDF${NBSP}: pdfinfo.`,
      "",
    );
    // The PDF against its DOCX, from medians of runs alternated between the two formats.
    const ratios = Object.keys(docName).flatMap((doc) => {
      const of = (format) => r.build.find((b) => b.doc === doc && b.format === format && b.available);
      const [docx, pdf] = [of("docx"), of("pdf")];
      if (!docx?.wallMs || !pdf?.wallMs || !docx.cpuMs || !pdf.cpuMs) return [];
      const ratio = (a, b) => num(a.median / b.median, 2);
      return [
        `${docName[doc]} ${ratio(pdf.wallMs, docx.wallMs)} en temps, ${ratio(pdf.cpuMs, docx.cpuMs)} en CPU`,
      ];
    });
    if (ratios.length > 0)
      out.push(
        `PDF / DOCX (exécutions alternées des deux formats)${NBSP}: ${ratios.join(`${NNBSP}; `)}.`,
        "",
      );
  }
  if (r.baseline) {
    const b = r.baseline;
    out.push(`## 5. Référence${NBSP}: pandoc et LibreOffice sur le même PRA`, "");
    const rows = [];
    if (b.pandocDocx)
      rows.push([
        `Markdown du PRA (${num(b.markdownMb, 1)}${NBSP}Mo) → pandoc → DOCX`,
        sec(b.pandocDocx.wallMs),
        mb(b.pandocDocx.rssMb),
        "—",
      ]);
    if (b.sofficeOurs)
      rows.push([
        "DOCX de pcapra → LibreOffice → PDF",
        sec(b.sofficeOurs.wallMs),
        mb(b.sofficeOurs.rssMb),
        num(b.sofficeOurs.pages),
      ]);
    if (b.sofficePandoc)
      rows.push([
        "DOCX de pandoc → LibreOffice → PDF",
        sec(b.sofficePandoc.wallMs),
        mb(b.sofficePandoc.rssMb),
        num(b.sofficePandoc.pages),
      ]);
    out.push(table(["Chaîne", "Temps", "RSS", "Pages"], rows), "");
    out.push(
      `- pcapra DOCX / pandoc DOCX${NBSP}: ${num(b.ratioDocx, 3)} en temps écoulé, ${num(b.ratioDocxCpu, 3)} en CPU`,
    );
    out.push(
      `- LibreOffice sur le DOCX de pcapra / sur celui de pandoc${NBSP}: ${num(b.ratioLibreOffice, 2)}`,
    );
    out.push(
      `- PDF de pcapra / LibreOffice sur le DOCX de pcapra${NBSP}: ${b.ratioPdf !== undefined ? num(b.ratioPdf, 3) : b.sofficeOurs ? "PDF non disponible" : "LibreOffice non mesuré"}`,
    );
    out.push(`- Outils${NBSP}: ${Object.values(b.tools).join(`${NNBSP}; `) || "absents"}`, "");
  }
  if (r.scaling) {
    out.push("## 6. Croissance avec la taille du plan", "");
    out.push(
      table(
        [
          "Taille",
          "YAML",
          "build",
          "CPU build",
          "RSS build",
          "priorities",
          "CPU priorities",
          "RSS priorities",
        ],
        r.scaling.map((s) => [
          `${s.factor}×`,
          `${num(s.yamlMb, 1)}${NBSP}Mo`,
          sec(s.build.wallMs),
          sec(s.build.cpuMs),
          mb(s.build.rssMb),
          sec(s.priorities.wallMs),
          sec(s.priorities.cpuMs),
          mb(s.priorities.rssMb),
        ]),
      ),
      "",
    );
    const exp = (k, f) => growthExponent(r.scaling.map((s) => [s.yamlMb, f(s[k])]));
    const growth = (k) =>
      `${k} ${num(
        exp(k, (x) => x.wallMs.median),
        2,
      )} en temps écoulé, ${num(
        exp(k, (x) => x.cpuMs.median),
        2,
      )} en CPU, ` +
      `${num(
        exp(k, (x) => x.rssMb.median),
        2,
      )} en mémoire`;
    out.push(
      `Exposant de croissance (pente log–log, 1${NBSP}=${NBSP}linéaire)${NBSP}: ${growth("build")}${NNBSP}; ${growth("priorities")}.`,
      "",
      "![Temps et mémoire selon la taille du plan](scaling.svg)",
      "",
    );
    writeFileSync(join(dir, "scaling.svg"), chart(r.scaling));
  }
  writeFileSync(join(dir, "RESULTS.md"), out.join("\n"));
}
