// The SpreadsheetApp side of the operations: one getValues and one getFormulas per read, one setValues per rectangle written.
import { columnLetter, parseArea, type Grid } from "../core/grid";
import { cellInput, localeFormula, toBlocks } from "../core/host/blocks";
import { uniqueSheetName, type DocumentPort, type Mark, type MarkState, type NewSheet, type PortWrite, type SheetData } from "../core/host/port";
import type { Raw } from "../core/values";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Sheets reports "no fill" as white; an explicit white fill cannot be told apart and is treated as none. */
const NO_FILL = /^#ffffff$/i;

function bounds(addresses: readonly string[]) {
  const areas = addresses.map((a) => parseArea(a)!);
  const top = Math.min(...areas.map((a) => a.top));
  const left = Math.min(...areas.map((a) => a.left));
  const bottom = Math.max(...areas.map((a) => a.bottom));
  const right = Math.max(...areas.map((a) => a.right));
  return { top, left, rows: bottom - top + 1, cols: right - left + 1, areas };
}

export class SheetsPort implements DocumentPort {
  readonly host = "sheets" as const;

  constructor(private readonly book: GoogleAppsScript.Spreadsheet.Spreadsheet = SpreadsheetApp.getActiveSpreadsheet()) {}

  private sheet(name: string): Sheet {
    const s = this.book.getSheetByName(name);
    if (!s) throw new Error(`sheet '${name}' not found`);
    return s;
  }

  readSheets(name?: string): SheetData[] {
    const sh = name ? this.book.getSheetByName(name) : this.book.getActiveSheet();
    if (!sh) return [];
    const range = sh.getDataRange();
    const values = range.getValues() as Raw[][];
    const formulas = range.getFormulas().map((row) => row.map((f) => (f ? f : null)));
    const merges = range.getMergedRanges().map((m) => ({ top: m.getRow() - 1, left: m.getColumn() - 1, bottom: m.getLastRow() - 1, right: m.getLastColumn() - 1 }));
    const grid: Grid = { name: sh.getName(), values, formulas, merges };
    const locked = sh.getProtections(SpreadsheetApp.ProtectionType.SHEET).some((p) => !p.canEdit());
    return [{ name: sh.getName(), grid, protected: locked }];
  }

  writeCells(sheet: string, writes: readonly PortWrite[]): void {
    const sh = this.sheet(sheet);
    this.setBlocks(sh, writes);
    this.reparseInLocale(sh, writes.filter((w) => w.formula));
  }

  /** setValues, never setFormulas, on blocks of cells we own: "=…" strings become formulas, and nothing else is rewritten. */
  private setBlocks(sh: Sheet, writes: readonly PortWrite[]): void {
    for (const b of toBlocks(writes)) sh.getRange(b.top + 1, b.left + 1, b.cells.length, b.cells[0].length).setValues(b.cells.map((row) => row.map((w) => cellInput(w))));
  }

  /**
   * Whether Sheets reads a formula written by setValues in the spreadsheet's locale is not documented. In a
   * decimal-comma locale, formulas that did not parse (#ERROR!) are written again in the locale's form (";"
   * between arguments); one that fails both ways (a custom function's own error shows #ERROR! too) gets the
   * invariant form back. One read of the written area; writes only where a formula did not parse.
   */
  private reparseInLocale(sh: Sheet, formulas: readonly PortWrite[]): void {
    if (!formulas.length || !/^(vi|de|fr|es|it|pt|ru|id|nl|pl|tr|cs|sv|da|fi|nb|uk|ro|hu)/i.test(this.book.getSpreadsheetLocale())) return;
    const failed = (ws: readonly PortWrite[]) => {
      const b = bounds(ws.map((w) => w.address));
      const values = sh.getRange(b.top + 1, b.left + 1, b.rows, b.cols).getValues();
      return ws.filter((w) => values[w.row - b.top]?.[w.col - b.left] === "#ERROR!");
    };
    const unparsed = failed(formulas);
    if (!unparsed.length) return;
    this.setBlocks(sh, unparsed.map((w) => ({ ...w, formula: localeFormula(w.formula!) })));
    const still = failed(unparsed);
    if (still.length) this.setBlocks(sh, still);
  }

  select(sheet: string, address: string): void {
    const sh = this.sheet(sheet);
    sh.activate();
    sh.getRange(address).activate();
  }

  readMarks(sheet: string, addresses: readonly string[]): MarkState[] {
    const sh = this.sheet(sheet);
    const b = bounds(addresses);
    const range = sh.getRange(b.top + 1, b.left + 1, b.rows, b.cols);
    const fills = range.getBackgrounds();
    const notes = range.getNotes();
    return addresses.map((address, i) => {
      const a = b.areas[i];
      const fill = fills[a.top - b.top][a.left - b.left];
      return { address, fill: !fill || NO_FILL.test(fill) ? null : fill, note: notes[a.top - b.top][a.left - b.left] !== "" };
    });
  }

  writeMarks(sheet: string, marks: readonly Mark[]): void {
    const sh = this.sheet(sheet);
    const byColor = new Map<string, string[]>();
    for (const m of marks) byColor.set(m.color, [...(byColor.get(m.color) ?? []), m.address]);
    for (const [color, addresses] of byColor) sh.getRangeList(addresses).setBackground(color);
    const noted = marks.filter((m) => m.note !== null).map((m) => ({ address: m.address, ...parseArea(m.address)!, note: m.note! }));
    const blocks = toBlocks(noted.map((n) => ({ address: n.address, row: n.top, col: n.left, formula: null, value: n.note })));
    for (const b of blocks) sh.getRange(b.top + 1, b.left + 1, b.cells.length, b.cells[0].length).setNotes(b.cells.map((row) => row.map((c) => String(c.value))));
  }

  clearMarks(sheet: string, cells: readonly MarkState[]): void {
    const sh = this.sheet(sheet);
    const byFill = new Map<string | null, string[]>();
    for (const c of cells) byFill.set(c.fill, [...(byFill.get(c.fill) ?? []), c.address]);
    for (const [fill, addresses] of byFill) sh.getRangeList(addresses).setBackground(fill);
    const noted = cells.filter((c) => c.note).map((c) => c.address);
    if (noted.length) sh.getRangeList(noted).clearNote();
  }

  addSheet(spec: NewSheet): string {
    const name = uniqueSheetName(spec.name, this.book.getSheets().map((s) => s.getName()));
    const sh = this.book.insertSheet(name);
    const matrix: (string | number | boolean | Date)[][] = Array.from({ length: spec.rows }, () => new Array(spec.cols).fill(""));
    for (const c of spec.cells) matrix[c.row][c.col] = cellInput(c);
    const all = sh.getRange(1, 1, spec.rows, spec.cols);
    all.setValues(matrix);
    all.setWrap(true).setVerticalAlignment("top");
    for (const m of spec.merges) sh.getRange(m.top + 1, m.left + 1, m.bottom - m.top + 1, m.right - m.left + 1).merge();
    // Sheets measures widths in pixels: about seven per character.
    spec.widths.forEach((w, i) => sh.setColumnWidth(i + 1, w * 7));
    if (spec.boldRows.length) sh.getRangeList(spec.boldRows.map((r) => `A${r + 1}:${columnLetter(spec.cols - 1)}${r + 1}`)).setFontWeight("bold");
    if (spec.freeze) {
      sh.setFrozenRows(spec.freeze.rows);
      sh.setFrozenColumns(spec.freeze.cols);
    }
    if (spec.chart) {
      const r = spec.chart.range;
      const anchor = parseArea(spec.chart.anchor)!;
      const chart = sh.newChart().asColumnChart()
        .setTitle(spec.chart.title)
        .addRange(sh.getRange(r.top + 1, r.left + 1, r.bottom - r.top + 1, r.right - r.left + 1))
        .setPosition(anchor.top + 1, anchor.left + 1, 0, 0)
        .build();
      sh.insertChart(chart);
    }
    sh.activate();
    return name;
  }

  deleteSheet(name: string): void {
    this.book.deleteSheet(this.sheet(name));
  }
}
