// The operations both panes (and the command line) offer, written once over a port: read once → core → one batch.
import { resolveIndicator, type EditionId } from "../catalog";
import { CellError, Refusal } from "../errors";
import { round2 } from "../scoring";
import { validateSheets, type CheckReport, type Finding } from "../appendix/validate";
import type { Level } from "../appendix/table";
import { isFillFailure, planFillSheets, type CellState, type FillPlan } from "../fill";
import { sheetCol, sheetRow, type Grid } from "../grid";
import { formatMessage, registerMessages, type Lang } from "../i18n";
import { gridSheet, planChartSheet, planTemplateSheet } from "../template";
import type { Raw } from "../values";
import type { OperationName } from "./names";
import { andThen, type DocumentPort, type Mark, type MarkState, type Maybe, type PortWrite, type SheetAdder, type SheetData, type SheetPort } from "./port";

registerMessages("vi", {
  opSheetMissing: "Không còn trang tính '{sheet}'",
  opSheetEmpty: "Trang tính '{sheet}' trống: chưa có bảng để kiểm tra hay tính điểm",
  opSheetProtected: "Trang tính '{sheet}' đang được bảo vệ: hãy bỏ bảo vệ (Xem lại → Bỏ bảo vệ trang tính) rồi thử lại",
  opChangedSincePreview: "Bảng đã thay đổi sau khi xem trước ({cells}); hãy bấm Xem trước để xem lại. Chưa ghi gì.",
  opChangedSinceApply: "Không hoàn tác: ô {cells} đã được sửa sau lần ghi này; hoàn tác sẽ xoá thay đổi đó. Chưa ghi gì.",
  opNoChartData: "Chưa có điểm để vẽ biểu đồ: trang tính không có bảng số liệu chấm được hay mục tiêu quy ra điểm",
  opNoMarks: "Không có lỗi hay cảnh báo nào gắn với ô để đánh dấu",
  markNote: "DTI Sheets: {messages}",
});
registerMessages("en", {
  opSheetMissing: "The sheet '{sheet}' no longer exists",
  opSheetEmpty: "The sheet '{sheet}' is empty: there is no table to check or score",
  opSheetProtected: "The sheet '{sheet}' is protected: unprotect it (Review → Unprotect Sheet) and try again",
  opChangedSincePreview: "The table changed after the preview ({cells}); press Preview to see it again. Nothing was written.",
  opChangedSinceApply: "Not undone: cell {cells} was edited after this write; undoing would erase that edit. Nothing was written.",
  opNoChartData: "No points to chart yet: the sheet has no scoreable input table nor targets that convert to points",
  opNoMarks: "No error or warning points at a cell to mark",
  markNote: "DTI Sheets: {messages}",
});

export interface OperationOptions {
  lang?: Lang;
  /** The sheet to work on; by default the active sheet (every sheet of a file on the command line). */
  sheet?: string;
  edition?: EditionId;
  level?: Level;
  year?: number | null;
  /** Write over cells the user typed (the user ticked "overwrite"). */
  force?: boolean;
  mode?: "formula" | "value";
  planText?: string;
}

export interface CheckResult {
  sheet: string | null;
  /** The sheet holds nothing at all (the report then has only header-not-found). */
  empty: boolean;
  report: CheckReport;
  counts: { errors: number; warnings: number; infos: number };
}

export interface PreviewResult {
  sheet: string;
  plan: FillPlan;
}

/** What a write changed, enough to put it back: every touched cell's prior and written contents. */
export interface UndoRecord {
  /** "cells": cells written in place; "sheet": a sheet we added (undo removes it). */
  kind: "cells" | "sheet";
  sheet: string;
  cells: { address: string; row: number; col: number; before: CellState; after: CellState }[];
}

export interface MarkRecord {
  sheet: string;
  cells: MarkState[];
}

const COLORS = { error: "#F4CCCC", warning: "#FFF2CC" } as const;

function opt(o: OperationOptions) {
  return { lang: o.lang ?? "vi" } as const;
}

function requireSheets(sheets: SheetData[], name: string | undefined, lang: Lang): SheetData[] {
  if (!sheets.length) throw new Refusal("opSheetMissing", { sheet: name ?? "" }, lang);
  return sheets;
}

function requireWritable(s: SheetData, lang: Lang): void {
  if (s.protected) throw new Refusal("opSheetProtected", { sheet: s.name }, lang);
}

function isEmptyGrid(g: Grid): boolean {
  return !g.values.some((row) => row.some((v) => v !== null && v !== undefined && v !== ""));
}

/** A cell's current contents from a sheet read, by sheet position. */
function stateAt(g: Grid, row: number, col: number): CellState {
  const r = row - sheetRow(g, 0) + 1;
  const c = col - sheetCol(g, 0);
  const value = g.values[r]?.[c];
  return { value: value === undefined ? null : value, formula: g.formulas?.[r]?.[c] || null };
}

const blank = (v: Raw) => v === null || v === undefined || v === "";
const normFormula = (f: string) => f.replace(/\s+/g, "").toUpperCase();

/** Does the cell still hold what we wrote? A formula is compared as a formula (its value is the host's to compute). */
function holds(now: CellState, written: CellState): boolean {
  if (written.formula) return !!now.formula && normFormula(now.formula) === normFormula(written.formula);
  if (now.formula) return false;
  if (blank(written.value)) return blank(now.value);
  if (typeof written.value === "number" && typeof now.value === "number") return Math.abs(written.value - now.value) < 1e-9;
  if (written.value instanceof Date || now.value instanceof Date) return String(written.value) === String(now.value);
  return written.value === now.value;
}

/** Checks the active (or named) sheet: findings, counts and the projected score. One read. */
export function check(port: SheetPort, o: OperationOptions = {}): Maybe<CheckResult> {
  const { lang } = opt(o);
  return andThen(port.readSheets(o.sheet), (sheets) => {
    requireSheets(sheets, o.sheet, lang);
    const report = validateSheets(sheets.map((s) => ({ ...s.grid, name: s.name })), { edition: o.edition, level: o.level, lang, planText: o.planText });
    const count = (s: Finding["severity"]) => report.findings.filter((f) => f.severity === s).length;
    return { sheet: report.sheet, empty: sheets.every((s) => isEmptyGrid(s.grid)), report, counts: { errors: count("error"), warnings: count("warning"), infos: count("info") } };
  });
}

/** Selects a finding's cell. */
export function select(port: DocumentPort, target: { sheet: string; cell: string }): Maybe<void> {
  return port.select(target.sheet, target.cell);
}

/**
 * Colours the cell of every error and warning (infos are listed, not marked) and notes the messages,
 * leaving a note the user wrote untouched. Returns what `clearMarks` needs to put every cell back.
 */
export function mark(port: DocumentPort, input: { sheet: string; findings: readonly Finding[] }, o: OperationOptions = {}): Maybe<MarkRecord> {
  const { lang } = opt(o);
  const byCell = new Map<string, Finding[]>();
  for (const f of input.findings) {
    if (!f.cell || f.severity === "info") continue;
    byCell.set(f.cell, [...(byCell.get(f.cell) ?? []), f]);
  }
  if (!byCell.size) throw new Refusal("opNoMarks", {}, lang);
  const addresses = [...byCell.keys()];
  return andThen(port.readMarks(input.sheet, addresses), (prior) => {
    const had = new Map(prior.map((p) => [p.address, p]));
    const marks: Mark[] = addresses.map((address) => {
      const fs = byCell.get(address)!;
      const color = fs.some((f) => f.severity === "error") ? COLORS.error : COLORS.warning;
      const note = had.get(address)?.note ? null : formatMessage("markNote", { messages: fs.map((f) => f.message).join("\n") }, lang);
      return { address, color, note };
    });
    return andThen(port.writeMarks(input.sheet, marks), () => ({
      sheet: input.sheet,
      cells: marks.map((m) => ({ address: m.address, fill: had.get(m.address)?.fill ?? null, note: m.note !== null })),
    }));
  });
}

/** Puts back every marked cell's prior fill and removes only the notes `mark` added. */
export function clearMarks(port: DocumentPort, record: MarkRecord): Maybe<{ cleared: number }> {
  return andThen(port.clearMarks(record.sheet, record.cells), () => ({ cleared: record.cells.length }));
}

function fillOptions(port: SheetPort, o: OperationOptions) {
  return { edition: o.edition, year: o.year ?? null, host: port.host, mode: o.mode ?? "formula", force: o.force ?? false, lang: o.lang ?? "vi" } as const;
}

function planOn(port: SheetPort, sheets: SheetData[], o: OperationOptions): PreviewResult {
  const { lang } = opt(o);
  requireSheets(sheets, o.sheet, lang);
  if (sheets.length === 1 && isEmptyGrid(sheets[0].grid)) throw new Refusal("opSheetEmpty", { sheet: sheets[0].name }, lang);
  const chosen = planFillSheets(sheets.map((s) => ({ ...s.grid, name: s.name })), fillOptions(port, o));
  if (isFillFailure(chosen)) throw new Refusal(chosen.error === "header-not-found" ? "header-not-found" : "fillNoInputs", {}, lang);
  return { sheet: sheets[chosen.index].name, plan: chosen.plan };
}

/** Plans the fill (which cells, old → new; typed cells kept unless `force`) without writing. One read. */
export function previewFill(port: SheetPort, o: OperationOptions = {}): Maybe<PreviewResult> {
  return andThen(port.readSheets(o.sheet), (sheets) => planOn(port, sheets, o));
}

/** Writes at sheet positions. */
function toPortWrites(grid: Grid, plan: FillPlan): PortWrite[] {
  return plan.writes.map((w) => ({ address: w.address, row: sheetRow(grid, w.row) - 1, col: sheetCol(grid, w.col), formula: w.formula, value: w.formula ? w.value : w.error ? null : w.value, error: w.error, purpose: w.purpose }));
}

/**
 * Writes the fill in one batch. The plan is made again from a fresh read and must be the one the
 * user previewed (same cells, same contents), so nothing typed in between is overwritten unseen.
 */
export function applyFill(port: SheetPort, o: OperationOptions & { expected?: readonly { address: string; formula: string | null; value: Raw }[] } = {}): Maybe<UndoRecord & { plan: FillPlan }> {
  const { lang } = opt(o);
  return andThen(port.readSheets(o.sheet), (sheets) => {
    const { sheet, plan } = planOn(port, sheets, o);
    const data = sheets.find((s) => s.name === sheet)!;
    requireWritable(data, lang);
    if (o.expected) {
      const now = new Map(plan.writes.map((w) => [w.address, w]));
      const differs = o.expected.filter((e) => {
        const w = now.get(e.address);
        return !w || (w.formula ?? "") !== (e.formula ?? "") || (!w.formula && w.value !== e.value);
      }).map((e) => e.address);
      const extra = plan.writes.filter((w) => !o.expected!.some((e) => e.address === w.address)).map((w) => w.address);
      if (differs.length || extra.length) throw new Refusal("opChangedSincePreview", { cells: [...differs, ...extra].slice(0, 8).join(", ") }, lang);
    }
    const writes = toPortWrites(data.grid, plan);
    const record: UndoRecord & { plan: FillPlan } = {
      kind: "cells",
      sheet,
      plan,
      cells: writes.map((w, i) => ({ address: w.address, row: w.row, col: w.col, before: plan.writes[i].before, after: { formula: w.formula, value: w.formula ? null : w.value } })),
    };
    return andThen(port.writeCells(sheet, writes), () => record);
  });
}

/**
 * Undoes a write: first re-reads the touched cells, and if any no longer holds what was written
 * (the user edited it since), writes nothing and names them. A sheet we added is removed.
 */
export function undo(port: DocumentPort | SheetPort, record: UndoRecord, o: OperationOptions = {}): Maybe<{ restored: number }> {
  const { lang } = opt(o);
  return andThen(port.readSheets(record.sheet), (sheets) => {
    const s = sheets.find((x) => x.name === record.sheet);
    if (!s) throw new Refusal("opSheetMissing", { sheet: record.sheet }, lang);
    const changed = record.cells.filter((c) => !holds(stateAt(s.grid, c.row, c.col), c.after)).map((c) => c.address);
    if (changed.length) throw new Refusal("opChangedSinceApply", { cells: changed.slice(0, 8).join(", ") + (changed.length > 8 ? " …" : "") }, lang);
    if (record.kind === "sheet") return andThen((port as DocumentPort).deleteSheet(record.sheet), () => ({ restored: record.cells.length }));
    requireWritable(s, lang);
    const writes: PortWrite[] = record.cells.map((c) => ({ address: c.address, row: c.row, col: c.col, formula: c.before.formula, value: c.before.value }));
    return andThen(port.writeCells(record.sheet, writes), () => ({ restored: writes.length }));
  });
}

function sheetRecord(name: string, cells: readonly PortWrite[]): UndoRecord {
  return {
    kind: "sheet",
    sheet: name,
    cells: cells.map((c) => ({ address: c.address, row: c.row, col: c.col, before: { value: null, formula: null }, after: { formula: c.formula, value: c.formula ? null : c.value } })),
  };
}

/** Adds a ready input sheet for an edition, with live score formulas and totals. Undo removes it while unchanged. */
export function insertTemplate(port: SheetAdder, o: OperationOptions = {}): Maybe<UndoRecord> {
  const spec = planTemplateSheet(o.edition ?? "draft-2025", port.host, o.lang ?? "vi");
  return andThen(port.addSheet(spec), (name) => sheetRecord(name, spec.cells));
}

/** Points per pillar from the scored rows (a table need not have pillar headings to be charted). */
function pillarSums(plan: FillPlan): Record<string, number | null> {
  const sums: Record<string, number | null> = {};
  for (const r of plan.rows) {
    if (r.points === null || !r.code) continue;
    const ind = resolveIndicator(r.code, plan.edition);
    if (ind instanceof CellError) continue;
    const k = String(ind.indicator.pillar);
    sums[k] = round2((sums[k] ?? 0) + r.points);
  }
  return sums;
}

/**
 * Charts points per pillar against the pillar maxima on a new sheet: the scores the sheet's inputs
 * earn, or, for an appendix, the projected 2026 points if every target is met exactly.
 */
export function chart(port: DocumentPort, o: OperationOptions = {}): Maybe<UndoRecord> {
  const { lang } = opt(o);
  return andThen(port.readSheets(o.sheet), (sheets) => {
    requireSheets(sheets, o.sheet, lang);
    const grids = sheets.map((s) => ({ ...s.grid, name: s.name }));
    const filled = planFillSheets(grids, { ...fillOptions(port, o), mode: "value" });
    let source: { edition: EditionId; pillars: Record<string, number | null>; sheet: string } | null = null;
    if (!isFillFailure(filled) && filled.plan.rows.some((r) => r.points !== null)) {
      source = { edition: filled.plan.edition, pillars: pillarSums(filled.plan), sheet: sheets[filled.index].name };
    } else {
      const report = validateSheets(grids, { edition: o.edition, level: o.level, lang });
      const p = report.projection["2026"] ?? Object.values(report.projection)[0];
      if (p && report.edition && Object.values(p.pillars).some((v) => v !== null)) source = { edition: report.edition, pillars: p.pillars, sheet: report.sheet ?? "" };
    }
    if (!source) throw new Refusal("opNoChartData", {}, lang);
    const spec = planChartSheet(source.edition, source.pillars, source.sheet, lang);
    return andThen(port.addSheet(spec), (name) => sheetRecord(name, spec.cells));
  });
}

registerMessages("vi", { opNoTable: "Văn bản {file} không có bảng nào để nhập", importSheet: "Phụ lục từ Word" });
registerMessages("en", { opNoTable: "The document {file} holds no table to import", importSheet: "Appendix from Word" });

/** A sheet's name as spreadsheets allow it: at most 31 characters, none of : \\ / ? * [ ]. */
function sheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, " ").replace(/\s+/g, " ").trim().slice(0, 31) || "DTI";
}

/**
 * Adds a document's appendix as a new sheet: of the tables read from it (a Word plan's motto, signature and
 * appendix tables), the one the checker reads most indicators from, its title rows above it. One batch;
 * undo removes the sheet while unchanged.
 */
export function importTable(port: SheetAdder, input: { tables: readonly Grid[]; file: string }, o: OperationOptions = {}): Maybe<UndoRecord & { rows: number }> {
  const lang = o.lang ?? "vi";
  const tables = input.tables.filter((t) => t.values.length);
  if (!tables.length) throw new Refusal("opNoTable", { file: input.file }, lang);
  const best = validateSheets(tables, { edition: o.edition, level: o.level, lang });
  const grid = tables.find((t) => t.name === best.sheet) ?? tables[0];
  const spec = gridSheet(grid, sheetName(input.file.replace(/\.docx$/i, "") || formatMessage("importSheet", {}, lang)));
  return andThen(port.addSheet(spec), (name) => ({ ...sheetRecord(name, spec.cells), rows: grid.values.length }));
}

/** Every operation a pane calls, by name: the pane's backend has exactly this shape (in-process in Excel, over google.script.run in Sheets). */
export const OPERATIONS = { check, select, mark, clearMarks, previewFill, applyFill, undo, insertTemplate, chart, importTable } as const satisfies Record<OperationName, unknown>;
export type { OperationName };
