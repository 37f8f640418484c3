export { validateSchema } from "./validate.js";
export { loadSchema } from "./load.js";
