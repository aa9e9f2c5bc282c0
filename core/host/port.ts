// What a spreadsheet host must do for the operations: read a sheet once, write one batch, mark, add a sheet.
import type { Grid } from "../grid";
import type { Host, PortWrite } from "../fill";
import type { NewSheet } from "../template";

export type { PortWrite } from "../fill";
export type { ChartSpec, NewSheet, SheetLook } from "../template";

/**
 * A port answers plain values (Apps Script, an in-memory grid) or promises (Excel's `Excel.run`).
 * Operations stay synchronous with a synchronous port, because an Apps Script server function must
 * return its result synchronously to reach the sidebar.
 */
export type Maybe<T> = T | Promise<T>;

function isPromise<T>(v: Maybe<T>): v is Promise<T> {
  return typeof (v as Promise<T> | null)?.then === "function";
}

/** Runs `f` on a value now (not named `then`: a module exporting `then` is a thenable), or on a promise's value when it settles. */
export function andThen<T, U>(v: Maybe<T>, f: (t: T) => Maybe<U>): Maybe<U> {
  return isPromise(v) ? v.then(f) : f(v);
}

export interface SheetData {
  name: string;
  /** The used range: values, formulas and merged areas, with its origin in the sheet. */
  grid: Grid;
  protected: boolean;
}

/** A cell's marking state before a mark: its fill (null: no fill) and whether it holds a note/comment. */
export interface MarkState {
  address: string;
  fill: string | null;
  note: boolean;
}

export interface Mark {
  address: string;
  color: string;
  /** The note to attach; null leaves the cell's own note alone. */
  note: string | null;
}

/** Reading and writing cells: all the command line needs. */
export interface SheetPort {
  readonly host: Host;
  /** The named sheet, or the sheets to consider: the active one in a spreadsheet, every one in a file. */
  readSheets(name?: string): Maybe<SheetData[]>;
  /** Writes every cell in one batch; cells the list does not name are not touched. */
  writeCells(sheet: string, writes: readonly PortWrite[]): Maybe<void>;
}

/** Adding a whole sheet: the panes' spreadsheets, and a workbook file being built. */
export interface SheetAdder {
  readonly host: Host;
  /** Adds the sheet under its name, or the name with " (2)", " (3)" … when taken; returns the name used. */
  addSheet(spec: NewSheet): Maybe<string>;
}

/** What the panes need besides: select, mark and unmark, add and remove sheets. */
export interface DocumentPort extends SheetPort, SheetAdder {
  select(sheet: string, address: string): Maybe<void>;
  readMarks(sheet: string, addresses: readonly string[]): Maybe<MarkState[]>;
  writeMarks(sheet: string, marks: readonly Mark[]): Maybe<void>;
  /** Puts back each cell's prior fill (null: no fill) and removes the note where `note` is true (the one we added). */
  clearMarks(sheet: string, cells: readonly MarkState[]): Maybe<void>;
  deleteSheet(name: string): Maybe<void>;
}

/** A name not yet in `taken`: "Mẫu DTI", then "Mẫu DTI (2)" … (Excel and Sheets compare names case-insensitively). */
export function uniqueSheetName(name: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  if (!lower.has(name.toLowerCase())) return name;
  for (let i = 2; ; i++) {
    const n = `${name} (${i})`;
    if (!lower.has(n.toLowerCase())) return n;
  }
}
