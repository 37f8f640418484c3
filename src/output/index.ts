export { outputFileName, removeStaleTemps, tempPathFor, writeFileAtomic } from "./files.js";
export { createFileAtomic } from "./create.js";
