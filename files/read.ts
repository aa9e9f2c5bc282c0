// The workbook-file host's port: reads .xlsx sheets into grids with ExcelJS (refusing bad files with a
// clear reason), keeps the operations' writes, and saves them into the original package losslessly.
import ExcelJS from "exceljs";
import { registerMessages } from "../core/i18n";
import { Refusal } from "../core/errors";
import { readRegularFile } from "./disk";
import { writeCellsInPackage } from "./write";
import { boundPackage, inspectPackage, LIMITS } from "./package";
import { parseArea, type Grid } from "../core/grid";
import type { PortWrite, SheetData, SheetPort } from "../core/host/port";
import type { Raw } from "../core/values";

registerMessages("vi", {
  notFound: "Không tìm thấy tệp {file}",
  empty: "Tệp {file} rỗng (0 byte)",
  notXlsx: "Tệp {file} không phải bảng tính .xlsx; hãy mở bằng Excel và lưu lại dạng \"Excel Workbook (.xlsx)\"",
  encrypted: "Tệp {file} được đặt mật khẩu hoặc là định dạng .xls cũ; hãy bỏ mật khẩu và lưu lại dạng .xlsx",
  corrupt: "Tệp {file} bị hỏng, không đọc được như một bảng tính .xlsx",
  sheetNotFound: "Không có trang tính '{sheet}' trong {file}; các trang tính: {sheets}",
});
registerMessages("en", {
  notFound: "File {file} not found",
  empty: "File {file} is empty (0 bytes)",
  notXlsx: "File {file} is not an .xlsx workbook; open it in Excel and save it as \"Excel Workbook (.xlsx)\"",
  encrypted: "File {file} is password-protected or an old .xls; remove the password and save it as .xlsx",
  corrupt: "File {file} is damaged and cannot be read as an .xlsx workbook",
  sheetNotFound: "There is no sheet '{sheet}' in {file}; its sheets: {sheets}",
});

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Worksheet parts a grid never reads (values, formulas and merges are all it needs): skipped, about 20 % faster. */
const NOT_READ = ["dataValidations", "sheetPr", "pageSetup", "conditionalFormatting", "hyperlinks", "printOptions", "pageMargins", "headerFooter", "rowBreaks", "autoFilter", "picture", "drawing", "legacyDrawing", "tableParts", "extLst", "sheetViews", "sheetFormatPr", "cols", "sheetProtection"];

export interface LoadedWorkbook {
  wb: ExcelJS.Workbook;
  /** The file's bytes as read: the lossless writer edits these. */
  bytes: Buffer;
  macro: boolean;
}

/**
 * Reads a workbook file: a regular file within the size limit, an OOXML package (not an encrypted or
 * old .xls container), unpacking within the stated limits, with every sheet bounded to its data.
 */
export async function loadWorkbookFile(file: string): Promise<LoadedWorkbook> {
  const bytes = await readRegularFile(file, LIMITS.fileBytes, "vi");
  if (bytes.length === 0) throw new Refusal("empty", { file });
  if (bytes.subarray(0, 8).equals(OLE)) throw new Refusal("encrypted", { file });
  if (!bytes.subarray(0, 4).equals(ZIP)) throw new Refusal("notXlsx", { file });
  const facts = { needsBounding: false, macro: false };
  const problem = inspectPackage(bytes, facts);
  if (problem) throw new Refusal(problem.key, { ...problem.params, file });
  const wb = new ExcelJS.Workbook();
  let macro = false;
  try {
    // Unzipped again only when a sheet has something to clip; most workbooks go straight to the reader.
    const bounded = facts.needsBounding ? await boundPackage(bytes) : { bytes, macro: facts.macro };
    macro = bounded.macro;
    await wb.xlsx.load(bounded.bytes as unknown as ArrayBuffer, { ignoreNodes: NOT_READ } as unknown as ExcelJS.XlsxReadOptions);
  } catch (e) {
    throw new Refusal("corrupt", { file, detail: e instanceof Error ? e.message : String(e) });
  }
  return { wb, bytes, macro };
}

export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  return (await loadWorkbookFile(file)).wb;
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

/** A worksheet as a grid: values, formulas and merged areas; only the cells that exist are visited. */
export function sheetToGrid(ws: ExcelJS.Worksheet): Grid {
  const values: Raw[][] = [];
  const formulas: (string | null)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const vs: Raw[] = [];
    const fs: (string | null)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // Non-master cells of a merge read the master's value in ExcelJS; the grid keeps only the master's.
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const { value, formula } = cellValue(cell.value);
      vs[c - 1] = value;
      fs[c - 1] = formula;
    });
    values[r - 1] = Array.from(vs, (v) => (v === undefined ? null : v));
    formulas[r - 1] = Array.from(fs, (f) => f ?? null);
  });
  for (let r = 0; r < values.length; r++) {
    values[r] ??= [];
    formulas[r] ??= [];
  }
  const merges = ((ws.model as { merges?: string[] }).merges ?? []).map((m) => parseArea(m)).filter((a) => a !== null);
  return { name: ws.name, values, formulas, merges };
}

/** A workbook file as a port: sheets read through ExcelJS; writes kept, then saved into the original package (files/write.ts). */
export class XlsxPort implements SheetPort {
  readonly host = "xlsx" as const;
  /** What the operations wrote, per sheet, in order. */
  readonly written: { sheet: string; writes: PortWrite[] }[] = [];
  constructor(private readonly sheets: readonly ExcelJS.Worksheet[], private readonly bytes: Buffer = Buffer.alloc(0)) {}

  readSheets(name?: string): SheetData[] {
    const chosen = name ? this.sheets.filter((s) => s.name === name) : this.sheets;
    return chosen.map((ws) => ({ name: ws.name, grid: sheetToGrid(ws), protected: false }));
  }

  writeCells(sheet: string, writes: readonly PortWrite[]): void {
    this.written.push({ sheet, writes: [...writes] });
  }

  /** The workbook's bytes with the first write applied to its sheet's XML and every other part as it was. */
  save(): Promise<Buffer> {
    const first = this.written[0];
    return first ? writeCellsInPackage(this.bytes, first.sheet, first.writes) : Promise.resolve(this.bytes);
  }
}

export interface OpenedWorkbook {
  port: XlsxPort;
  /** Whether the package holds macros (its output must stay .xlsm). */
  macro: boolean;
}

/** A workbook file as a port over the named sheet, or over every sheet; refuses a sheet it does not have. */
export async function openWorkbook(file: string, sheet?: string): Promise<OpenedWorkbook> {
  const { wb, bytes, macro } = await loadWorkbookFile(file);
  const names = wb.worksheets.map((w) => w.name);
  const chosen = sheet ? wb.worksheets.filter((w) => w.name === sheet) : wb.worksheets;
  if (sheet && !chosen.length) throw new Refusal("sheetNotFound", { sheet, file, sheets: names.join(", ") });
  return { port: new XlsxPort(chosen, bytes), macro };
}
