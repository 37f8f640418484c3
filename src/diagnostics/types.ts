/**
 * Diagnostics are values: every phase returns them, none throws them. The CLI alone prints them
 * and picks the exit code. Codes are a public contract (docs/plan-format.md, docs/recovery.md).
 */
export type Severity = "error" | "warning" | "info";

/** Codes of docs/plan-format.md (load, schema, rules). */
export type PlanDiagnosticCode =
  | "yaml-syntax"
  | "duplicate-key"
  | "encoding"
  | "empty-plan"
  | "alias-limit"
  | "not-a-mapping"
  | "unsupported-version"
  | "required"
  | "unknown-key"
  | "invalid-type"
  | "invalid-enum"
  | "invalid-id"
  | "invalid-duration"
  | "invalid-date"
  | "invalid-finess"
  | "merge-conflict"
  | "duplicate-id"
  | "degraded-procedure-incomplete"
  | "unknown-reference"
  | "unreadable"
  | "invalid-character"
  | "limit-exceeded";

/** Finding codes of docs/recovery.md. */
export type FindingCode =
  | "rto-unreachable"
  | "rto-exceeds-mtpd"
  | "rpo-unmet"
  | "no-backup"
  | "no-offline-backup"
  | "restore-test-stale"
  | "no-degraded-procedure"
  | "cover-not-direct"
  | "missing-deputy"
  | "orphan-resource"
  | "no-recovery-estimate"
  | "missing-phone"
  | "dependency-cycle";

export type DiagnosticCode = PlanDiagnosticCode | FindingCode;

export interface Diagnostic {
  /** Path of the YAML file as the user named it (fragment paths joined to the directory). */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units of the line (what editors show). */
  column: number;
  severity: Severity;
  code: DiagnosticCode;
  /** French, for humans: says what is wrong and what to do. */
  message: string;
  /** JSON pointer inside the merged plan, e.g. `/services/3/rto`; "" for the whole plan. */
  path: string;
}

/** A docs/recovery.md finding: a diagnostic about one subject, with the facts its French detail needs. */
export interface Finding extends Diagnostic {
  code: FindingCode;
  /** An id; for `missing-deputy` the role's text. */
  subject: string;
  /** Structured facts for documents (docs/documents.md 7.2); minutes are whole minutes. */
  data?: FindingData;
}

export interface FindingData {
  earliestMinutes?: number;
  deadlineMinutes?: number;
  /** Service whose deadline is missed (rto-unreachable) or whose rpo is not met (rpo-unmet). */
  service?: string;
  /**
   * Critical path ids, from the subject towards its dependencies (rto-unreachable): whole up to
   * 12, else both ends, with `criticalPathOmitted` (src/recovery/findings/critical-path.ts).
   */
  criticalPath?: string[];
  /** Resources left out of a shortened critical path: `count` of them after the first `after`. */
  criticalPathOmitted?: { after: number; count: number };
  rtoMinutes?: number;
  mtpdMinutes?: number;
  frequencyMinutes?: number;
  rpoMinutes?: number;
  /** `lastRestoreTest` (YYYY-MM-DD) when known (restore-test-stale). */
  date?: string;
  /** Resource ids left uncovered (no-degraded-procedure). */
  resources?: string[];
  /** Contact id of the role (missing-deputy) or of the contact without a number (missing-phone). */
  contact?: string;
  /** First place citing the contact (missing-phone). */
  citedBy?: MissingPhoneCitation;
  /** Cycle ids, first repeated at the end (dependency-cycle). */
  cycle?: string[];
}

/** Where a contact without a number is cited first (missing-phone, docs/recovery.md). */
export type MissingPhoneCitation =
  { kind: "cell" | "hotlines"; id?: undefined } | { kind: "procedure" | "resource"; id: string };

export const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
