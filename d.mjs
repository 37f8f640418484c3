import { analyzePlan } from "./dist/analyze.js";
import { recoveryTimeline } from "./dist/pictures/timeline.js";
import { toSvg } from "./dist/pictures/svg.js";
import { writeFileSync } from "node:fs";
const a = await analyzePlan(process.argv[2]);
writeFileSync(process.argv[3], toSvg(recoveryTimeline(a.recovery)));
