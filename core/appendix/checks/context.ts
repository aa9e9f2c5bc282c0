// What every check sees: the table, its edition, the options, the collector, and the cell helpers they share.
import type { EditionId, Resolved } from "../../catalog";
import type { Grid } from "../../grid";
import type { Lang } from "../../i18n";
import { parseTarget, readTargetValue, type Target } from "../../targets";
import { toNumber, type Raw } from "../../values";
import { roleKey, type ColumnRole } from "../columns";
import type { Cell, IndicatorRow, Level, ParsedTable } from "../table";
import type { Collector, Who } from "./collector";
import type { RuleId } from "./rules";

export interface CheckOptions {
  edition?: EditionId;
  level?: Level;
  lang?: Lang;
  /** The plan's own text (its body), to compare the targets it states with the appendix's. */
  planText?: string;
}

export interface Context {
  grid: Grid;
  table: ParsedTable;
  edition: EditionId;
  options: CheckOptions;
  lang: Lang;
  out: Collector;
  /** Recognised indicators by key, first occurrence: filled by the identity check as rows are read. */
  seen: Map<string, IndicatorRow>;
}

/** A check of one indicator row; "stop" skips the later checks of that row (an unknown or repeated indicator). */
export type RowCheckFn = (ind: IndicatorRow, who: NonNullable<Who>, ctx: Context) => "stop" | void;
/** A check of the table as a whole. */
export type TableCheckFn = (ctx: Context) => void;

/** A check with the rules it may raise, declared once; the collector refuses any other rule while it runs. */
export interface Check<F> {
  rules: readonly RuleId[];
  run: F;
}
export type RowCheck = Check<RowCheckFn>;
export type TableCheck = Check<TableCheckFn>;

export const rowCheck = (rules: readonly RuleId[], run: RowCheckFn): RowCheck => ({ rules, run });
export const tableCheck = (rules: readonly RuleId[], run: TableCheckFn): TableCheck => ({ rules, run });

/** The role key a column's cell is kept under in a row's cells. */
export function cellFor(ind: IndicatorRow, c: ColumnRole): Cell | undefined {
  return ind.cells[roleKey(c)];
}

export function parseNumberCell(c: Cell | undefined): number | null {
  if (!c) return null;
  const v = toNumber(c.value as Raw);
  if (typeof v === "number") return v;
  const t = toNumber(c.text);
  return typeof t === "number" ? t : null;
}

/** "20/30" → 20 (the points); plain numbers as they are. */
export function pointsOf(c: Cell | undefined): { points: number; scale: number | null } | null {
  if (!c || c.text === "") return null;
  if (typeof c.value === "number") return { points: c.value, scale: null };
  const t = parseTarget(c.text, "points");
  if (t && t.kind === "points") return { points: t.value, scale: Number.isFinite(t.scale) ? t.scale : null };
  return null;
}

export function targetColumns(cols: readonly ColumnRole[]): ColumnRole[] {
  return cols.filter((c) => c.role === "target").sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
}

export function readTargetCell(c: Cell, r: Resolved | null): Target | null {
  return readTargetValue(typeof c.value === "number" ? c.value : c.text, r?.indicator.ratio?.share === false);
}

/** A target's value on one scale, for comparing two targets of the same kind. */
export function comparable(t: Target | null): number | null {
  if (!t) return null;
  if (t.kind === "percent" || t.kind === "rate") return t.value;
  if (t.kind === "count") return t.value / t.total;
  // A better rank is a smaller number.
  if (t.kind === "rank") return -t.value;
  return null;
}
