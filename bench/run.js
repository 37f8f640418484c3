// `npm run bench`: every benchmark, in one process after `tsc`. Figures go to the terminal;
// performance is measured here, never by timed tests.
import { runRecoveryBench } from "./recovery.js";
import { runDocumentsBench, runYamlLoadBench } from "./documents.js";

await runDocumentsBench(1500, 60);
runRecoveryBench(100_000, 1_000);
await runYamlLoadBench(100_000, 1_000);
console.log("validate --each sur 2 000 plans : node bench/validate-batch.js 2000 (≈ 1 min)");
