/**
 * `rto-exceeds-mtpd` (docs/recovery.md): a service whose RTO is greater than its DMIA (mtpd). Reported
 * on the `rto` value; durations the schema rejects are skipped (it reports them).
 */
import type { Finding } from "../diagnostics/types.js";
import { parseDuration } from "../plan/duration.js";
import type { Rule } from "./rule.js";
import { formatDuration } from "../text/french.js";
import { NBSP, q } from "./text.js";
import { at, field, objItems, str } from "./walk.js";

export const rtoExceedsMtpd: Rule = {
  id: "rto-exceeds-mtpd",
  codes: ["rto-exceeds-mtpd"],
  check({ data, map }) {
    const out: Finding[] = [];
    for (const { value: s, ptr } of objItems(data, "services", "")) {
      if (field(s, "mtpd") === undefined) continue;
      const rto = parseDuration(field(s, "rto"));
      const mtpd = parseDuration(field(s, "mtpd"));
      if (!rto.ok || !mtpd.ok || rto.minutes <= mtpd.minutes) continue;
      const id = str(s, "id");
      const rtoPtr = at(ptr, "rto");
      out.push({
        ...map.locate(rtoPtr),
        severity: "error",
        code: "rto-exceeds-mtpd",
        path: rtoPtr,
        // Without an id (the schema reports it) the pointer still names the service uniquely.
        subject: id ?? ptr,
        data: { rtoMinutes: rto.minutes, mtpdMinutes: mtpd.minutes },
        message:
          `RTO de ${formatDuration(rto.minutes)} supérieur à la DMIA de ${formatDuration(mtpd.minutes)} ` +
          `pour l’activité ${id === undefined ? ptr : q(id)}${NBSP}: réduisez le RTO ou revoyez la DMIA.`,
      });
    }
    return out;
  },
};
