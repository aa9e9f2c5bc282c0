// `dti fill`: scores a workbook's input table and writes a copy with points, pillar totals and the DTI value.
import type { FillPlan } from "../core/fill";
import { isRefusal } from "../core/errors";
import { applyFill, previewFill, type PreviewResult } from "../core/host/operations";
import { formatMessage, formatNumber, registerMessages, type Lang } from "../core/i18n";
import { openWorkbook, type OpenedWorkbook } from "../files/read";
import { describeError, editionOption, guardOutput, writeOut } from "./output";
import type { Io } from "./score";

registerMessages("vi", {
  fillUsage: "Cách dùng: dti fill TỆP.xlsx -o RA.xlsx [--values] [--sheet TÊN] [--edition BỘ] [--year NĂM] [--force]",
  fillConflicts: "Có {count} ô người dùng đã nhập sẽ bị ghi đè: {cells}. Không ghi gì. Thêm --force nếu đồng ý ghi đè.",
  fillDone: "Đã ghi {file}: {scored}/{rows} chỉ số có điểm; tổng {total} điểm; DTI {dti}",
  fillRowError: "  Dòng {row} ({code}): {error}",
});
registerMessages("en", {
  fillUsage: "Usage: dti fill FILE.xlsx -o OUT.xlsx [--values] [--sheet NAME] [--edition E] [--year Y] [--force]",
  fillConflicts: "{count} cells the user typed would be overwritten: {cells}. Nothing written. Add --force to overwrite them.",
  fillDone: "Wrote {file}: {scored}/{rows} indicators scored; total {total} points; DTI {dti}",
  fillRowError: "  Row {row} ({code}): {error}",
});

const FORMAT_NAMES = { xlsx: ".xlsx", docx: "văn bản Word (.docx)", xls: "sổ Excel 97–2003 (.xls)", ods: "bảng tính OpenDocument (.ods)", html: "trang web (HTML) mang tên .xls", xml2003: "XML Spreadsheet 2003 mang tên .xls" } as const;

export interface FillOptions { lang: Lang; year?: string; edition?: string; sheet?: string; output?: string; values: boolean; force: boolean; json?: boolean }

function yearOption(v: string | undefined, lang: Lang, io: Io): number | null | undefined {
  if (!v) return null;
  const year = Number(v);
  if (Number.isInteger(year) && year >= 2000 && year <= 2100) return year;
  io.err(formatMessage("badYear", { text: v }, lang));
  return undefined;
}

/** Plans and applies the fill on the file host; the plan, or null after telling the user why not. */
function fillOn(book: OpenedWorkbook, options: Parameters<typeof previewFill>[1] & object, lang: Lang, io: Io): FillPlan | null {
  try {
    const preview = previewFill(book.port, options) as PreviewResult;
    if (preview.plan.conflicts.length) {
      io.err(formatMessage("fillConflicts", { count: preview.plan.conflicts.length, cells: preview.plan.conflicts.map((c) => c.address).join(", ") }, lang));
      return null;
    }
    return (applyFill(book.port, { ...options, sheet: preview.sheet }) as Awaited<ReturnType<typeof applyFill>>).plan;
  } catch (e) {
    if (!isRefusal(e)) throw e;
    io.err(e.describe(lang));
    return null;
  }
}

function report(plan: FillPlan, file: string, o: FillOptions, io: Io): void {
  const scored = plan.rows.filter((r) => r.points !== null).length;
  if (o.json) {
    io.out(JSON.stringify({ file, output: o.output, sheet: plan.sheet, edition: plan.edition, pointsColumn: plan.pointsColumn, rows: plan.rows, pillars: plan.pillars, total: plan.total, dti: plan.total === null ? null : plan.total / 1000, writes: plan.writes.length }, null, 2));
    return;
  }
  io.out(formatMessage("fillDone", { file: o.output!, scored, rows: plan.rows.length, total: plan.total === null ? "—" : formatNumber(plan.total, o.lang), dti: plan.total === null ? "—" : formatNumber(plan.total / 1000, o.lang, 4) }, o.lang));
  for (const r of plan.rows) if (r.error) io.out(formatMessage("fillRowError", { row: r.row, code: r.code ?? "?", error: `${r.error.code} ${r.error.message}` }, o.lang));
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
  const year = yearOption(o.year, o.lang, io);
  if (year === undefined) return 2;
  let book: OpenedWorkbook;
  try {
    book = await openWorkbook(file, o.sheet);
  } catch (e) {
    io.err(describeError(e, o.lang, { key: "corrupt", params: { file } }));
    return 2;
  }
  if (book.kind !== "xlsx") {
    io.err(formatMessage("fillFormat", { file, format: FORMAT_NAMES[book.kind] }, o.lang));
    return 2;
  }
  // A macro workbook stays one: its package keeps vbaProject.bin, so its name must keep .xlsm.
  if (book.macro && !/\.xlsm$/i.test(o.output)) {
    io.err(formatMessage("macroName", { input: file }, o.lang));
    return 2;
  }
  const plan = fillOn(book, { edition, year, mode: o.values ? "value" : "formula", force: o.force, lang: o.lang }, o.lang, io);
  if (!plan) return 2;
  if (!(await writeOut(o.output, () => book.port.save(), o.lang, io))) return 2;
  report(plan, file, o, io);
  return 0;
}
