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
import { findTable, type IndicatorRow } from "./appendix/table";

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

/** The write plan for a table of inputs; nothing is written here. */
export function planFill(grid: Grid, options: FillOptions = {}): FillPlan | FillFailure {
  const lang = options.lang ?? "vi";
  const host = options.host ?? "excel";
  const mode = options.mode ?? "formula";
  // A .xlsx file has no add-in: its points are numbers, its totals still live SUM formulas.
  const liveScores = mode === "formula" && host !== "xlsx";
  const liveTotals = mode === "formula";
  const table = findTable(grid, { edition: options.edition });
  if (!table) return { error: "header-not-found", message: formatMessage("header-not-found", {}, lang) };
  const cols = table.columns;
  const letterCols = new Map<Letter, ColumnRole>();
  for (const l of LETTERS) {
    const c = cols.find((x) => x.role === l);
    if (c) letterCols.set(l, c);
  }
  const ratioCol = cols.find((c) => c.role === "ratio");
  if (letterCols.size === 0 && !ratioCol) return { error: "no-inputs", message: formatMessage("fillNoInputs", {}, lang) };

  const edition = table.edition;
  const reader = table.reader;
  const existing = cols.find((c) => c.role === "score" && c.year === null) ?? cols.find((c) => c.role === "score");
  const pointsCol = existing?.col ?? table.width;
  const writes: CellWrite[] = [];
  const conflicts: Conflict[] = [];

  const state = (r: number, c: number): CellState => ({ value: reader.value(r, c), formula: reader.formula(r, c) });
  const isEmpty = (s: CellState) => !s.formula && (s.value === null || s.value === undefined || s.value === "");
  const plan = (w: Omit<CellWrite, "address" | "before">, ours: (s: CellState) => boolean) => {
    const before = state(w.row, w.col);
    const address = ref(w.col, w.row, grid);
    if (!isEmpty(before) && !ours(before)) {
      // Already what we would write: nothing to do.
      if (!w.formula && sameNumber(before.value, w.value)) return;
      if (!options.force) {
        conflicts.push({ address, row: w.row, col: w.col, before, purpose: w.purpose, code: w.code });
        return;
      }
    }
    writes.push({ ...w, address, before });
  };

  const label = (key: string) => formatMessage(key, {}, lang);
  if (!existing) {
    plan({ row: table.headerRow, col: pointsCol, formula: null, value: label("fillPointsHeader"), error: null, purpose: "header", code: null }, (s) => s.value === label("fillPointsHeader"));
  }

  const rows: RowResult[] = [];
  const pointsOf = new Map<IndicatorRow, number | CellError>();
  for (const ind of table.indicators) {
    const code = ind.key ? codeForKey(edition, ind.key) ?? null : null;
    if (!code) {
      rows.push({ row: sheetRow(grid, ind.row), code: ind.code, points: null, error: { code: "#N/A", message: formatMessage("indicator-unknown", { text: ind.name || ind.code || "" }, lang) } });
      continue;
    }
    const r = resolveIndicator(code, edition);
    const used = r instanceof CellError ? LETTERS : r.indicator.inputs.map((x) => x.letter);
    // Read exactly the cells the formula will reference, so the planned value is what it computes.
    const raw = (l: Letter): Raw => {
      const c = letterCols.get(l);
      return c && used.includes(l) ? reader.value(ind.row, c.col) : null;
    };
    let refs: (string | null)[];
    let literal: Raw[];
    const editionArg = edition === DEFAULT_EDITION ? null : edition;
    if (letterCols.size > 0) {
      refs = LETTERS.map((l) => (letterCols.has(l) && used.includes(l) ? ref(letterCols.get(l)!.col, ind.row, grid) : null));
      literal = LETTERS.map(raw);
    } else {
      const ratioRef = ref(ratioCol!.col, ind.row, grid);
      refs = ratioAsInputs(r, ratioRef);
      const ratio = reader.value(ind.row, ratioCol!.col);
      literal = refs.map((x) => (x === ratioRef ? ratio : x === null ? null : Number(x)));
    }
    const named = <T>(code: T, inputs: T[], year: T | undefined, ed: T | undefined) =>
      ({ code, a: inputs[0], b: inputs[1], c: inputs[2], d: inputs[3], year, edition: ed });
    const result = callFunction("SCORE", positionalArgs<Raw>("SCORE", named<Raw>(code, literal, options.year ?? null, editionArg), null));
    const args = positionalArgs<string>("SCORE", named<string>(quote(code), refs.map((x) => x ?? ""), options.year ? String(options.year) : undefined, editionArg ? quote(editionArg) : undefined), "");
    const points = result as number | CellError;
    pointsOf.set(ind, points);
    const error = points instanceof CellError ? { code: points.code, message: formatMessage(points.key, points.params, lang) } : null;
    rows.push({ row: sheetRow(grid, ind.row), code, points: error ? null : (points as number), error });
    const formula = `=${fnName(host, "SCORE")}(${args.join(",")})`;
    plan(
      { row: ind.row, col: pointsCol, formula: liveScores ? formula : null, value: error ? null : (points as number), error, purpose: "score", code },
      (s) => !!s.formula && OUR_FORMULA.test(s.formula),
    );
  }

  // Pillar totals in the heading rows: SUM over the pillar's rows, so the sheet stays right without the add-in.
  const L = columnLetter(sheetCol(grid, pointsCol));
  const pillars: Record<string, number | null> = {};
  const pillarCells: string[] = [];
  let anyError = false;
  table.pillars.forEach((p, i) => {
    const members = table.indicators.filter((x) => x.pillarIndex === i);
    if (!members.length) return;
    const first = members[0].row;
    const last = Math.max(...members.map((m) => m.lastRow));
    const vals = members.map((m) => pointsOf.get(m));
    const bad = vals.some((v) => v === undefined || v instanceof CellError);
    const sum = bad ? null : round2(vals.reduce((s: number, v) => s + (v as number), 0));
    if (bad) anyError = true;
    pillars[String(p.n ?? i + 1)] = sum;
    const formula = `=SUM(${L}${sheetRow(grid, first)}:${L}${sheetRow(grid, last)})`;
    const address = ref(pointsCol, p.row, grid);
    pillarCells.push(address);
    plan(
      { row: p.row, col: pointsCol, formula: liveTotals ? formula : null, value: sum, error: bad ? { code: "#N/A", message: label("fillPillarHasErrors") } : null, purpose: "pillar-total", code: null },
      (s) => s.formula === formula,
    );
  });

  // Grand total and DTI value: in the table's own total row if it has one, else just below the table.
  const allVals = table.indicators.map((m) => pointsOf.get(m));
  const totalBad = table.pillars.length ? anyError : allVals.some((v) => v === undefined || v instanceof CellError);
  const total = totalBad ? null : round2(table.pillars.length ? Object.values(pillars).reduce((s: number, v) => s + (v ?? 0), 0) : allVals.reduce((s: number, v) => s + (v as number), 0));
  const totalFormula = table.pillars.length && pillarCells.length
    ? `=SUM(${pillarCells.join(",")})`
    : `=SUM(${L}${sheetRow(grid, table.indicators[0].row)}:${L}${sheetRow(grid, table.lastRow)})`;
  const totalRow = table.totals[0]?.row ?? table.lastRow + 2;
  const labelCol = cols.find((c) => c.role === "name")?.col ?? 0;
  if (!table.totals.length) {
    plan({ row: totalRow, col: labelCol, formula: null, value: label("fillTotalLabel"), error: null, purpose: "label", code: null }, (s) => s.value === label("fillTotalLabel"));
  }
  plan(
    { row: totalRow, col: pointsCol, formula: liveTotals ? totalFormula : null, value: total, error: totalBad ? { code: "#N/A", message: label("fillPillarHasErrors") } : null, purpose: "grand-total", code: null },
    (s) => s.formula === totalFormula,
  );
  const dtiRow = totalRow + 1;
  const totalRef = ref(pointsCol, totalRow, grid);
  plan({ row: dtiRow, col: labelCol, formula: null, value: label("fillDtiLabel"), error: null, purpose: "label", code: null }, (s) => s.value === label("fillDtiLabel"));
  plan(
    { row: dtiRow, col: pointsCol, formula: liveTotals ? `=${totalRef}/1000` : null, value: total === null ? null : cleanFloat(total / 1000), error: totalBad ? { code: "#N/A", message: label("fillPillarHasErrors") } : null, purpose: "dti", code: null },
    (s) => s.formula === `=${totalRef}/1000`,
  );

  return {
    sheet: grid.name ?? null,
    edition,
    pointsColumn: L,
    addedColumn: !existing,
    writes,
    conflicts,
    rows,
    pillars,
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

