// The province desk's summary workbook: one row per submitted file, every finding, and a chart of projected totals.
import { PILLARS } from "../core/catalog";
import { cellAddress } from "../core/grid";
import type { NewSheet, PortWrite } from "../core/host/port";
import { registerMessages, formatMessage, type Lang } from "../core/i18n";
import type { Raw } from "../core/values";
import { NewBook } from "../files/book";
import { summaryRow, type DeskEntry } from "./entry";

registerMessages("vi", {
  sumSheet: "Tổng hợp", sumFindings: "Phát hiện", sumChart: "Biểu đồ",
  sumFile: "Tệp", sumSheetName: "Trang tính", sumUnit: "Đơn vị", sumLevel: "Cấp", sumEdition: "Bộ chỉ số",
  sumIndicators: "Chỉ số nhận ra", sumErrors: "Lỗi", sumWarnings: "Cảnh báo", sumNotes: "Ghi chú",
  sumPillar: "TC{n} 2026", sumTotal2026: "Tổng 2026", sumTotal2030: "Tổng 2030", sumStatus: "Tình trạng",
  sumChecked: "Đã kiểm tra", sumCell: "Ô", sumCode: "Chỉ số", sumRule: "Quy tắc", sumSeverity: "Mức", sumMessage: "Nội dung",
  sumChartTitle: "Điểm dự kiến năm 2026 theo đơn vị", sumLevel_province: "tỉnh", sumLevel_commune: "xã", sumLevel_district: "huyện",
  sumSev_error: "Lỗi", sumSev_warning: "Cảnh báo", sumSev_info: "Ghi chú",
});
registerMessages("en", {
  sumSheet: "Summary", sumFindings: "Findings", sumChart: "Chart",
  sumFile: "File", sumSheetName: "Sheet", sumUnit: "Unit", sumLevel: "Level", sumEdition: "Edition",
  sumIndicators: "Indicators recognised", sumErrors: "Errors", sumWarnings: "Warnings", sumNotes: "Notes",
  sumPillar: "P{n} 2026", sumTotal2026: "Total 2026", sumTotal2030: "Total 2030", sumStatus: "Status",
  sumChecked: "Checked", sumCell: "Cell", sumCode: "Indicator", sumRule: "Rule", sumSeverity: "Severity", sumMessage: "Message",
  sumChartTitle: "Projected 2026 points per unit", sumLevel_province: "province", sumLevel_commune: "commune", sumLevel_district: "district",
  sumSev_error: "Error", sumSev_warning: "Warning", sumSev_info: "Note",
});

const POINTS = "#,##0.00";
const COUNT = "#,##0";

/** A table sheet of the summary: a header row kept in view with a filter, numbers formatted, widths fitted. */
function tableSheet(name: string, rows: Raw[][], formats: Record<number, string> = {}, chart: NewSheet["chart"] = null): NewSheet {
  const cells: PortWrite[] = [];
  rows.forEach((row, r) => row.forEach((value, c) => {
    if (value !== null && value !== undefined) cells.push({ address: cellAddress(r, c), row: r, col: c, formula: null, value });
  }));
  const cols = rows[0].length;
  return { name, cells, rows: rows.length, cols, merges: [], widths: [], boldRows: [0], freeze: { rows: 1, cols: 0 }, chart, look: { header: true, fit: true, formats } };
}

/** The summary workbook the desk forwards: Tổng hợp, Phát hiện, Biểu đồ. */
export async function buildSummary(entries: readonly DeskEntry[], lang: Lang): Promise<Buffer> {
  const t = (k: string, p: Record<string, string | number> = {}) => formatMessage(k, p, lang);
  const book = new NewBook("DTI Sheets");

  const head = [t("sumFile"), t("sumSheetName"), t("sumUnit"), t("sumLevel"), t("sumEdition"), t("sumIndicators"), t("sumErrors"), t("sumWarnings"), t("sumNotes"), ...PILLARS.map((p) => t("sumPillar", { n: p.n })), t("sumTotal2026"), t("sumTotal2030"), t("sumStatus")];
  const sumRows: Raw[][] = [head];
  for (const e of entries) {
    const s = summaryRow(e);
    sumRows.push([s.name, s.sheet, s.unit, s.level ? t(`sumLevel_${s.level}`) : null, s.edition, s.recognised, s.errors, s.warnings, s.notes, ...s.pillars, s.total2026, s.total2030, s.status ?? t("sumChecked")]);
  }
  const formats: Record<number, string> = {};
  for (let c = 5; c <= 8; c++) formats[c] = COUNT;
  for (let c = 9; c <= 16; c++) formats[c] = POINTS;
  book.addSheet(tableSheet(t("sumSheet"), sumRows, formats));

  const finRows: Raw[][] = [[t("sumFile"), t("sumCell"), t("sumCode"), t("sumRule"), t("sumSeverity"), t("sumMessage")]];
  for (const e of entries) for (const f of e.report?.findings ?? []) finRows.push([e.name, f.cell, f.code, f.rule, t(`sumSev_${f.severity}`), f.message]);
  book.addSheet(tableSheet(t("sumFindings"), finRows));

  // A unit named by several files (copies, resubmissions) is told apart by its file name.
  const units = entries.map((e) => e.report?.unit ?? null);
  const label = (e: DeskEntry, i: number) => (units[i] && units.filter((u) => u === units[i]).length === 1 ? units[i]! : units[i] ? `${units[i]} (${e.name})` : e.name);
  const ranked = entries
    .map((e, i) => ({ label: label(e, i), total: summaryRow(e).total2026 }))
    .filter((x): x is { label: string; total: number } => x.total !== null)
    .sort((a, b) => b.total - a.total || a.label.localeCompare(b.label, "vi"));
  const chartRows: Raw[][] = [[t("sumUnit"), t("sumTotal2026")], ...ranked.map((x) => [x.label, x.total])];
  const chart = ranked.length ? { title: t("sumChartTitle"), kind: "bar" as const, max: 1000, range: { top: 0, left: 0, bottom: ranked.length, right: 1 }, anchor: "D2" } : null;
  book.addSheet(tableSheet(t("sumChart"), chartRows, { 1: POINTS }, chart));
  return book.save();
}
