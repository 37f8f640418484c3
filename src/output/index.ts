export { outputFileName, removeStaleTemps, tempPathFor, writeFileAtomic } from "./files.js";
