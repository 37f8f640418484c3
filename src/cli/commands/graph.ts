/**
 * `pcapra graph <plan> [--format dot|mermaid|svg] [--service id] [--scenario id]`: the dependency
 * graph, nodes labelled with tier and deadline (effective RTO for services); `svg` is the laid-out
 * diagram of the PRA (src/pictures), standalone.
 */
import type { AnalyzeFn } from "../../analyze.js";
import { graphView, toDot, toMermaid } from "../../recovery/output/graph-view.js";
import { dependencyDiagram } from "../../pictures/diagram.js";
import { pictureResourceLimit } from "../../pictures/model.js";
import { toSvg } from "../../pictures/svg.js";
import { exitCodes, type Io } from "../io.js";
import { analyseForOutput } from "./priorities.js";

export type { AnalyzeFn };

export interface GraphArgs {
  plan: string;
  format: "dot" | "mermaid" | "svg";
  service?: string;
  scenario?: string;
}

export async function graphCommand(args: GraphArgs, io: Io, analyze: AnalyzeFn): Promise<number> {
  const result = await analyseForOutput("graph", args.plan, args.scenario, io, analyze);
  if (typeof result === "number") return result;
  const view = graphView(result.plan, result.recovery, args.service);
  if (!view) {
    const known = result.plan.services.map((s) => s.id).join(", ");
    io.stderr(
      `pcapra graph\u00a0: l’activité « ${args.service} » n’existe pas dans le plan\u202f; activités connues\u00a0: ${known}.\n`.replace(
        /« (.*?) »/,
        "«\u00a0$1\u00a0»",
      ),
    );
    return exitCodes.usage;
  }
  if (args.format === "svg") {
    const resources = view.nodes.filter((n) => !n.service).length;
    if (resources > pictureResourceLimit) {
      io.stderr(
        `pcapra graph\u00a0: ${resources}\u00a0ressources, le schéma n’est pas dessiné au-delà de ` +
          `${pictureResourceLimit}\u202f; restreignez-le à une activité (--service) ou utilisez ` +
          `--format dot avec Graphviz.\n`,
      );
      return exitCodes.usage;
    }
    io.stdout(toSvg(dependencyDiagram(view)));
  } else io.stdout(args.format === "mermaid" ? toMermaid(view) : toDot(view));
  return exitCodes.ok;
}
