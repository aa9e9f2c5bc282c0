// A sheet as the core sees it: values (and formulas) in rows, merged areas, A1 addresses. No host types.
import { memoText, type Raw } from "./values";

export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Grid {
  /** Sheet name, for reports. */
  name?: string;
  /** Cell values, row by row, 0-based; shorter rows mean empty cells. */
  values: Raw[][];
  /** Formulas without their values (e.g. "=SUM(F5:F10)"), where the host has them. */
  formulas?: (string | null | undefined)[][];
  merges?: Area[];
  /** Where values[0][0] sits in the sheet (0-based), when the host read a range not starting at A1. */
  origin?: { row: number; col: number };
}

/** "A" for column 0, "AB" for column 27: the one conversion from column numbers to letters. */
export function columnLetter(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** 0 for "A", 27 for "AB" (any letter case): the one conversion from letters to column numbers. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + ((letters.charCodeAt(i) & ~32) - 64);
  return n - 1;
}

/** The 1-based sheet row of a grid row (the grid may start below row 1). */
export function sheetRow(grid: Grid, row: number): number {
  return row + 1 + (grid.origin?.row ?? 0);
}

/** The 0-based sheet column of a grid column (the grid may start right of column A). */
export function sheetCol(grid: Grid, col: number): number {
  return col + (grid.origin?.col ?? 0);
}

/** "C7" for the 0-based sheet position (6, 2). */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** "C7" for grid row 6, column 2 (taking the grid's origin into account). */
export function address(grid: Grid, row: number, col: number): string {
  return `${columnLetter(sheetCol(grid, col))}${sheetRow(grid, row)}`;
}

/** "A1:C9" for a 0-based area of sheet positions. */
export function areaAddress(a: Area): string {
  return `${cellAddress(a.top, a.left)}:${cellAddress(a.bottom, a.right)}`;
}

/** Parses "A1:B2" (or "A1") into a 0-based area. */
export function parseArea(ref: string): Area | null {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(ref.trim());
  if (!m) return null;
  const top = Number(m[2]) - 1;
  const left = columnIndex(m[1]);
  return { top, left, bottom: m[4] ? Number(m[4]) - 1 : top, right: m[3] ? columnIndex(m[3]) : left };
}

/** A cell's text as a table reads it: composed Unicode, whitespace (line breaks too) folded, trimmed. */
const cellText = memoText((v: string) => v.normalize("NFC").replace(/\s+/g, " ").trim());

/** Reads cells with merged areas resolved: every cell of a merge reads its top-left cell. */
export class GridReader {
  readonly rowCount: number;
  readonly colCount: number;
  private readonly master = new Map<number, number>();
  private readonly areaOf = new Map<number, Area>();

  constructor(readonly grid: Grid) {
    this.rowCount = grid.values.length;
    this.colCount = grid.values.reduce((m, r) => Math.max(m, r.length), 0);
    const o = grid.origin ?? { row: 0, col: 0 };
    for (const a of grid.merges ?? []) {
      const area = { top: a.top - o.row, left: a.left - o.col, bottom: a.bottom - o.row, right: a.right - o.col };
      for (let r = Math.max(area.top, 0); r <= area.bottom; r++) {
        for (let c = Math.max(area.left, 0); c <= area.right; c++) {
          const k = this.key(r, c);
          this.areaOf.set(k, area);
          if (r !== area.top || c !== area.left) this.master.set(k, this.key(area.top, area.left));
        }
      }
    }
  }

  private key(r: number, c: number): number {
    return r * 16384 + c;
  }

  /** The value shown in a cell; a merged cell shows its area's top-left value. */
  value(r: number, c: number): Raw {
    const m = this.master.get(this.key(r, c));
    if (m !== undefined) {
      const mr = Math.floor(m / 16384);
      return this.grid.values[mr]?.[m % 16384] ?? null;
    }
    return this.grid.values[r]?.[c] ?? null;
  }

  /** The value as text, trimmed, inner whitespace (and line breaks) folded to single spaces. */
  text(r: number, c: number): string {
    const v = this.value(r, c);
    if (v === null || v === undefined) return "";
    if (typeof v === "string") return cellText(v);
    if (typeof v === "number") return String(v);
    if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    return String(v);
  }

  formula(r: number, c: number): string | null {
    return this.grid.formulas?.[r]?.[c] ?? null;
  }

  /** True for cells of a merged area other than its top-left cell. */
  isCovered(r: number, c: number): boolean {
    return this.master.has(this.key(r, c));
  }

  area(r: number, c: number): Area | undefined {
    return this.areaOf.get(this.key(r, c));
  }

  /** The distinct non-empty texts of a row, left to right, each merged area once. */
  rowTexts(r: number): { col: number; text: string }[] {
    const out: { col: number; text: string }[] = [];
    for (let c = 0; c < this.colCount; c++) {
      if (this.isCovered(r, c) && this.area(r, c)!.top === r) continue;
      if (this.isCovered(r, c) && this.area(r, c)!.left !== c) continue;
      const t = this.text(r, c);
      if (t) out.push({ col: c, text: t });
    }
    return out;
  }

  address(r: number, c: number): string {
    return address(this.grid, r, c);
  }

  /** The 1-based sheet row of grid row r (the grid may start below row 1). */
  sheetRow(r: number): number {
    return sheetRow(this.grid, r);
  }

  /** The text of the rows above `row` (a table's title), joined by spaces. */
  textAbove(row: number): string {
    return Array.from({ length: Math.max(0, row) }, (_, r) => this.rowTexts(r).map((t) => t.text).join(" ")).join(" ");
  }
}
