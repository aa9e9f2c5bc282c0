// Reads .xlsx sheets into grids and applies write plans, with ExcelJS; refuses bad files with a clear reason.
import ExcelJS from "exceljs";
import { open, stat } from "node:fs/promises";
import type { Grid } from "../core/grid";
import { parseArea } from "../core/grid";
import type { PortWrite, SheetData, SheetPort } from "../core/host/port";
import type { Raw } from "../core/values";

export type FileProblem = "notFound" | "empty" | "notXlsx" | "encrypted" | "corrupt";

export class FileError extends Error {
  constructor(readonly problem: FileProblem, readonly file: string, readonly detail = "") {
    super(`${problem}: ${file}`);
  }
}

/** Looks at the first bytes: .xlsx is a zip; an encrypted workbook (or an old .xls) is an OLE container. */
async function sniff(file: string): Promise<void> {
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch {
    throw new FileError("notFound", file);
  }
  if (size === 0) throw new FileError("empty", file);
  const fh = await open(file, "r");
  try {
    const buf = Buffer.alloc(8);
    await fh.read(buf, 0, 8, 0);
    if (buf.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return;
    if (buf.equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) throw new FileError("encrypted", file);
    throw new FileError("notXlsx", file);
  } finally {
    await fh.close();
  }
}

export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  await sniff(file);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(file);
  } catch (e) {
    throw new FileError("corrupt", file, e instanceof Error ? e.message : String(e));
  }
  return wb;
}

function cellValue(v: ExcelJS.CellValue): { value: Raw; formula: string | null } {
  if (v === null || v === undefined) return { value: null, formula: null };
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return { value: v, formula: null };
  if (v instanceof Date) return { value: v, formula: null };
  if (typeof v === "object") {
    if ("richText" in v && Array.isArray(v.richText)) return { value: v.richText.map((r) => r.text).join(""), formula: null };
    if ("formula" in v || "sharedFormula" in v) {
      const f = "formula" in v && v.formula ? `=${v.formula}` : null;
      const result = (v as { result?: ExcelJS.CellValue }).result;
      const inner = result === undefined ? { value: null } : cellValue(result);
      return { value: inner.value, formula: f };
    }
    if ("text" in v && typeof (v as { text: unknown }).text === "string") return { value: (v as { text: string }).text, formula: null };
    if ("error" in v) return { value: String((v as { error: unknown }).error), formula: null };
  }
  return { value: String(v), formula: null };
}

/** A worksheet as a grid: values, formulas and merged areas. */
export function sheetToGrid(ws: ExcelJS.Worksheet): Grid {
  const values: Raw[][] = [];
  const formulas: (string | null)[][] = [];
  const rowCount = ws.rowCount;
  const colCount = ws.columnCount;
  for (let r = 1; r <= rowCount; r++) {
    const row = ws.getRow(r);
    const vs: Raw[] = [];
    const fs: (string | null)[] = [];
    for (let c = 1; c <= colCount; c++) {
      const cell = row.getCell(c);
      // Non-master cells of a merge read the master's value in ExcelJS; the grid keeps only the master's.
      const isMerged = cell.isMerged && cell.master.address !== cell.address;
      const { value, formula } = isMerged ? { value: null, formula: null } : cellValue(cell.value);
      vs.push(value);
      fs.push(formula);
    }
    values.push(vs);
    formulas.push(fs);
  }
  const merges = ((ws.model as { merges?: string[] }).merges ?? []).map((m) => parseArea(m)).filter((a) => a !== null);
  return { name: ws.name, values, formulas, merges };
}

/** A workbook file as a port: the sheets to consider are read through ExcelJS; writes go into the in-memory workbook. */
export class XlsxPort implements SheetPort {
  readonly host = "xlsx" as const;
  constructor(private readonly sheets: readonly ExcelJS.Worksheet[]) {}

  readSheets(name?: string): SheetData[] {
    const chosen = name ? this.sheets.filter((s) => s.name === name) : this.sheets;
    return chosen.map((ws) => ({ name: ws.name, grid: sheetToGrid(ws), protected: false }));
  }

  writeCells(sheet: string, writes: readonly PortWrite[]): void {
    const ws = this.sheets.find((s) => s.name === sheet)!;
    for (const w of writes) {
      const cell = ws.getCell(w.address);
      const error = w.error ? { error: w.error.code as ExcelJS.CellErrorValue["error"] } : null;
      if (w.formula) {
        cell.value = { formula: w.formula.slice(1), result: error ?? (w.value as number | string | null) } as ExcelJS.CellFormulaValue;
      } else {
        cell.value = error ?? ((w.value ?? null) as ExcelJS.CellValue);
      }
      if (w.error) cell.note = w.error.message;
      if (w.purpose === "header" || w.purpose === "label" || w.purpose === "grand-total" || w.purpose === "pillar-total") cell.font = { ...(cell.font ?? {}), bold: true };
      if (w.purpose === "dti") cell.numFmt = "0.0000";
      else if (w.purpose && w.purpose !== "header" && w.purpose !== "label") cell.numFmt = "0.00";
    }
  }
}
