/**
 * Blocks of docs/documents.md §1.8 v2 about answering a crisis: [Communication] (PCA 3.6) and
 * [Endiguement] (PRA 3.5). [Rançon] is fixed text in `templates/_rancon.hbs`.
 */
import { NNBSP } from "../../text/french.js";
import { contactWithPhone, type ViewContext } from "./context.js";
import { kv, type KvView } from "./types.js";

export interface CommunicationView {
  /** False → the partial prints the fixed sentence for a plan without `crisis.communication`. */
  described: boolean;
  /** `Porte-parole` row when set (contact reference and phone). */
  spokesperson: KvView | null;
  channels: string[];
  principles: string[];
}

export function communicationView(ctx: ViewContext): CommunicationView {
  const c = ctx.plan.crisis.communication;
  const spokesperson = contactWithPhone(ctx, c?.spokesperson, ", ");
  const channels = [...(c?.channels ?? [])];
  const principles = [...(c?.principles ?? [])];
  return {
    described: spokesperson !== null || channels.length > 0 || principles.length > 0,
    spokesperson: spokesperson === null ? null : kv([["Porte-parole", spokesperson]]),
    channels,
    principles,
  };
}

/** The steps printed when the plan gives no `crisis.containment` (docs/documents.md §1.8). */
export const defaultContainment = [
  "Isoler du réseau les systèmes touchés, sans les éteindre.",
  `Préserver les journaux, les supports et les messages reçus${NNBSP}; noter chaque action sur la main courante.`,
  `Ne pas payer ni répondre à une demande de rançon${NNBSP}; porter plainte et signaler l’incident.`,
  "Changer les mots de passe et les secrets depuis un poste sain.",
  "Ne reconnecter une ressource restaurée qu’après un contrôle de sécurité et la validation de son responsable.",
];

/** [Endiguement] bullets: the plan's own steps, else the fixed ones. */
export function containmentView(ctx: ViewContext): string[] {
  const steps = ctx.plan.crisis.containment ?? [];
  return steps.length > 0 ? [...steps] : [...defaultContainment];
}
