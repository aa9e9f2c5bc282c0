// Plans the writes that fill points, pillar totals, the grand total and the DTI value into a user's table.
import { DEFAULT_EDITION, codeForKey, resolveIndicator, type EditionId, type Letter } from "./catalog";
import { CellError } from "./errors";
import { callFunction, positionalArgs } from "./functions";
import { address, columnLetter, sheetCol, sheetRow, type Grid } from "./grid";
import { formatMessage, type Lang } from "./i18n";
import { round2 } from "./scoring";
import { cleanFloat, type Raw } from "./values";
import type { ColumnRole } from "./appendix/columns";
import "./appendix/messages";
import { findTable, type IndicatorRow, type ParsedTable } from "./appendix/table";

/** Where the plan will be applied: live formulas need the add-in's function names. */
export type Host = "excel" | "sheets" | "xlsx";

export interface FillOptions {
  edition?: EditionId;
  year?: number | null;
  host?: Host;
  /** "formula" (default in the add-ins): live DTI.SCORE formulas and SUM totals; "value": numbers only. */
  mode?: "formula" | "value";
  /** Write over cells the user typed (after the user agreed). */
  force?: boolean;
  lang?: Lang;
}

export type Purpose = "header" | "score" | "pillar-total" | "grand-total" | "dti" | "label";

/** One cell to write, at its sheet position (0-based row and column, and the A1 address). */
export interface PortWrite {
  address: string;
  row: number;
  col: number;
  /** A formula in the invariant form ("=DTI.SCORE(\"6.3\",C4,D4)"), or null for a value. */
  formula: string | null;
  value: Raw;
  /** The error the value is (a score that cannot be computed), for a file writer; a live formula shows its own. */
  error?: { code: string; message: string } | null;
  /** What the cell is for, for a file writer that styles totals and points (spreadsheet ports ignore it). */
  purpose?: Purpose;
}

export interface CellState {
  value: Raw;
  formula: string | null;
}

export interface CellWrite {
  row: number;
  col: number;
  address: string;
  /** A formula in the host's invariant (en-US) syntax: "," separates arguments. */
  formula: string | null;
  /** The value to write, or for a formula the value it computes (cached in .xlsx files). */
  value: Raw;
  /** An error the cell shows ("#N/A"), with its message for a note. */
  error: { code: string; message: string } | null;
  before: CellState;
  purpose: Purpose;
  code: string | null;
}

export interface Conflict {
  address: string;
  row: number;
  col: number;
  before: CellState;
  purpose: Purpose;
  code: string | null;
}

export interface RowResult {
  row: number;
  code: string | null;
  points: number | null;
  error: { code: string; message: string } | null;
}

export interface FillPlan {
  sheet: string | null;
  edition: EditionId;
  pointsColumn: string;
  addedColumn: boolean;
  writes: CellWrite[];
  /** Cells the user typed that the plan would change; left alone unless `force`. */
  conflicts: Conflict[];
  rows: RowResult[];
  pillars: Record<string, number | null>;
  total: number | null;
}

export interface FillFailure {
  error: "header-not-found" | "no-inputs";
  message: string;
}

const LETTERS: Letter[] = ["a", "b", "c", "d"];
const OUR_FORMULA = /\bDTI[._](SCORE|TOTAL)\s*\(/i;

function fnName(host: Host, name: string): string {
  return host === "sheets" ? `DTI_${name}` : `DTI.${name}`;
}

function ref(col: number, row: number, grid: Grid): string {
  return address(grid, row, col);
}

function quote(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** Where a ratio column stands in for inputs: the ratio is put where a/b (or b/a …) reads it back. */
function ratioAsInputs(ind: ReturnType<typeof resolveIndicator>, ratioRef: string): (string | null)[] {
  if (ind instanceof CellError || !ind.indicator.ratio) return [ratioRef];
  const f = ind.indicator.ratio;
  const args: (string | null)[] = [null, null, null, null];
  for (const l of ind.indicator.inputs.map((x) => x.letter)) args[LETTERS.indexOf(l)] = "0";
  args[LETTERS.indexOf(f.num[0])] = ratioRef;
  args[LETTERS.indexOf(f.den[0])] = "1";
  return args;
}

function sameNumber(a: Raw, b: Raw): boolean {
  return typeof a === "number" && typeof b === "number" && Math.abs(a - b) < 0.005;
}

/** What every phase of a fill plan reads, and the writes and conflicts it gathers. */
interface FillContext {
  grid: Grid;
  table: ParsedTable;
  options: FillOptions;
  lang: Lang;
  host: Host;
  /** Live DTI.SCORE formulas (a file has no add-in: its points are numbers). */
  liveScores: boolean;
  /** Live SUM totals (in a file too). */
  liveTotals: boolean;
  letterCols: Map<Letter, ColumnRole>;
  ratioCol: ColumnRole | undefined;
  pointsCol: number;
  writes: CellWrite[];
  conflicts: Conflict[];
}

const isEmptyState = (s: CellState) => !s.formula && (s.value === null || s.value === undefined || s.value === "");

/** Plans one write: a cell already ours (or already right) is left as it is; a cell the user typed is a conflict unless `force`. */
function planCell(ctx: FillContext, w: Omit<CellWrite, "address" | "before">, ours: (s: CellState) => boolean): void {
  const reader = ctx.table.reader;
  const before: CellState = { value: reader.value(w.row, w.col), formula: reader.formula(w.row, w.col) };
  const address = ref(w.col, w.row, ctx.grid);
  if (!isEmptyState(before) && !ours(before)) {
    // Already what we would write: nothing to do.
    if (!w.formula && sameNumber(before.value, w.value)) return;
    if (!ctx.options.force) {
      ctx.conflicts.push({ address, row: w.row, col: w.col, before, purpose: w.purpose, code: w.code });
      return;
    }
  }
  ctx.writes.push({ ...w, address, before });
}

const label = (ctx: FillContext, key: string) => formatMessage(key, {}, ctx.lang);

/** The points column: the table's own, or a new one right of the table with its header. */
function placePointsColumn(ctx: FillContext, existing: boolean): void {
  if (existing) return;
  const header = label(ctx, "fillPointsHeader");
  planCell(ctx, { row: ctx.table.headerRow, col: ctx.pointsCol, formula: null, value: header, error: null, purpose: "header", code: null }, (s) => s.value === header);
}

/** SCORE's arguments for a row: cell references for the formula and the values they hold for the planned result. */
function scoreArguments(ctx: FillContext, ind: IndicatorRow, r: ReturnType<typeof resolveIndicator>): { refs: (string | null)[]; literal: Raw[] } {
  const { reader } = ctx.table;
  const used = r instanceof CellError ? LETTERS : r.indicator.inputs.map((x) => x.letter);
  if (ctx.letterCols.size > 0) {
    // Read exactly the cells the formula will reference, so the planned value is what it computes.
    const refs = LETTERS.map((l) => (ctx.letterCols.has(l) && used.includes(l) ? ref(ctx.letterCols.get(l)!.col, ind.row, ctx.grid) : null));
    const literal = LETTERS.map((l) => {
      const c = ctx.letterCols.get(l);
      return c && used.includes(l) ? reader.value(ind.row, c.col) : null;
    });
    return { refs, literal };
  }
  const ratioRef = ref(ctx.ratioCol!.col, ind.row, ctx.grid);
  const refs = ratioAsInputs(r, ratioRef);
  const ratio = reader.value(ind.row, ctx.ratioCol!.col);
  return { refs, literal: refs.map((x) => (x === ratioRef ? ratio : x === null ? null : Number(x))) };
}

/** Scores one indicator row: its result, and the write of its points (a live formula or the number). */
function scoreRow(ctx: FillContext, ind: IndicatorRow): { row: RowResult; points?: number | CellError } {
  const { edition } = ctx.table;
  const code = ind.key ? codeForKey(edition, ind.key) ?? null : null;
  if (!code) return { row: { row: sheetRow(ctx.grid, ind.row), code: ind.code, points: null, error: { code: "#N/A", message: formatMessage("indicator-unknown", { text: ind.name || ind.code || "" }, ctx.lang) } } };
  const r = resolveIndicator(code, edition);
  const { refs, literal } = scoreArguments(ctx, ind, r);
  const editionArg = edition === DEFAULT_EDITION ? null : edition;
  const year = ctx.options.year;
  const named = <T>(code: T, inputs: T[], year: T | undefined, ed: T | undefined) => ({ code, a: inputs[0], b: inputs[1], c: inputs[2], d: inputs[3], year, edition: ed });
  const points = callFunction("SCORE", positionalArgs<Raw>("SCORE", named<Raw>(code, literal, year ?? null, editionArg), null)) as number | CellError;
  const args = positionalArgs<string>("SCORE", named<string>(quote(code), refs.map((x) => x ?? ""), year ? String(year) : undefined, editionArg ? quote(editionArg) : undefined), "");
  const error = points instanceof CellError ? { code: points.code, message: formatMessage(points.key, points.params, ctx.lang) } : null;
  const formula = `=${fnName(ctx.host, "SCORE")}(${args.join(",")})`;
  planCell(
    ctx,
    { row: ind.row, col: ctx.pointsCol, formula: ctx.liveScores ? formula : null, value: error ? null : (points as number), error, purpose: "score", code },
    (s) => !!s.formula && OUR_FORMULA.test(s.formula),
  );
  return { row: { row: sheetRow(ctx.grid, ind.row), code, points: error ? null : (points as number), error }, points };
}

const isBad = (v: number | CellError | undefined) => v === undefined || v instanceof CellError;

/** Pillar totals in the heading rows: SUM over the pillar's rows, so the sheet stays right without the add-in. */
function pillarTotals(ctx: FillContext, pointsOf: Map<IndicatorRow, number | CellError>) {
  const { table, grid } = ctx;
  const L = columnLetter(sheetCol(grid, ctx.pointsCol));
  const pillars: Record<string, number | null> = {};
  const cells: string[] = [];
  let anyError = false;
  table.pillars.forEach((p, i) => {
    const members = table.indicators.filter((x) => x.pillarIndex === i);
    if (!members.length) return;
    const vals = members.map((m) => pointsOf.get(m));
    const bad = vals.some(isBad);
    const sum = bad ? null : round2(vals.reduce((s: number, v) => s + (v as number), 0));
    if (bad) anyError = true;
    pillars[String(p.n ?? i + 1)] = sum;
    const formula = `=SUM(${L}${sheetRow(grid, members[0].row)}:${L}${sheetRow(grid, Math.max(...members.map((m) => m.lastRow)))})`;
    cells.push(ref(ctx.pointsCol, p.row, grid));
    planCell(
      ctx,
      { row: p.row, col: ctx.pointsCol, formula: ctx.liveTotals ? formula : null, value: sum, error: bad ? { code: "#N/A", message: label(ctx, "fillPillarHasErrors") } : null, purpose: "pillar-total", code: null },
      (s) => s.formula === formula,
    );
  });
  return { pillars, cells, anyError };
}

/** The grand total and the DTI value: in the table's own total row if it has one, else just below the table. */
function grandTotal(ctx: FillContext, pointsOf: Map<IndicatorRow, number | CellError>, p: ReturnType<typeof pillarTotals>): number | null {
  const { table, grid, pointsCol } = ctx;
  const L = columnLetter(sheetCol(grid, pointsCol));
  const allVals = table.indicators.map((m) => pointsOf.get(m));
  const bad = table.pillars.length ? p.anyError : allVals.some(isBad);
  const total = bad ? null : round2(table.pillars.length ? Object.values(p.pillars).reduce((s: number, v) => s + (v ?? 0), 0) : allVals.reduce((s: number, v) => s + (v as number), 0));
  const error = bad ? { code: "#N/A", message: label(ctx, "fillPillarHasErrors") } : null;
  const formula = table.pillars.length && p.cells.length ? `=SUM(${p.cells.join(",")})` : `=SUM(${L}${sheetRow(grid, table.indicators[0].row)}:${L}${sheetRow(grid, table.lastRow)})`;
  const totalRow = table.totals[0]?.row ?? table.lastRow + 2;
  const labelCol = table.columns.find((c) => c.role === "name")?.col ?? 0;
  const labelled = (row: number, key: string) => {
    const text = label(ctx, key);
    planCell(ctx, { row, col: labelCol, formula: null, value: text, error: null, purpose: "label", code: null }, (s) => s.value === text);
  };
  if (!table.totals.length) labelled(totalRow, "fillTotalLabel");
  planCell(ctx, { row: totalRow, col: pointsCol, formula: ctx.liveTotals ? formula : null, value: total, error, purpose: "grand-total", code: null }, (s) => s.formula === formula);
  const dti = `=${ref(pointsCol, totalRow, grid)}/1000`;
  labelled(totalRow + 1, "fillDtiLabel");
  planCell(ctx, { row: totalRow + 1, col: pointsCol, formula: ctx.liveTotals ? dti : null, value: total === null ? null : cleanFloat(total / 1000), error, purpose: "dti", code: null }, (s) => s.formula === dti);
  return total;
}

/** The write plan for a table of inputs; nothing is written here. */
export function planFill(grid: Grid, options: FillOptions = {}): FillPlan | FillFailure {
  const lang = options.lang ?? "vi";
  const host = options.host ?? "excel";
  const mode = options.mode ?? "formula";
  const table = findTable(grid, { edition: options.edition });
  if (!table) return { error: "header-not-found", message: formatMessage("header-not-found", {}, lang) };
  const letterCols = new Map<Letter, ColumnRole>();
  for (const l of LETTERS) {
    const c = table.columns.find((x) => x.role === l);
    if (c) letterCols.set(l, c);
  }
  const ratioCol = table.columns.find((c) => c.role === "ratio");
  if (letterCols.size === 0 && !ratioCol) return { error: "no-inputs", message: formatMessage("fillNoInputs", {}, lang) };
  const existing = table.columns.find((c) => c.role === "score" && c.year === null) ?? table.columns.find((c) => c.role === "score");
  const ctx: FillContext = {
    grid, table, options, lang, host, letterCols, ratioCol,
    liveScores: mode === "formula" && host !== "xlsx",
    liveTotals: mode === "formula",
    pointsCol: existing?.col ?? table.width,
    writes: [],
    conflicts: [],
  };
  placePointsColumn(ctx, !!existing);
  const rows: RowResult[] = [];
  const pointsOf = new Map<IndicatorRow, number | CellError>();
  for (const ind of table.indicators) {
    const scored = scoreRow(ctx, ind);
    rows.push(scored.row);
    if (scored.points !== undefined) pointsOf.set(ind, scored.points);
  }
  const pillars = pillarTotals(ctx, pointsOf);
  const total = grandTotal(ctx, pointsOf, pillars);
  return {
    sheet: grid.name ?? null,
    edition: table.edition,
    pointsColumn: columnLetter(sheetCol(grid, ctx.pointsCol)),
    addedColumn: !existing,
    writes: ctx.writes,
    conflicts: ctx.conflicts,
    rows,
    pillars: pillars.pillars,
    total,
  };
}

/** Plans the fill on the sheet with the most indicator rows; the failure of the first sheet if none has a table. */
export function planFillSheets(grids: readonly Grid[], options: FillOptions = {}): { index: number; plan: FillPlan } | FillFailure {
  let best: { index: number; plan: FillPlan } | null = null;
  let failure: FillFailure | null = null;
  grids.forEach((g, index) => {
    const plan = planFill(g, options);
    if (isFillFailure(plan)) failure ??= plan;
    else if (!best || plan.rows.length > best.plan.rows.length) best = { index, plan };
  });
  // No sheet at all: the same answer as a sheet without a table.
  return best ?? failure ?? (planFill({ values: [] }, options) as FillFailure);
}

export function isFillFailure(p: object): p is FillFailure {
  return "error" in p && typeof (p as FillFailure).error === "string" && !("writes" in p);
}

/** The writes that undo a plan exactly: every cell back to its prior value and formula, in one batch. */
export function invertPlan(plan: FillPlan): CellWrite[] {
  return plan.writes.map((w) => ({
    ...w,
    formula: w.before.formula,
    value: w.before.value,
    error: null,
    before: { value: w.formula ? null : w.value, formula: w.formula },
  }));
}

