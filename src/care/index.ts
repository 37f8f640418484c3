export { evaluateCare, itemStatus, type CareInput } from "./evaluate.js";
export { rollUpGht } from "./rollup.js";
export { ARRETE, PHASE_START, POLICY_SINCE, THRESHOLD, programme, itemDefinitions } from "./constants.js";
export { buildCareReport } from "./report.js";
export { careText, careCsv, careJson } from "./output.js";
export type * from "./types.js";
