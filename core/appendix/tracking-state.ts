// A tracking row's data and state (met, not met, no result): what the panes need, without the reading code.
import type { EditionId } from "../catalog";
import type { Target } from "../targets";

export interface TrackingRow {
  /** 1-based sheet row of the item. */
  row: number;
  text: string;
  textCell: string;
  /** Where the result goes: the cell the pane selects and marks. */
  resultCell: string;
  /** The target as written in the text, or null when the text states none. */
  target: string | null;
  targetValue: Target | null;
  /** The result as typed, or null while blank. */
  result: string | null;
  resultValue: number | null;
  resultUnreadable: boolean;
  /** true / false, or null when there is no result yet (or no target to judge it by). */
  met: boolean | null;
  /** The DTI indicator the wording names, if any, with its code in each edition that has it. */
  indicator: { key: string; codes: Partial<Record<EditionId, string>> } | null;
}

export interface TrackingCounts {
  met: number;
  notMet: number;
  /** No result yet (or a result that cannot be read, or no target to judge by). */
  pending: number;
}

export function countTracking(rows: readonly TrackingRow[]): TrackingCounts {
  const met = rows.filter((r) => r.met === true).length;
  const notMet = rows.filter((r) => r.met === false).length;
  return { met, notMet, pending: rows.length - met - notMet };
}

export type TrackingRule = "target-met" | "target-not-met" | "result-missing" | "result-unreadable" | "target-unreadable";

/** What a row's state is called: the finding's rule, or "target-met" for a row that needs none. */
export function trackingRule(r: TrackingRow): TrackingRule {
  if (!r.targetValue) return "target-unreadable";
  if (r.resultUnreadable) return "result-unreadable";
  if (r.result === null) return "result-missing";
  return r.met === false ? "target-not-met" : "target-met";
}
