// `dti check` and `dti fill` over .xlsx workbooks: read with ExcelJS, check or plan in the core, write back.
import type ExcelJS from "exceljs";
import { resolveEdition, type EditionId } from "../core/catalog";
import { CellError } from "../core/errors";
import type { FillPlan } from "../core/fill";
import { applyFill, OperationError, previewFill, type PreviewResult } from "../core/host/operations";
import { checkMany, defaultJobs, expandInputs } from "./desk";
import { buildSummary } from "./summary";
import { formatMessage, formatNumber, registerMessages, type Lang } from "../core/i18n";
import { buildTemplate, TEMPLATE_WIDTHS } from "../core/template";
import { htmlReport, textSummary } from "./report";
import type { Io } from "./score";
import { PlanError, readPlanText } from "./plan";
import { checkOutput, FileRefusal, writeAtomic } from "./files";
import { writeCellsInPackage, WriteRefusal } from "./ooxml-writer";
import "./package";
import { FileError, loadWorkbookFile, XlsxPort, type LoadedWorkbook } from "./xlsx";

registerMessages("vi", {
  badLevel: "Cấp '{level}' không hợp lệ; dùng province (tỉnh), district (huyện) hoặc commune (xã)",
  checkUsage: "Cách dùng: dti check TỆP.xlsx|THƯ_MỤC… [--summary TỔNG-HỢP.xlsx] [--recursive] [--jobs N] [--sheet TÊN] [--edition BỘ] [--level province|district|commune] [--plan KẾ_HOẠCH.docx|.txt] [--json] [--html RA.html]",
  planFormat: "Không đọc được kế hoạch {file}: hãy dùng tệp .docx hoặc .txt (PDF và .doc cũ: lưu lại dạng .docx)",
  fillUsage: "Cách dùng: dti fill TỆP.xlsx -o RA.xlsx [--values] [--sheet TÊN] [--edition BỘ] [--year NĂM] [--force]",
  fillSameFile: "Tệp kết quả trùng tệp gốc; chọn tên khác (hoặc thêm --force để ghi đè tệp gốc)",
  fillConflicts: "Có {count} ô người dùng đã nhập sẽ bị ghi đè: {cells}. Không ghi gì. Thêm --force nếu đồng ý ghi đè.",
  fillDone: "Đã ghi {file}: {scored}/{rows} chỉ số có điểm; tổng {total} điểm; DTI {dti}",
  fillRowError: "  Dòng {row} ({code}): {error}",
  htmlWritten: "Đã ghi báo cáo {file}",
  summaryWritten: "Đã ghi bảng tổng hợp {file}: {count} tệp",
  badJobs: "--jobs '{jobs}' không hợp lệ; dùng một số từ 1 đến 256",
  cannotWrite: "Không ghi được tệp {file}: kiểm tra thư mục có tồn tại và có quyền ghi, tệp không đang mở trong Excel",
  cannotBuild: "Không tạo được nội dung cho {file}: {reason}",
  templateUsage: "Cách dùng: dti template -o MẪU.xlsx [--edition BỘ] [--lang vi|en]",
  templateExists: "Tệp {file} đã có; chọn tên khác hoặc thêm --force để ghi đè",
  templateDone: "Đã ghi mẫu {file}: {count} chỉ số. Nhập số liệu a, b, c, d rồi chạy: dti fill {file} -o KẾT_QUẢ.xlsx",
});
registerMessages("en", {
  badLevel: "Level '{level}' is not valid; use province, district or commune",
  checkUsage: "Usage: dti check FILE.xlsx|FOLDER… [--summary SUMMARY.xlsx] [--recursive] [--jobs N] [--sheet NAME] [--edition E] [--level province|district|commune] [--plan PLAN.docx|.txt] [--json] [--html OUT.html]",
  planFormat: "Cannot read the plan {file}: use a .docx or .txt file (PDF and old .doc: save as .docx)",
  fillUsage: "Usage: dti fill FILE.xlsx -o OUT.xlsx [--values] [--sheet NAME] [--edition E] [--year Y] [--force]",
  fillSameFile: "The output is the input file; choose another name (or add --force to overwrite the original)",
  fillConflicts: "{count} cells the user typed would be overwritten: {cells}. Nothing written. Add --force to overwrite them.",
  fillDone: "Wrote {file}: {scored}/{rows} indicators scored; total {total} points; DTI {dti}",
  fillRowError: "  Row {row} ({code}): {error}",
  htmlWritten: "Wrote report {file}",
  summaryWritten: "Wrote the summary {file}: {count} files",
  badJobs: "--jobs '{jobs}' is not valid; use a number from 1 to 256",
  cannotWrite: "Cannot write {file}: check that the folder exists and is writable, and the file is not open in Excel",
  cannotBuild: "Could not build the contents of {file}: {reason}",
  templateUsage: "Usage: dti template -o TEMPLATE.xlsx [--edition E] [--lang vi|en]",
  templateExists: "File {file} exists; choose another name or add --force to overwrite it",
  templateDone: "Wrote template {file}: {count} indicators. Enter inputs a, b, c, d, then run: dti fill {file} -o RESULT.xlsx",
});

export interface CheckOptions { lang: Lang; year?: string; edition?: string; sheet?: string; level?: string; json: boolean; html?: string; plan?: string; force?: boolean; summary?: string; jobs?: string; recursive?: boolean }
export interface FillOptions { lang: Lang; year?: string; edition?: string; sheet?: string; output?: string; values: boolean; force: boolean; json?: boolean }

function fileMessage(e: unknown, file: string, lang: Lang): string {
  if (e instanceof FileError) return formatMessage(e.problem, { ...e.params, file }, lang);
  if (e instanceof FileRefusal) return formatMessage(e.key, e.params, lang);
  return formatMessage("corrupt", { file }, lang);
}

/** The --edition option: undefined (detect it), an edition, or null after telling the user it is wrong. */
function editionOption(v: string | undefined, lang: Lang, io: Io): EditionId | undefined | null {
  if (!v) return undefined;
  const e = resolveEdition(v);
  if (e instanceof CellError) {
    io.err(`${e.code} ${formatMessage(e.key, e.params, lang)}`);
    return null;
  }
  return e.id;
}

class SheetError extends Error {}

/** Writes an output file atomically, or says in the user's language what failed (the previous file stays). */
async function writeOut(file: string, data: () => Promise<Buffer | string>, lang: Lang, io: Io): Promise<boolean> {
  let bytes: Buffer | string;
  try {
    bytes = await data();
  } catch (e) {
    io.err(e instanceof WriteRefusal ? formatMessage(e.key, { ...e.params, file }, lang) : formatMessage("cannotBuild", { file, reason: e instanceof Error ? e.message : String(e) }, lang));
    return false;
  }
  try {
    await writeAtomic(file, bytes, lang);
    return true;
  } catch (e) {
    io.err(e instanceof FileRefusal ? e.message : formatMessage("cannotWrite", { file }, lang));
    return false;
  }
}

/** Refuses an output that is an input or an existing file (without --force), before any work. */
async function guardOutput(output: string, inputs: readonly string[], force: boolean, lang: Lang, io: Io): Promise<boolean> {
  try {
    await checkOutput(output, inputs, force, lang);
    return true;
  } catch (e) {
    if (!(e instanceof FileRefusal)) throw e;
    io.err(e.message);
    return false;
  }
}

function pickSheets(wb: ExcelJS.Workbook, file: string, sheet: string | undefined, lang: Lang): ExcelJS.Worksheet[] {
  if (sheet) {
    const ws = wb.getWorksheet(sheet);
    if (!ws) throw new SheetError(formatMessage("sheetNotFound", { sheet, file, sheets: wb.worksheets.map((w) => w.name).join(", ") }, lang));
    return [ws];
  }
  return wb.worksheets;
}

export async function runCheck(files: readonly string[], o: CheckOptions, io: Io): Promise<number> {
  if (!files.length) {
    io.err(formatMessage("checkUsage", {}, o.lang));
    return 2;
  }
  const edition = editionOption(o.edition, o.lang, io);
  if (edition === null) return 2;
  if (o.level && o.level !== "province" && o.level !== "district" && o.level !== "commune") {
    io.err(formatMessage("badLevel", { level: o.level }, o.lang));
    return 2;
  }
  const level = o.level as "province" | "district" | "commune" | undefined;
  if (o.html && !(await guardOutput(o.html, files, o.force ?? false, o.lang, io))) return 2;
  if (o.summary && !(await guardOutput(o.summary, files, o.force ?? false, o.lang, io))) return 2;
  let planText: string | undefined;
  if (o.plan) {
    try {
      planText = await readPlanText(o.plan);
    } catch (e) {
      io.err(e instanceof PlanError ? formatMessage(e.key, { file: o.plan }, o.lang) : fileMessage(e, o.plan, o.lang));
      return 2;
    }
  }
  const inputs = await expandInputs(files, o.recursive ?? false);
  if (!inputs.length) {
    io.err(formatMessage("noWorkbooks", { folder: files.join(", ") }, o.lang));
    return 2;
  }
  const jobs = o.jobs === undefined ? defaultJobs() : Number(o.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) {
    io.err(formatMessage("badJobs", { jobs: String(o.jobs) }, o.lang));
    return 2;
  }
  const entries = await checkMany(inputs, { lang: o.lang, edition, level, sheet: o.sheet, planText }, jobs);
  const reports = entries.filter((e) => e.report).map((e) => e.report!);
  const unreadable = entries.some((e) => e.error);
  for (const e of entries) if (e.error) io.err(e.error);
  if (o.json) {
    const shaped = reports.map((r) => ({ file: r.file, sheet: r.sheet, unit: r.unit ?? null, edition: r.edition, level: r.level, indicators: r.indicators, findings: r.findings, projection: r.projection, summary: r.summary ?? null, ...(r.tracking ? { tracking: r.tracking } : {}) }));
    io.out(JSON.stringify(inputs.length === 1 ? shaped[0] ?? null : shaped, null, 2));
  } else {
    for (const r of reports) io.out(textSummary(r, o.lang));
  }
  if (o.html && reports.length) {
    if (!(await writeOut(o.html, async () => htmlReport(reports, o.lang, entries.length > 1 ? entries : undefined), o.lang, io))) return 2;
    if (!o.json) io.out(formatMessage("htmlWritten", { file: o.html }, o.lang));
  }
  if (o.summary) {
    if (!(await writeOut(o.summary, () => buildSummary(entries, o.lang), o.lang, io))) return 2;
    if (!o.json) io.out(formatMessage("summaryWritten", { file: o.summary, count: entries.length }, o.lang));
  }
  if (unreadable) return 2;
  return reports.some((r) => r.findings.some((f) => f.severity === "error")) ? 1 : 0;
}

export async function runFill(files: readonly string[], o: FillOptions, io: Io): Promise<number> {
  if (files.length !== 1 || !o.output) {
    io.err(formatMessage("fillUsage", {}, o.lang));
    return 2;
  }
  const [file] = files;
  if (!(await guardOutput(o.output, files, o.force, o.lang, io))) return 2;
  const edition = editionOption(o.edition, o.lang, io);
  if (edition === null) return 2;
  let year: number | null = null;
  if (o.year) {
    year = Number(o.year);
    if (!Number.isInteger(year) || year < 2000 || year > 2100) {
      io.err(formatMessage("badYear", { text: o.year }, o.lang));
      return 2;
    }
  }
  let loaded: LoadedWorkbook;
  let sheets: ExcelJS.Worksheet[];
  try {
    loaded = await loadWorkbookFile(file);
    sheets = pickSheets(loaded.wb, file, o.sheet, o.lang);
  } catch (e) {
    io.err(e instanceof SheetError ? e.message : fileMessage(e, file, o.lang));
    return 2;
  }
  // A macro workbook stays one: its package keeps vbaProject.bin, so its name must keep .xlsm.
  if (loaded.macro && !/\.xlsm$/i.test(o.output)) {
    io.err(formatMessage("macroName", { input: file }, o.lang));
    return 2;
  }
  const port = new XlsxPort(sheets);
  const options = { edition, year, mode: o.values ? "value" : "formula", force: o.force, lang: o.lang } as const;
  let plan: FillPlan;
  try {
    const preview = previewFill(port, options) as PreviewResult;
    if (preview.plan.conflicts.length) {
      io.err(formatMessage("fillConflicts", { count: preview.plan.conflicts.length, cells: preview.plan.conflicts.map((c) => c.address).join(", ") }, o.lang));
      return 2;
    }
    plan = (applyFill(port, { ...options, sheet: preview.sheet }) as Awaited<ReturnType<typeof applyFill>>).plan;
  } catch (e) {
    if (!(e instanceof OperationError)) throw e;
    io.err(e.message);
    return 2;
  }
  const written = port.written[0];
  if (!(await writeOut(o.output, () => (written ? writeCellsInPackage(loaded.bytes, written.sheet, written.writes) : Promise.resolve(loaded.bytes)), o.lang, io))) return 2;
  const scored = plan.rows.filter((r) => r.points !== null).length;
  if (o.json) {
    io.out(JSON.stringify({ file, output: o.output, sheet: plan.sheet, edition: plan.edition, pointsColumn: plan.pointsColumn, rows: plan.rows, pillars: plan.pillars, total: plan.total, dti: plan.total === null ? null : plan.total / 1000, writes: plan.writes.length }, null, 2));
  } else {
    io.out(formatMessage("fillDone", { file: o.output, scored, rows: plan.rows.length, total: plan.total === null ? "—" : formatNumber(plan.total, o.lang), dti: plan.total === null ? "—" : formatNumber(plan.total / 1000, o.lang, 4) }, o.lang));
    for (const r of plan.rows) if (r.error) io.out(formatMessage("fillRowError", { row: r.row, code: r.code ?? "?", error: `${r.error.code} ${r.error.message}` }, o.lang));
  }
  return 0;
}

export interface TemplateOptions { lang: Lang; edition?: string; output?: string; force?: boolean }

/** `dti template -o FILE.xlsx`: a ready input sheet; type the inputs, then `dti fill` scores it. */
export async function runTemplate(o: TemplateOptions, io: Io): Promise<number> {
  if (!o.output) {
    io.err(formatMessage("templateUsage", {}, o.lang));
    return 2;
  }
  const edition = editionOption(o.edition, o.lang, io);
  if (edition === null) return 2;
  if (!(await guardOutput(o.output, [], o.force ?? false, o.lang, io))) return 2;
  const { grid, headerRow, pillarRows, indicatorRows } = buildTemplate(edition ?? "draft-2025", o.lang);
  const ExcelJSModule = (await import("exceljs")).default;
  const wb = new ExcelJSModule.Workbook();
  const ws = wb.addWorksheet(grid.name ?? "DTI", {
    pageSetup: { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const widths = TEMPLATE_WIDTHS;
  ws.columns = widths.map((width) => ({ width }));
  grid.values.forEach((row, r) => {
    const added = ws.addRow(row.map((v) => (v === undefined ? null : v)));
    // Spreadsheets do not grow rows for wrapped text they did not lay out themselves: size them here.
    if (r >= headerRow) {
      const lines = Math.max(1, ...row.map((v, c) => (typeof v === "string" && c < widths.length ? v.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil((part.length * 1.1) / widths[c])), 0) : 1)));
      added.height = 15 * lines;
    }
    added.eachCell({ includeEmpty: true }, (cell, c) => {
      if (c > 9) return;
      cell.alignment = { vertical: "top", wrapText: true };
      if (r >= headerRow) cell.border = { top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } };
      if (r === headerRow || pillarRows.includes(r) || r === 0) cell.font = { bold: true };
      if (indicatorRows.includes(r) && c >= 4 && c <= 7) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF8E1" } };
    });
  });
  for (const m of grid.merges ?? []) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  ws.views = [{ state: "frozen", ySplit: headerRow + 1, xSplit: 2 }];
  if (!(await writeOut(o.output, async () => Buffer.from(await wb.xlsx.writeBuffer()), o.lang, io))) return 2;
  io.out(formatMessage("templateDone", { file: o.output, count: indicatorRows.length }, o.lang));
  return 0;
}
