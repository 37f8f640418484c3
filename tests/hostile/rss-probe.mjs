// Loaded with `node --import` by the hostile-input test: on exit, writes the process's peak RSS
// (kilobytes, getrusage: worker threads included) to the file named by PCAPRA_RSS_FILE.
import { writeFileSync } from "node:fs";

const file = process.env.PCAPRA_RSS_FILE;
if (file) process.on("exit", () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
