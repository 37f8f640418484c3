/** Compact terminal durations (docs/cli.md), shared with the French formats. */
export { formatCompactDuration, formatCompactGap } from "../text/french.js";
