/** Plans of the hostile-input corpus: the minimal valid plan, and generators built on it. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const minimal = readFileSync(
  fileURLToPath(new URL("../fixtures/minimal/plan.yaml", import.meta.url)),
  "utf8",
);

/** The minimal plan with its establishment name replaced by `value` (written as is). */
export function withName(value: string): string {
  return minimal.replace("name: Centre hospitalier de Test", `name: ${value}`);
}

/** The minimal plan with the DPI's name replaced (a resource: printed by priorities and graph). */
export function withResourceName(value: string): string {
  return minimal.replace("name: Dossier patient informatisé", `name: ${value}`);
}

/** `n` resources, each depending on the next: a dependency chain (cyclic when `cycle`). */
export function chain(n: number, cycle = false): string {
  const lines = [minimal.replace("dependsOn: [dpi]", "dependsOn: [r0]")];
  for (let i = 0; i < n; i++) {
    const next = i + 1 < n ? `r${i + 1}` : cycle ? "r0" : "dpi";
    lines.push(
      `  - id: r${i}\n    name: Ressource ${i}\n    kind: infrastructure\n    dependsOn: [${next}]\n    recovery: { duration: 1h }`,
    );
  }
  return lines.join("\n") + "\n";
}

/** `n` independent resources the urgences depend on: a wide, flat plan. */
export function wide(n: number): string {
  const ids = Array.from({ length: n }, (_, i) => `w${i}`);
  const lines = [minimal.replace("dependsOn: [dpi]", `dependsOn: [dpi, ${ids.join(", ")}]`)];
  for (const id of ids)
    lines.push(`  - id: ${id}\n    name: Ressource ${id}\n    kind: data\n    recovery: { duration: 30min }`);
  return lines.join("\n") + "\n";
}
