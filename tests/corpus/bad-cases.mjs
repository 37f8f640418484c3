/**
 * The bad cases of the corpus: name → { text | files | bytes, errors, note? }. Each is a mutation
 * of base-plan.mjs with `«` where docs/plan-format.md puts each expected error and `¤` on the earlier
 * definition a duplicate-id / merge-conflict message must name. generate-bad.mjs writes them.
 */
import { base } from "./base-plan.mjs";

export const M = "«";
/** Marks the earlier definition that a duplicate-id / merge-conflict message must name. */
export const R = "¤";

/** base with each [from, to] replaced exactly once. */
function edit(...pairs) {
  let t = base;
  for (const [from, to] of pairs) {
    const i = t.indexOf(from);
    if (i < 0 || t.indexOf(from, i + 1) >= 0) throw new Error(`not unique: ${from}`);
    t = t.slice(0, i) + to + t.slice(i + from.length);
  }
  return t;
}

const E = (code, path, extra = {}) => ({ code, path, ...extra });
const lol = (n) => Array(n).fill('"lol"').join(", ");

/**
 * name → { text | files | bytes, errors: [E(...)] in marker order, note? }.
 * `files` maps relative paths to texts (a directory plan); errors then carry `file`.
 */
export const cases = {
  // --- yaml-syntax -------------------------------------------------------------------------
  "yaml-syntax-bad-indent.yaml": {
    text: edit([
      '  name: Centre hospitalier de Test\n  finess: "290000017"',
      '  name: Centre hospitalier de Test\n «finess: "290000017"',
    ]),
    errors: [E("yaml-syntax", "")],
    note: "position: where the parser detects the error (the mis-indented key)",
  },
  "yaml-syntax-unclosed-quote.yaml": {
    text: edit(["  name: Centre hospitalier de Test", '  name: «"Centre hospitalier de Test']),
    errors: [E("yaml-syntax", "")],
    note: "position: the opening quote of the unterminated scalar",
  },
  "yaml-syntax-tab-indent.yaml": {
    text: edit(["  type: sanitaire", "«\ttype: sanitaire"]),
    errors: [E("yaml-syntax", "")],
    note: "position: the tab",
  },
  // --- duplicate-key -----------------------------------------------------------------------
  "duplicate-key.yaml": {
    text: edit(["  type: sanitaire", "  type: sanitaire\n  «name: Centre hospitalier de Test"]),
    errors: [E("duplicate-key", "/establishment/name")],
    note: "on the second occurrence of the key",
  },
  // --- empty-plan --------------------------------------------------------------------------
  "empty-file.yaml": { text: "«", errors: [E("empty-plan", "")] },
  "comments-only.yaml": {
    text: "«# Plan de continuité — à compléter\n# version: 1\n",
    errors: [E("empty-plan", "")],
  },
  "empty-dir": {
    files: { "README.md": "Pas de YAML ici.\n", "notes/plan.txt": "version: 1\n" },
    errors: [E("empty-plan", "")],
    note: "no *.yaml/*.yml under it; file/line not checked beyond 1:1",
  },
  "dir-only-empty-fragments": {
    files: { "a.yaml": "", "sub/b.yml": "# rien\n" },
    errors: [E("empty-plan", "")],
    note: "empty fragments are ignored, so nothing is left: empty-plan",
  },
  "document-marker-only.yaml": {
    text: "«---\n# Plan à venir\n",
    errors: [E("empty-plan", "")],
    note: "a document with no content is as empty as an empty file",
  },
  // --- alias-limit -------------------------------------------------------------------------
  "billion-laughs.yaml": {
    text:
      base +
      `x-a: &a [${lol(10)}]\n` +
      ["b", "c", "d", "e", "f", "g", "h", "i"]
        .map(
          (k, i) =>
            `x-${k}: &${k} [${Array(10)
              .fill("*" + "abcdefgh"[i])
              .join(", ")}]\n`,
        )
        .join(""),
    errors: [E("alias-limit", null, { anyAlias: true })],
    note: "the spec sets no limit, so which alias crosses it is implementation-defined: we check the position is an alias (`*`)",
  },
  // --- not-a-mapping -----------------------------------------------------------------------
  "not-a-mapping-list.yaml": {
    text: "«- version: 1\n- establishment: {}\n",
    errors: [E("not-a-mapping", "")],
  },
  "not-a-mapping-scalar.yaml": { text: "«Plan de continuité\n", errors: [E("not-a-mapping", "")] },
  // --- unsupported-version -----------------------------------------------------------------
  "version-2.yaml": {
    text: edit(["version: 1\n", "version: «2\n"]),
    errors: [E("unsupported-version", "/version")],
  },
  "version-string.yaml": {
    text: edit(["version: 1\n", 'version: «"1"\n']),
    errors: [E("unsupported-version", "/version")],
    note: 'the integer 1, not the string "1"',
  },
  // --- required ----------------------------------------------------------------------------
  "required-version.yaml": { text: "«" + edit(["version: 1\n", ""]), errors: [E("required", "")] },
  "required-top-crisis.yaml": {
    text:
      "«" +
      edit([
        "crisis:\n  cell:\n    - role: Directeur de crise\n      contact: dsi\n      deputy: rssi\n  triggers:\n    - Rançongiciel\n",
        "",
      ]),
    errors: [E("required", "")],
  },
  "required-top-after-comment.yaml": {
    text:
      "# yaml-language-server: $schema=../../../schemas/plan.schema.json\n«" +
      edit([
        "crisis:\n  cell:\n    - role: Directeur de crise\n      contact: dsi\n      deputy: rssi\n  triggers:\n    - Rançongiciel\n",
        "",
      ]),
    errors: [E("required", "")],
    note: "the top-level mapping starts at its first key, after the comment line",
  },
  "required-contact-role.yaml": {
    text: edit([
      "  - id: dsi\n    name: Yann Morvan\n    role: DSI\n",
      "  - «id: dsi\n    name: Yann Morvan\n",
    ]),
    errors: [E("required", "/contacts/1")],
  },
  "required-crisis-cell.yaml": {
    text: edit([
      "  cell:\n    - role: Directeur de crise\n      contact: dsi\n      deputy: rssi\n  triggers:",
      "  «triggers:",
    ]),
    errors: [E("required", "/crisis")],
  },
  "required-service-rto.yaml": {
    text: edit(["  - id: urgences\n", "  - «id: urgences\n"], ["    rto: 4h\n", ""]),
    errors: [E("required", "/services/0")],
  },
  "required-procedure-steps.yaml": {
    text: edit(
      ["  - id: urgences-papier", "  - «id: urgences-papier"],
      [
        "    steps:\n      - Sortir les kits papier\n      - action: Prévenir les services\n        who: dsi\n",
        "",
      ],
    ),
    errors: [E("required", "/procedures/0")],
  },
  // --- unknown-key -------------------------------------------------------------------------
  "unknown-key-typo.yaml": {
    text: edit(["    role: RSSI\n", '    role: RSSI\n    «mobil: "06 12 34 56 78"\n']),
    errors: [E("unknown-key", "/contacts/0/mobil")],
  },
  "unknown-key-top.yaml": {
    text: edit(["exercises:", "«exercices:"]),
    errors: [E("unknown-key", "/exercices")],
  },
  "unknown-key-typo-of-required.yaml": {
    text: edit(
      ["establishment:\n  name:", "establishment:\n  «name:"],
      ['  finess: "290000017"', '  «fines: "290000017"'],
    ),
    errors: [E("required", "/establishment"), E("unknown-key", "/establishment/fines")],
    note: "two errors by the spec: `finess` is missing (required) and `fines` is unknown",
  },
  "unknown-key-in-backup.yaml": {
    text: edit(["      immutable: true\n", "      immutable: true\n      «offsite: true\n"]),
    errors: [E("unknown-key", "/resources/0/backup/offsite")],
  },
  // --- invalid-type ------------------------------------------------------------------------
  "type-string-for-list.yaml": {
    text: edit(["  triggers:\n    - Rançongiciel", "  triggers: «Rançongiciel"]),
    errors: [E("invalid-type", "/crisis/triggers")],
  },
  "type-finess-unquoted.yaml": {
    text: edit(['  finess: "290000017"', "  finess: «010000024"]),
    errors: [E("invalid-type", "/establishment/finess", { messageIncludes: ["guillemets"] })],
    note: "an unquoted number loses its leading zero: invalid-type with “quote it”",
  },
  "type-plan-version-float.yaml": {
    text: edit(['  version: "1.0"', "  version: «2.10"]),
    errors: [E("invalid-type", "/plan/version", { messageIncludes: ["guillemets"] })],
  },
  "type-plan-version-int.yaml": {
    text: edit(['  version: "1.0"', "  version: «2"]),
    errors: [E("invalid-type", "/plan/version", { messageIncludes: ["guillemets"] })],
  },
  "type-empty-enum-value.yaml": {
    text: edit(["    kind: care", "    kind:«"]),
    errors: [E("invalid-type", "/services/0/kind")],
    note: "an empty value is one problem (wrong type), not also an enum error; it sits where the value is missing, right after the colon",
  },
  "type-boolean-yes.yaml": {
    text: edit(["      offline: true", "      offline: «yes"]),
    errors: [E("invalid-type", "/resources/0/backup/offline")],
    note: "YAML 1.2 core schema: `yes` is a string, not a boolean",
  },
  "type-beds-decimal.yaml": {
    text: edit(["  beds: 120", "  beds: «120.5"]),
    errors: [E("invalid-type", "/establishment/beds")],
  },
  "type-depends-on-string.yaml": {
    text: edit(["    dependsOn: [dpi]", "    dependsOn: «dpi"]),
    errors: [E("invalid-type", "/services/0/dependsOn")],
  },
  // --- invalid-enum ------------------------------------------------------------------------
  "enum-service-kind.yaml": {
    text: edit(["    kind: care", "    kind: «soin"]),
    errors: [
      E("invalid-enum", "/services/0/kind", { messageIncludes: ["care", "administrative", "technical"] }),
    ],
  },
  "enum-establishment-type-accent.yaml": {
    text: edit(["  type: sanitaire", "  type: «médico-social"]),
    errors: [E("invalid-enum", "/establishment/type", { messageIncludes: ["sanitaire", "medico-social"] })],
  },
  "enum-exercise-level.yaml": {
    text: edit(["    kind: tabletop", "    kind: tabletop\n    level: «expert"]),
    errors: [
      E("invalid-enum", "/exercises/0/level", { messageIncludes: ["beginner", "intermediate", "confirmed"] }),
    ],
  },
  // --- invalid-id --------------------------------------------------------------------------
  "id-uppercase.yaml": {
    text: edit([
      "    recovery:\n      duration: 1h\nprocedures:",
      "    recovery:\n      duration: 1h\n  - id: «Serveur-AD\n    name: Serveur AD\n    kind: infrastructure\nprocedures:",
    ]),
    errors: [E("invalid-id", "/resources/2/id")],
  },
  "id-too-long.yaml": {
    text: edit([
      "    recovery:\n      duration: 1h\nprocedures:",
      `    recovery:\n      duration: 1h\n  - id: «${"a".repeat(65)}\n    name: Serveur\n    kind: infrastructure\nprocedures:`,
    ]),
    errors: [E("invalid-id", "/resources/2/id")],
    note: "65 characters; 64 is the maximum",
  },
  // --- invalid-duration --------------------------------------------------------------------
  "duration-heures.yaml": {
    text: edit(["    rto: 4h", "    rto: «4 heures"]),
    errors: [E("invalid-duration", "/services/0/rto")],
  },
  "duration-bare-int.yaml": {
    text: edit(["    rpo: 1h", "    rpo: «4"]),
    errors: [E("invalid-duration", "/services/0/rpo", { messageIncludes: ["30min"] })],
    note: "a bare number is invalid-duration (“add a unit”), even as a YAML integer",
  },
  "duration-bare-string.yaml": {
    text: edit(["    rpo: 1h", '    rpo: «"4"']),
    errors: [E("invalid-duration", "/services/0/rpo", { messageIncludes: ["30min"] })],
  },
  "duration-iso-years.yaml": {
    text: edit(["    mtpd: 8h", "    mtpd: «P1Y"]),
    errors: [E("invalid-duration", "/services/0/mtpd")],
  },
  "duration-iso-months.yaml": {
    text: edit(["      frequency: 1h", "      frequency: «P1M"]),
    errors: [E("invalid-duration", "/resources/0/backup/frequency")],
    note: "M before T is months: refused (PT1M would be one minute)",
  },
  "duration-negative.yaml": {
    text: edit(["    maxDuration: 72h", "    maxDuration: «-4h"]),
    errors: [E("invalid-duration", "/procedures/0/maxDuration")],
  },
  "duration-recovery-unit.yaml": {
    text: edit(["      duration: 2h", "      duration: «2 jours"]),
    errors: [E("invalid-duration", "/resources/0/recovery/duration")],
  },
  // --- invalid-date ------------------------------------------------------------------------
  "date-feb-30.yaml": {
    text: edit(["  date: 2026-03-15", "  date: «2026-02-30"]),
    errors: [E("invalid-date", "/plan/date")],
  },
  "date-month-13.yaml": {
    text: edit(["  nextReview: 2027-03-15", '  nextReview: «"2026-13-01"']),
    errors: [E("invalid-date", "/plan/nextReview")],
  },
  "date-french-format.yaml": {
    text: edit(["      lastRestoreTest: 2026-01-10", "      lastRestoreTest: «15/03/2026"]),
    errors: [E("invalid-date", "/resources/0/backup/lastRestoreTest")],
  },
  "date-not-leap-year.yaml": {
    text: edit(["  - date: 2026-06-01", "  - date: «2025-02-29"]),
    errors: [E("invalid-date", "/exercises/0/date")],
  },
  // --- invalid-finess ----------------------------------------------------------------------
  "finess-8-digits.yaml": {
    text: edit(['  finess: "290000017"', '  finess: «"29000001"']),
    errors: [E("invalid-finess", "/establishment/finess")],
  },
  "finess-2c.yaml": {
    text: edit(['  finess: "290000017"', '  finess: «"2C0000001"']),
    errors: [E("invalid-finess", "/establishment/finess")],
  },
  // --- duplicate-id ------------------------------------------------------------------------
  "duplicate-id-across-kinds.yaml": {
    text: edit(
      ["  - id: rssi", "  - id: ¤rssi"],
      [
        "    recovery:\n      duration: 1h\nprocedures:",
        "    recovery:\n      duration: 1h\n  - id: «rssi\n    name: Poste du RSSI\n    kind: infrastructure\nprocedures:",
      ],
    ),
    errors: [E("duplicate-id", "/resources/2/id", { ref: true })],
    note: "one namespace: the resource `rssi` (later) clashes with the contact `rssi`; the message names the earlier one by its line:column",
  },
  // --- degraded-procedure-incomplete -------------------------------------------------------
  "degraded-without-max-duration.yaml": {
    text: edit(["  - id: urgences-papier", "  - «id: urgences-papier"], ["    maxDuration: 72h\n", ""]),
    errors: [E("degraded-procedure-incomplete", "/procedures/0")],
    note: "the missing key has no value: the offending value is the procedure mapping",
  },
  // --- unknown-reference -------------------------------------------------------------------
  "ref-wrong-kind-manager.yaml": {
    text: edit(["    manager: dsi", "    manager: «dpi"]),
    errors: [E("unknown-reference", "/services/0/manager", { messageIncludes: ["contact"] })],
    note: "`dpi` exists but is a resource; `manager` wants a contact",
  },
  "ref-typo-suggestion.yaml": {
    text: edit(["    dependsOn: [dpi]", "    dependsOn: [«dip]"]),
    errors: [E("unknown-reference", "/services/0/dependsOn/0", { messageIncludes: ["dpi"] })],
  },
  "ref-resource-depends-on-service.yaml": {
    text: edit([
      "    recovery:\n      duration: 1h\nprocedures:",
      "    recovery:\n      duration: 1h\n  - id: imprimantes\n    name: Imprimantes\n    kind: infrastructure\n    dependsOn: [«urgences]\nprocedures:",
    ]),
    errors: [E("unknown-reference", "/resources/2/dependsOn/0")],
    note: "resources depend on resources only; services may depend on services (a new, unrelated resource, so that the rejected edge cannot form a cycle)",
  },
  "ref-exercise-scenario.yaml": {
    text: edit(["    scenario: cyber", "    scenario: «cyber-attaque"]),
    errors: [E("unknown-reference", "/exercises/0/scenario")],
  },
  "ref-crisis-deputy.yaml": {
    text: edit(["      contact: dsi\n      deputy: rssi", "      contact: dsi\n      deputy: «rsssi"]),
    errors: [E("unknown-reference", "/crisis/cell/0/deputy", { messageIncludes: ["rssi"] })],
  },
  // --- dependency-cycle --------------------------------------------------------------------
  "cycle-resources.yaml": {
    text: edit(
      ["    dependsOn: [ad]", "    dependsOn: [sql]"],
      [
        "    kind: infrastructure\n    recovery:\n      duration: 1h",
        "    kind: infrastructure\n    dependsOn: [«dpi]\n    recovery:\n      duration: 1h\n  - id: sql\n    name: Cluster SQL\n    kind: infrastructure\n    dependsOn: [ad]",
      ],
    ),
    errors: [E("dependency-cycle", "/resources/1/dependsOn/0", { messageIncludes: ["dpi", "sql", "ad"] })],
    note: "dpi → sql → ad → dpi: on the dependsOn entry of the smallest source id (ad)",
  },
  "cycle-self.yaml": {
    text: edit([
      "    kind: infrastructure\n    recovery:",
      "    kind: infrastructure\n    dependsOn: [«ad]\n    recovery:",
    ]),
    errors: [E("dependency-cycle", "/resources/1/dependsOn/0")],
  },
  "cycle-services.yaml": {
    text: edit([
      "    dependsOn: [dpi]\n",
      "    dependsOn: [dpi, «urgences-adultes]\n  - id: urgences-adultes\n    name: Urgences adultes\n    kind: care\n    criticality: essential\n    rto: 8h\n    dependsOn: [urgences]\n",
    ]),
    errors: [E("dependency-cycle", "/services/0/dependsOn/1")],
    note: "urgences → urgences-adultes → urgences; smallest source id is `urgences`",
  },
  // --- rto-exceeds-mtpd --------------------------------------------------------------------
  "rto-exceeds-mtpd.yaml": {
    text: edit(["    rto: 4h", "    rto: «12h"]),
    errors: [E("rto-exceeds-mtpd", "/services/0/rto")],
  },
  "rto-exceeds-mtpd-rounding.yaml": {
    text: edit(["    rto: 4h", "    rto: «PT61S"], ["    mtpd: 8h", "    mtpd: 1min"]),
    errors: [E("rto-exceeds-mtpd", "/services/0/rto")],
    note: "61 s rounds UP to 2 min (the total rounded up), which exceeds 1 min",
  },
  "rto-exceeds-mtpd-mixed-syntax.yaml": {
    text: edit(["    rto: 4h", "    rto: «1h30"], ["    mtpd: 8h", "    mtpd: PT1H29M"]),
    errors: [E("rto-exceeds-mtpd", "/services/0/rto")],
    note: "1h30 means 90 min > 89 min",
  },
  // --- fragments: merge-conflict / duplicate-id -------------------------------------------
  "merge-conflict": {
    files: {
      "10-base.yaml": base.split("plan:\n")[0].replace("name: Centre", "name: ¤Centre"),
      "20-rest.yaml":
        "version: 1\nplan:\n" + base.split("plan:\n")[1] + "establishment:\n  name: «Hôpital de Test\n",
    },
    errors: [
      E("merge-conflict", "/establishment/name", {
        file: "20-rest.yaml",
        messageIncludes: ["10-base.yaml"],
        ref: true,
      }),
    ],
    note: "`version: 1` in both fragments is equal, so no conflict there",
  },
  "merge-conflict-path-order": {
    files: {
      "a/b.yaml": "establishment:\n  name: «Hôpital de Test\n",
      "a-b.yaml": base,
    },
    errors: [E("merge-conflict", "/establishment/name", { file: "a/b.yaml", messageIncludes: ["a-b.yaml"] })],
    note: "path order by code unit: 'a-b.yaml' < 'a/b.yaml' because '-' (0x2D) < '/' (0x2F)",
  },
  "merge-conflict-case-order": {
    files: {
      "Z.yaml": base,
      "a.yaml": "establishment:\n  type: «medico-social\n",
    },
    errors: [E("merge-conflict", "/establishment/type", { file: "a.yaml", messageIncludes: ["Z.yaml"] })],
    note: "code-unit order: 'Z' (0x5A) < 'a' (0x61), so a.yaml is the later fragment",
  },
  "duplicate-id-fragments": {
    files: {
      "10-base.yaml": base.replace("  - id: dsi", "  - id: ¤dsi"),
      "contacts/20-extra.yml":
        "contacts:\n  - id: cadre\n    name: Marie Kerleroux\n    role: Cadre de santé\n  - id: «dsi\n    name: Autre DSI\n    role: DSI adjoint\n",
    },
    errors: [
      E("duplicate-id", "/contacts/3/id", {
        file: "contacts/20-extra.yml",
        messageIncludes: ["10-base.yaml"],
        ref: true,
      }),
    ],
    note: "lists are concatenated: the second fragment's contacts are /contacts/2 and /contacts/3",
  },
  "crlf-invalid-duration.yaml": {
    text: edit(["    rto: 4h", "    rto: «4 heures"]),
    crlf: true,
    errors: [E("invalid-duration", "/services/0/rto")],
    note: "CRLF line ends: a CR is not a line and not a column",
  },
  "bom-unsupported-version.yaml": {
    text: edit(["version: 1\n", "version: «2\n"]),
    bom: true,
    errors: [E("unsupported-version", "/version")],
    note: "the BOM is not a column (editors do not show it)",
  },
  "columns-utf16.yaml": {
    text: edit([
      "  - id: urgences\n    name: Urgences\n    kind: care\n    criticality: vital\n    rto: 4h\n    mtpd: 8h\n    rpo: 1h\n    manager: dsi\n    dependsOn: [dpi]\n",
      '  - { id: urgences, name: "Urgences 🚑 — Hôpital", kind: «soin, criticality: vital, rto: 4h, mtpd: 8h, rpo: 1h, manager: dsi, dependsOn: [dpi] }\n',
    ]),
    errors: [E("invalid-enum", "/services/0/kind")],
    note: "columns count UTF-16 code units: the ambulance emoji is 2 columns, é and — one each",
  },
  "duplicate-key-fragment": {
    files: {
      "10-base.yaml": base,
      "20-more.yaml":
        "contacts:\n  - id: cadre\n    name: Marie Kerleroux\n    «name: Marie Le Bras\n    role: Cadre de santé\n",
    },
    errors: [E("duplicate-key", "/contacts/2/name", { file: "20-more.yaml" })],
    note: "the pointer is that of the merged plan: the fragment's first contact comes after the base's two",
  },
};

/** Byte-level cases (encodings). */
const latin1Prefix = Buffer.from(base.split("Centre hospitalier de Test")[0] + "H", "utf8");
export const byteCases = {
  "encoding-latin1.yaml": {
    bytes: Buffer.concat([
      latin1Prefix,
      Buffer.from([0xf4]),
      Buffer.from("pital de Test" + base.split("Centre hospitalier de Test")[1], "utf8"),
    ]),
    errors: [
      { code: "encoding", path: "", line: 3, column: 10, messageIncludes: [String(latin1Prefix.length)] },
    ],
    note: "Latin-1 ô (0xF4) in `Hôpital`; the message gives the byte offset",
  },
  "encoding-utf16.yaml": {
    bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(base, "utf16le")]),
    errors: [{ code: "encoding", path: "", line: 1, column: 1 }],
    note: "UTF-16 LE with its BOM: byte 0 (0xFF) is not UTF-8",
  },
};
