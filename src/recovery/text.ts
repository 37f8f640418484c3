/**
 * French wording of the engine's messages (docs/documents.md §1.5–1.6), from the shared French formats
 * (src/text), which depend on nothing: the recovery phase still does not reach into the view.
 */
import { quote } from "../text/french.js";

export { MINUS, NBSP, NNBSP, formatDate } from "../text/french.js";

/** A plan string between guillemets. */
export const q = quote;
