/**
 * The hostile-input corpus (issue 9): what an ARS meets when it runs pcapra over plans written by
 * others, and what a careless or malicious author can write. Each case: the files of its folder,
 * the command line (run in that folder), the expected exit code and diagnostic code (`usage` for
 * a usage error: one French message on stderr, nothing on stdout). The runner also checks that
 * nothing is written, no stack trace is printed and the peak RSS stays under the bound.
 */
import { chainCases } from "./chain-cases.js";
import { chain, minimal, wide, withName, withResourceName } from "./plans.js";

export type FileSpec = string | Uint8Array | { fifo: true } | { symlink: string } | { dir: true };

export interface HostileCase {
  name: string;
  files?: Record<string, FileSpec | (() => FileSpec)>;
  args: string[];
  stdin?: string | Uint8Array;
  code: 0 | 1 | 2;
  /** A diagnostic code the output must hold, or `usage`, or null (a clean success). */
  diagnostic: string | null;
  /** Paths the command must add to its folder (a build's `out/` and files); nothing else changes. */
  writes?: string[];
  /** Further checks on the outputs; return a failure message or undefined. */
  check?: (out: { stdout: string; stderr: string }) => string | undefined;
}

const P = "plan.yaml";
const mb = (n: number) => n * 1024 * 1024;
const noRawControl = (out: { stdout: string; stderr: string }) =>
  /[\u0000-\u0008\u000b-\u001f\u007f]/.test(out.stdout + out.stderr)
    ? "caractère de contrôle brut en sortie"
    : undefined;

export const cases: HostileCase[] = [
  // --- usage errors: found before any work -------------------------------------------------
  {
    name: "build --bogus",
    files: { [P]: minimal },
    args: ["build", P, "--out", "out", "--bogus"],
    code: 2,
    diagnostic: "usage",
  },
  {
    name: "priorities --format xml",
    files: { [P]: minimal },
    args: ["priorities", P, "--format", "xml"],
    code: 2,
    diagnostic: "usage",
  },
  { name: "validate without path", args: ["validate"], code: 2, diagnostic: "usage" },
  {
    name: "validate --bogus before the path",
    files: { [P]: minimal },
    args: ["validate", "--format", "json", "--bogus", P],
    code: 2,
    diagnostic: "usage",
    check: (o) => (o.stderr.includes("bogus") ? undefined : "le message ne nomme pas --bogus"),
  },
  { name: "priorities without plan", args: ["priorities"], code: 2, diagnostic: "usage" },
  {
    name: "priorities extra positional",
    files: { [P]: minimal },
    args: ["priorities", P, "extra"],
    code: 2,
    diagnostic: "usage",
  },
  { name: "unknown command", args: ["frobnicate", P], code: 2, diagnostic: "usage" },
  {
    name: "csv delimiter empty",
    files: { [P]: minimal },
    args: ["priorities", P, "--format", "csv", "--csv-delimiter", ""],
    code: 2,
    diagnostic: "usage",
  },
  {
    name: "csv delimiter quote",
    files: { [P]: minimal },
    args: ["priorities", P, "--format", "csv", "--csv-delimiter", '"'],
    code: 2,
    diagnostic: "usage",
  },
  {
    name: "csv delimiter abc",
    files: { [P]: minimal },
    args: ["care", P, "--format", "csv", "--csv-delimiter", "abc"],
    code: 2,
    diagnostic: "usage",
  },
  {
    name: "csv delimiter newline",
    files: { [P]: minimal },
    args: ["priorities", P, "--format", "csv", "--csv-delimiter", "\n"],
    code: 2,
    diagnostic: "usage",
  },
  {
    name: "templates is a file",
    files: { [P]: minimal },
    args: ["build", P, "--out", "out", "--templates", P],
    code: 2,
    diagnostic: "usage",
    check: (o) => (o.stderr.includes(P) ? undefined : "le chemin n’est pas nommé"),
  },
  {
    name: "templates missing",
    files: { [P]: minimal },
    args: ["build", P, "--out", "out", "--templates", "nulle-part"],
    code: 2,
    diagnostic: "usage",
    check: (o) => (o.stderr.includes("nulle-part") ? undefined : "le chemin n’est pas nommé"),
  },
  {
    name: "build --doc unknown",
    files: { [P]: minimal },
    args: ["build", P, "--out", "out", "--doc", "pca,rapport"],
    code: 2,
    diagnostic: "usage",
  },
  {
    name: "graph --format png",
    files: { [P]: minimal },
    args: ["graph", P, "--format", "png"],
    code: 2,
    diagnostic: "usage",
  },
  { name: "stdin twice", args: ["validate", "-", "-"], stdin: minimal, code: 2, diagnostic: "usage" },
  {
    name: "escape sequence in an argument",
    args: ["validate", "--\u001b[2Jx", P],
    code: 2,
    diagnostic: "usage",
    check: noRawControl,
  },

  // --- paths that are not plans -------------------------------------------------------------
  { name: "/dev/zero as a plan", args: ["validate", "/dev/zero"], code: 2, diagnostic: "unreadable" },
  {
    name: "FIFO as a plan",
    files: { "tube.yaml": { fifo: true } },
    args: ["validate", "tube.yaml"],
    code: 2,
    diagnostic: "unreadable",
  },
  {
    name: "FIFO fragment in a folder",
    files: { "p/a.yaml": minimal, "p/b.yaml": { fifo: true } },
    args: ["validate", "p"],
    code: 2,
    diagnostic: "unreadable",
  },
  {
    name: "symlink loop",
    files: { "boucle.yaml": { symlink: "boucle.yaml" } },
    args: ["validate", "boucle.yaml"],
    code: 2,
    diagnostic: "unreadable",
  },
  {
    name: "path through a file",
    files: { [P]: minimal },
    args: ["priorities", `${P}/x.yaml`],
    code: 2,
    diagnostic: "unreadable",
  },
  {
    name: "build of a missing path",
    args: ["build", "absent", "--out", "out"],
    code: 2,
    diagnostic: "unreadable",
  },
  {
    name: "folder without plan",
    files: { "vide/notes.txt": "rien" },
    args: ["validate", "vide"],
    code: 1,
    diagnostic: "empty-plan",
  },
  {
    name: "--each on a folder without plan",
    files: { "lot/notes.txt": "rien" },
    args: ["validate", "--each", "lot"],
    code: 1,
    diagnostic: "empty-plan",
  },
  {
    name: "UTF-16 file",
    files: { [P]: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(minimal, "utf16le")]) },
    args: ["validate", P],
    code: 1,
    diagnostic: "encoding",
  },
  {
    name: "broken fragment: no cascade",
    files: {
      "p/1.yaml": minimal.replace(/resources:[\s\S]*$/, ""),
      "p/2.yaml": Buffer.from("resources:\n  - id: dpi\n    name: \xff\n", "latin1"),
    },
    args: ["validate", "p"],
    code: 1,
    diagnostic: "encoding",
    check: (o) => (o.stdout.includes("unknown-reference") ? "unknown-reference en cascade" : undefined),
  },

  // --- sizes and shapes over the limits -----------------------------------------------------
  {
    name: "stdin of 5 MB zeros",
    args: ["validate", "-"],
    stdin: new Uint8Array(mb(5)),
    code: 1,
    diagnostic: "limit-exceeded",
  },
  {
    name: "file over 4 MB",
    files: { [P]: () => minimal + "# " + "x".repeat(mb(4)) + "\n" },
    args: ["validate", P],
    code: 1,
    diagnostic: "limit-exceeded",
  },
  {
    name: "plan over 16 MB in fragments",
    files: Object.fromEntries(
      Array.from({ length: 5 }, (_, i) => [`p/f${i}.yaml`, () => "# " + "x".repeat(mb(3.5)) + "\n"]),
    ),
    args: ["validate", "p"],
    code: 1,
    diagnostic: "limit-exceeded",
  },
  {
    name: "20 MB name",
    files: { [P]: () => withName("a".repeat(mb(20))) },
    args: ["build", P, "--out", "out"],
    code: 1,
    diagnostic: "limit-exceeded",
  },
  {
    name: "200 000-character name",
    files: { [P]: () => withName("b".repeat(200_000)) },
    args: ["build", P, "--out", "out"],
    code: 1,
    diagnostic: "limit-exceeded",
  },
  {
    name: "1 MB anchor, 300 aliases",
    files: {
      [P]: () =>
        `${minimal}x-big: &big "${"c".repeat(mb(1))}"\nx-copies: [${Array(300).fill("*big").join(", ")}]\n`,
    },
    args: ["build", P, "--out", "out"],
    code: 1,
    diagnostic: "alias-limit",
  },
  {
    name: "90 000-character anchor, 300 aliases",
    files: {
      [P]: () =>
        `${minimal}x-big: &big "${"d".repeat(90_000)}"\nx-copies: [${Array(300).fill("*big").join(", ")}]\n`,
    },
    args: ["validate", P],
    code: 1,
    diagnostic: "alias-limit",
  },
  {
    name: "billion laughs",
    files: {
      [P]: () => {
        let t = minimal + 'x-a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n';
        for (let i = 1; i < 10; i++)
          t += `x-a${i}: &a${i} [${Array(9)
            .fill(`*a${i - 1}`)
            .join(", ")}]\n`;
        return t;
      },
    },
    args: ["validate", P],
    code: 1,
    diagnostic: "alias-limit",
  },
  {
    name: "flow nesting 5 000 deep",
    files: { [P]: () => `${minimal}x-deep: ${"[".repeat(5000)}${"]".repeat(5000)}\n` },
    args: ["validate", P],
    code: 1,
    diagnostic: "limit-exceeded",
    check: (o) =>
      /trop profondément imbriqué/.test(o.stdout) ? undefined : "pas « trop profondément imbriqué »",
  },
  {
    name: "block nesting 1 000 deep",
    files: {
      [P]: () =>
        minimal +
        Array.from({ length: 1000 }, (_, i) => " ".repeat(i) + (i === 0 ? "x-deep" : "k") + ":").join("\n") +
        " 1\n",
    },
    args: ["validate", P],
    code: 1,
    diagnostic: "limit-exceeded",
    check: (o) => (/indentation/.test(o.stdout) ? "parle d’indentation" : undefined),
  },
  {
    name: "nesting 40 levels in a list",
    files: { [P]: () => `${minimal}x-deep: ${"[".repeat(40)}1${"]".repeat(40)}\n` },
    args: ["validate", P],
    code: 1,
    diagnostic: "limit-exceeded",
  },

  // --- characters no document may carry -----------------------------------------------------
  {
    name: "raw ESC in a name",
    files: { [P]: withName("CH \u001b[2J\u001b[H efface") },
    args: ["validate", P],
    code: 1,
    diagnostic: "invalid-character",
    check: noRawControl,
  },
  {
    name: "escaped ESC in a name",
    files: { [P]: withName('"CH \\e[2J efface"') },
    args: ["validate", P],
    code: 1,
    diagnostic: "invalid-character",
    check: noRawControl,
  },
  {
    name: "raw NUL for graph",
    files: { [P]: withResourceName("DPI\u0000") },
    args: ["graph", P],
    code: 1,
    diagnostic: "invalid-character",
    check: noRawControl,
  },
  {
    name: "U+FFFE for build",
    files: { [P]: withName("CH \ufffe") },
    args: ["build", P, "--out", "out"],
    code: 1,
    diagnostic: "invalid-character",
  },
  {
    name: "lone surrogate escape",
    files: { [P]: withName('"CH \\ud800"') },
    args: ["build", P, "--out", "out"],
    code: 1,
    diagnostic: "invalid-character",
  },
  {
    name: "NUL escape in priorities",
    files: { [P]: withResourceName('"DPI\\0"') },
    args: ["priorities", P, "--format", "csv"],
    code: 1,
    diagnostic: "invalid-character",
  },
  {
    name: "newline forging a summary",
    files: { [P]: minimal.replace("- id: urgences", '- id: "x\\n1 plan : 1 valide, 0 invalide"') },
    args: ["validate", P],
    code: 1,
    diagnostic: "invalid-id",
    check: (o) => {
      const lines = o.stdout.trimEnd().split("\n");
      return lines.slice(0, -1).every((l) => /^plan\.yaml:\d+:\d+: /.test(l)) ? undefined : "ligne forgée";
    },
  },
  {
    name: "newline and ESC in a fragment name",
    files: { "p/a\n1 plan : 1 valide\u001b[2J.yaml": "version: [\n" },
    args: ["validate", "p"],
    code: 1,
    diagnostic: "yaml-syntax",
    check: (o) =>
      noRawControl(o) ?? (o.stdout.trimEnd().split("\n").length === 2 ? undefined : "diagnostic coupé"),
  },

  // --- spreadsheet formula injection --------------------------------------------------------
  {
    name: "formula in a resource name (priorities csv)",
    files: { [P]: withResourceName(`'=HYPERLINK("http://x";"clic")'`) },
    args: ["priorities", P, "--format", "csv"],
    code: 0,
    diagnostic: null,
    check: (o) => (/;"?'=HYPERLINK\(/.test(o.stdout) ? undefined : "cellule non neutralisée"),
  },
  {
    name: "formula in the establishment name (care csv)",
    files: { [P]: withName('"@SUM(1+1)"') },
    args: ["care", P, "--format", "csv"],
    code: 0,
    diagnostic: null,
    check: (o) => (o.stdout.includes(";'@SUM(1+1);") ? undefined : "cellule non neutralisée"),
  },

  // --- FINESS, cycles, big plans ------------------------------------------------------------
  {
    name: "FINESS with a wrong key",
    files: { [P]: minimal.replace('"290000017"', '"290000018"') },
    args: ["validate", P],
    code: 1,
    diagnostic: "invalid-finess",
    check: (o) => (/7 attendu/.test(o.stdout) ? undefined : "chiffre attendu absent"),
  },
  {
    name: "10 000-node cycle",
    files: { [P]: () => chain(10_000, true) },
    args: ["validate", P],
    code: 1,
    diagnostic: "dependency-cycle",
    check: (o) =>
      o.stdout.split("\n").every((l) => l.length < 4000) ? undefined : "ligne de plus de 4 000 caractères",
  },
  {
    name: "5 000-resource chain",
    files: { [P]: () => chain(5_000) },
    args: ["priorities", P],
    code: 0,
    diagnostic: null,
  },
  {
    name: "10 000-resource chain",
    files: { [P]: () => chain(10_000) },
    args: ["validate", P],
    code: 0,
    diagnostic: null,
  },
  {
    name: "10 000 independent resources",
    files: { [P]: () => wide(10_000) },
    args: ["validate", P],
    code: 0,
    diagnostic: null,
  },
  {
    name: "stdin plan",
    args: ["validate", "-"],
    stdin: minimal,
    code: 0,
    diagnostic: null,
    check: (o) => (o.stdout.includes("1 plan\u00a0: 1 valide") ? undefined : "résumé absent"),
  },
  {
    name: "stdin not UTF-8",
    args: ["validate", "-"],
    stdin: Buffer.from("version: 1\nx: \xe9\n", "latin1"),
    code: 1,
    diagnostic: "encoding",
  },
  ...chainCases,
];
