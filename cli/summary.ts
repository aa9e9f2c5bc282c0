// The province desk's summary workbook: one row per submitted file, every finding, and a chart of projected totals.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { PILLARS } from "../core/catalog";
import { registerMessages, formatMessage, type Lang } from "../core/i18n";
import type { FileReport } from "./report";

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

/** One submitted file: its report, or why it could not be read. */
export interface DeskEntry {
  file: string;
  /** The name shown (relative to the folder given). */
  name: string;
  report: FileReport | null;
  error: string | null;
}

/** The numbers of a summary row, shared by the workbook, the HTML table and the tests. */
export function summaryRow(e: DeskEntry) {
  const r = e.report;
  const count = (s: string) => r?.findings.filter((f) => f.severity === s).length ?? null;
  const p26 = r?.projection["2026"] ?? null;
  return {
    name: e.name,
    sheet: r?.sheet ?? null,
    unit: r?.unit ?? null,
    level: r?.level ?? null,
    edition: r?.edition ?? null,
    recognised: r ? r.indicators.filter((i) => i.key).length : null,
    errors: count("error"),
    warnings: count("warning"),
    notes: count("info"),
    pillars: PILLARS.map((p) => p26?.pillars[String(p.n)] ?? null),
    total2026: p26 ? p26.total : null,
    total2030: r?.projection["2030"]?.total ?? null,
    status: e.error,
  };
}

const POINTS = "#,##0.00";
const COUNT = "#,##0";

function styleHeader(ws: ExcelJS.Worksheet, columns: number): void {
  // Printed (and exported to PDF) landscape, one page wide.
  ws.pageSetup = { ...ws.pageSetup, orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  const row = ws.getRow(1);
  row.font = { bold: true };
  row.alignment = { vertical: "middle", wrapText: true };
  row.height = 30;
  ws.views = [{ state: "frozen", ySplit: 1, xSplit: 0 }];
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns } };
}

/** Widths that fit the longest text of each column (within 8..60 characters). */
function fitColumns(ws: ExcelJS.Worksheet): void {
  ws.columns.forEach((col) => {
    let max = 8;
    col.eachCell?.({ includeEmpty: false }, (cell) => {
      const v = cell.value;
      const len = typeof v === "number" ? 10 : String(v ?? "").split("\n").reduce((m, l) => Math.max(m, l.length), 0);
      max = Math.max(max, Math.min(60, len + 2));
    });
    col.width = max;
  });
}

function chartXml(sheet: string, n: number, title: string): string {
  const ref = (c: string) => `'${sheet.replace(/'/g, "''")}'!$${c}$2:$${c}$${n + 1}`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${esc(title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:strRef><c:f>'${esc(sheet.replace(/'/g, "''"))}'!$B$1</c:f></c:strRef></c:tx><c:spPr><a:solidFill><a:srgbClr val="0F6CBD"/></a:solidFill></c:spPr><c:cat><c:strRef><c:f>${esc(ref("A"))}</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>${esc(ref("B"))}</c:f></c:numRef></c:val></c:ser><c:gapWidth val="60"/><c:axId val="10"/><c:axId val="20"/></c:barChart><c:catAx><c:axId val="10"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="20"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx><c:valAx><c:axId val="20"/><c:scaling><c:orientation val="minMax"/><c:max val="1000"/><c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:majorGridlines/><c:numFmt formatCode="#,##0" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="10"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`;
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Adds a chart part anchored beside the data of the workbook's third sheet (ExcelJS writes no charts). */
async function addChart(bytes: Buffer, sheetFile: string, sheetName: string, n: number, title: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const sheetXml = await zip.file(`xl/worksheets/${sheetFile}`)!.async("string");
  zip.file(`xl/worksheets/${sheetFile}`, sheetXml.replace(/<\/worksheet>\s*$/, '<drawing r:id="rIdDtiChart"/></worksheet>').replace(/<worksheet\b(?![^>]*xmlns:r=)/, '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'));
  const relsPath = `xl/worksheets/_rels/${sheetFile}.rels`;
  const rel = '<Relationship Id="rIdDtiChart" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawingDti.xml"/>';
  const existing = await zip.file(relsPath)?.async("string");
  zip.file(relsPath, existing ? existing.replace("</Relationships>", `${rel}</Relationships>`) : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel}</Relationships>`);
  const rows = Math.max(15, Math.min(200, Math.ceil(n * 1.2) + 4));
  zip.file("xl/drawings/drawingDti.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>13</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${rows}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="DTI"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`);
  zip.file("xl/drawings/_rels/drawingDti.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chartDti.xml"/></Relationships>');
  zip.file("xl/charts/chartDti.xml", chartXml(sheetName, n, title));
  const types = await zip.file("[Content_Types].xml")!.async("string");
  zip.file("[Content_Types].xml", types.replace("</Types>", '<Override PartName="/xl/drawings/drawingDti.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/><Override PartName="/xl/charts/chartDti.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>'));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** The summary workbook the desk forwards: Tổng hợp, Phát hiện, Biểu đồ. */
export async function buildSummary(entries: readonly DeskEntry[], lang: Lang): Promise<Buffer> {
  const t = (k: string, p: Record<string, string | number> = {}) => formatMessage(k, p, lang);
  const wb = new ExcelJS.Workbook();
  wb.creator = "DTI Sheets";

  const sum = wb.addWorksheet(t("sumSheet"));
  const head = [t("sumFile"), t("sumSheetName"), t("sumUnit"), t("sumLevel"), t("sumEdition"), t("sumIndicators"), t("sumErrors"), t("sumWarnings"), t("sumNotes"), ...PILLARS.map((p) => t("sumPillar", { n: p.n })), t("sumTotal2026"), t("sumTotal2030"), t("sumStatus")];
  sum.addRow(head);
  for (const e of entries) {
    const s = summaryRow(e);
    sum.addRow([s.name, s.sheet, s.unit, s.level ? t(`sumLevel_${s.level}`) : null, s.edition, s.recognised, s.errors, s.warnings, s.notes, ...s.pillars, s.total2026, s.total2030, s.status ?? t("sumChecked")]);
  }
  for (let c = 6; c <= 9; c++) sum.getColumn(c).numFmt = COUNT;
  for (let c = 10; c <= 17; c++) sum.getColumn(c).numFmt = POINTS;
  styleHeader(sum, head.length);
  fitColumns(sum);

  const fin = wb.addWorksheet(t("sumFindings"));
  fin.addRow([t("sumFile"), t("sumCell"), t("sumCode"), t("sumRule"), t("sumSeverity"), t("sumMessage")]);
  for (const e of entries) for (const f of e.report?.findings ?? []) fin.addRow([e.name, f.cell, f.code, f.rule, t(`sumSev_${f.severity}`), f.message]);
  styleHeader(fin, 6);
  fitColumns(fin);

  const ch = wb.addWorksheet(t("sumChart"));
  ch.addRow([t("sumUnit"), t("sumTotal2026")]);
  // A unit named by several files (copies, resubmissions) is told apart by its file name.
  const units = entries.map((e) => e.report?.unit ?? null);
  const label = (e: DeskEntry, i: number) => (units[i] && units.filter((u) => u === units[i]).length === 1 ? units[i]! : units[i] ? `${units[i]} (${e.name})` : e.name);
  const ranked = entries
    .map((e, i) => ({ label: label(e, i), total: summaryRow(e).total2026 }))
    .filter((x): x is { label: string; total: number } => x.total !== null)
    .sort((a, b) => b.total - a.total || a.label.localeCompare(b.label, "vi"));
  for (const x of ranked) ch.addRow([x.label, x.total]);
  ch.getColumn(2).numFmt = POINTS;
  styleHeader(ch, 2);
  fitColumns(ch);

  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  return ranked.length ? addChart(bytes, "sheet3.xml", t("sumChart"), ranked.length, t("sumChartTitle")) : bytes;
}
