/**
 * Long dependency chains in the hostile-input corpus (issue 9 point 7): every output stays linear
 * in the chain's length — critical paths are shortened (docs/recovery.md, « Chemin critique
 * abrégé »), pictures are not drawn above 200 resources. Before, a 2,000-chain build took 60 s of
 * CPU and 2.2 GB, and `priorities --format json` of a 10,000-chain died (`Invalid string length`).
 */
import type { HostileCase } from "./cases.js";
import { chain } from "./plans.js";

const P = "plan.yaml";
const documents = (docs: string[], formats = ["docx", "pdf"]) => [
  "out/",
  ...docs.flatMap((d) => formats.map((f) => `out/290000017-${d}-v1.0.${f}`)),
];
/** No output line longer than `max` characters (a path printed whole would be n ids long). */
const linesUnder =
  (max: number) =>
  (o: { stdout: string; stderr: string }): string | undefined =>
    (o.stdout + o.stderr).split("\n").every((l) => l.length < max)
      ? undefined
      : `ligne de plus de ${max} caractères`;

export const chainCases: HostileCase[] = [
  {
    name: "build of a 2 000-resource chain (every document, DOCX and PDF)",
    files: { [P]: () => chain(2_000) },
    args: ["build", P, "--out", "out"],
    code: 0,
    diagnostic: "rto-unreachable",
    writes: documents(["binder", "fiches", "pca", "pra"]),
    check: linesUnder(1_000),
  },
  {
    name: "PCA of a 5 000-resource chain (findings table)",
    files: { [P]: () => chain(5_000) },
    args: ["build", P, "--out", "out", "--doc", "pca"],
    code: 0,
    diagnostic: "rto-unreachable",
    writes: documents(["pca"]),
  },
  {
    name: "priorities --format json of a 10 000-resource chain",
    files: { [P]: () => chain(10_000) },
    args: ["priorities", P, "--format", "json"],
    code: 0,
    diagnostic: "rto-unreachable",
    check: (o) => {
      if (o.stdout.length > 32 * 1024 * 1024) return `JSON de ${o.stdout.length} octets`;
      const r0 = (
        JSON.parse(o.stdout) as { resources: { id: string; criticalPathOmitted?: unknown }[] }
      ).resources.find((r) => r.id === "r0");
      return JSON.stringify(r0?.criticalPathOmitted) === '{"after":5,"count":9991}'
        ? linesUnder(1_000)({ stdout: "", stderr: o.stderr })
        : "chemin critique de r0 non abrégé";
    },
  },
  {
    name: "graph --format svg of a 2 000-resource chain",
    files: { [P]: () => chain(2_000) },
    args: ["graph", P, "--format", "svg"],
    code: 2,
    diagnostic: null,
    check: (o) =>
      o.stdout === "" && /le schéma n’est pas dessiné au-delà de 200/.test(o.stderr)
        ? undefined
        : "pas de refus clair du dessin",
  },
];
