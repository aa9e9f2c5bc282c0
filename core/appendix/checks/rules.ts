// Every rule the checker can raise, declared once: its severity and its message templates (in ../messages).
import type { Level } from "../table";

export type Severity = "error" | "warning" | "info";

/** The order people read findings in: errors, then warnings, then notes. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

export type RuleId =
  | "header-not-found" | "indicator-unknown" | "code-name-mismatch" | "indicator-duplicate" | "indicator-missing"
  | "group-count-mismatch" | "pillar-misplaced" | "pillar-name-mismatch" | "lead-missing" | "lead-multiple"
  | "lead-collective" | "lead-also-coordinator" | "target-missing" | "target-qualitative" | "target-unit-mismatch"
  | "target-over-100" | "target-regression" | "target-below-full-points" | "basis-missing" | "tasks-missing"
  | "max-mismatch" | "target-points-over-max" | "total-mismatch" | "target-plan-mismatch"
  | "target-not-met" | "result-missing" | "result-unreadable" | "target-unreadable"
  | "framework-other" | "table-not-dti" | "score-over-max" | "verified-above-self";

export interface RuleSpec {
  /** A fixed severity, or one that depends on the table's level (missing indicators fail a province only). */
  severity: Severity | Record<Level, Severity>;
  /** Message keys: the rule's own, and the variants a check may choose with the same data. */
  messages: readonly string[];
}

const r = (severity: RuleSpec["severity"], ...variants: string[]): RuleSpec => ({ severity, messages: variants });

export const RULES: Record<RuleId, RuleSpec> = {
  "header-not-found": r("error", "header-not-found"),
  "indicator-unknown": r("error", "indicator-unknown"),
  "code-name-mismatch": r("error", "code-name-mismatch", "code-unknown", "name-not-code"),
  "indicator-duplicate": r("error", "indicator-duplicate"),
  "indicator-missing": r({ province: "error", district: "info", commune: "info" }, "indicator-missing"),
  "group-count-mismatch": r("error", "group-count-mismatch"),
  "pillar-misplaced": r("error", "pillar-misplaced"),
  "pillar-name-mismatch": r("warning", "pillar-name-mismatch"),
  "lead-missing": r("error", "lead-missing"),
  "lead-multiple": r("error", "lead-multiple"),
  "lead-collective": r("warning", "lead-collective"),
  "lead-also-coordinator": r("warning", "lead-also-coordinator"),
  "target-missing": r("error", "target-missing"),
  "target-qualitative": r("info", "target-qualitative"),
  "target-unit-mismatch": r("warning", "target-unit-mismatch", "target-unit-mismatch-own"),
  "target-over-100": r("error", "target-over-100"),
  "target-regression": r("error", "target-regression"),
  "target-below-full-points": r("warning", "target-below-full-points", "target-below-full-points-unpublished"),
  "basis-missing": r("warning", "basis-missing"),
  "tasks-missing": r("warning", "tasks-missing"),
  "max-mismatch": r("error", "max-mismatch-indicator", "max-mismatch-pillar", "max-mismatch-table"),
  "target-points-over-max": r("error", "target-points-over-max", "target-points-scale"),
  "total-mismatch": r("error", "total-mismatch", "total-mismatch-grand"),
  "target-plan-mismatch": r("warning", "target-plan-mismatch"),
  "target-not-met": r("warning", "target-not-met"),
  "result-missing": r("info", "result-missing"),
  "result-unreadable": r("warning", "result-unreadable"),
  "target-unreadable": r("warning", "target-unreadable"),
  "framework-other": r("info", "framework-other", "framework-other-own", "framework-other-set"),
  "table-not-dti": r("info", "table-not-dti-ranking", "table-not-dti-results", "table-not-dti-other-index", "table-not-dti-plan-text", "table-not-dti-targets", "table-not-dti-other"),
  "score-over-max": r("error", "score-over-max"),
  "verified-above-self": r("warning", "verified-above-self"),
};

export function severityOf(rule: RuleId, level: Level): Severity {
  const s = RULES[rule].severity;
  return typeof s === "string" ? s : s[level];
}
