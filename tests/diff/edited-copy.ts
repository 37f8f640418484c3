/** Copies of the CH example for `diff` tests: the same plan in one file, and an edited copy. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";
import { analyzePlan } from "../../src/analyze.js";
import { root } from "../cli/helpers.js";

export const example = join(root, "examples/ch-kerbrat");

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "pcapra-diff-"));
}

/** Replaces `from` by `to` in `file`, which must hold `from` exactly once. */
export function edit(file: string, from: string, to: string): void {
  const text = readFileSync(file, "utf8");
  if (text.split(from).length !== 2) throw new Error(`${file}: « ${from} » doit apparaître une fois`);
  writeFileSync(file, text.replace(from, to));
}

/**
 * The CH example with three deliberate edits: the RTO of `restauration` from 3j to 2j, a new
 * resource depending on `sql` (in a fragment of its own), the deputy of the crisis role
 * « Logistique et services techniques » removed.
 */
export function editedCopy(): string {
  const dir = join(tempDir(), "ch-kerbrat");
  cpSync(example, dir, { recursive: true });
  edit(join(dir, "services.yaml"), "rto: 3j\n    mtpd: 5j", "rto: 2j\n    mtpd: 5j");
  edit(
    join(dir, "crisis.yaml"),
    "contact: resp-technique\n      deputy: resp-achats\n",
    "contact: resp-technique\n",
  );
  writeFileSync(
    join(dir, "resources-dietetique.yaml"),
    [
      "resources:",
      "  - id: logiciel-dietetique",
      "    name: Logiciel de diététique",
      "    kind: application",
      "    owner: resp-restauration",
      "    dependsOn: [sql]",
      "    recovery:",
      "      duration: 2h",
      "      team: ing-applicatif",
      "",
    ].join("\n"),
  );
  return dir;
}

/** The merged CH example written back as one YAML file (same plan, other layout). */
export async function singleFileText(): Promise<string> {
  const a = await analyzePlan(example);
  return stringify(a.data);
}
