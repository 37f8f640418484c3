/** Formatted recovery facts of one resource (docs/recovery.md), shared by PRA and PSCA tables. */
import type { ResourceFacts } from "../../recovery/types.js";
import { formatDuration, formatGap, formatInteger, formatSignedDuration } from "../../text/french.js";
import { absent, tierLabel } from "../labels.js";

/** Rank among the lost resources; `Sans objet` for a resource outside the lost set. */
export function rankText(f: ResourceFacts | undefined): string {
  return f?.rank == null ? absent.notApplicable : formatInteger(f.rank);
}

/** Tier label (`P1`…`P5`, `Sans échéance`). */
export function tierText(f: ResourceFacts | undefined): string {
  return tierLabel(f?.tier ?? "none");
}

/** D(r), or `Sans échéance`. */
export function deadlineText(f: ResourceFacts | undefined): string {
  // A deadline inherited through a long chain can be negative: keep the sign (§1.6).
  return f?.deadlineMinutes == null ? absent.noDeadline : formatSignedDuration(f.deadlineMinutes);
}

/** LS(r) signed, or `Sans objet`. */
export function latestStartText(f: ResourceFacts | undefined): string {
  return f?.latestStartMinutes == null ? absent.notApplicable : formatSignedDuration(f.latestStartMinutes);
}

/** E(r). */
export function earliestText(f: ResourceFacts | undefined): string {
  return formatDuration(f?.earliestRestoreMinutes ?? 0);
}

/** D − E signed, or `Sans objet` without deadline. */
export function gapText(f: ResourceFacts | undefined): string {
  return f?.deadlineMinutes == null
    ? absent.notApplicable
    : formatGap(f.deadlineMinutes - f.earliestRestoreMinutes);
}
