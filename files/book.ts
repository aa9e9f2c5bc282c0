// New workbook files built from sheet specs (the template, the desk's summary): the file host's
// `addSheet`, laid out with ExcelJS, with each sheet's chart added as a chart part (ExcelJS writes none).
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { columnLetter, parseArea, type Area } from "../core/grid";
import type { ChartSpec, NewSheet, SheetAdder } from "../core/host/port";
import { uniqueSheetName } from "../core/host/port";

const THIN = { style: "thin" } as const;
const INPUT_FILL = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF8E1" } } as const;

/** A workbook being built: sheets are added as the operations add them to a spreadsheet, then saved once. */
export class NewBook implements SheetAdder {
  readonly host = "xlsx" as const;
  private readonly wb = new ExcelJS.Workbook();
  private readonly charts: { sheet: number; name: string; chart: ChartSpec }[] = [];

  constructor(creator?: string) {
    if (creator) this.wb.creator = creator;
  }

  addSheet(spec: NewSheet): string {
    const name = uniqueSheetName(spec.name, this.wb.worksheets.map((w) => w.name));
    const ws = this.wb.addWorksheet(name, { pageSetup: { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
    layOut(ws, spec);
    if (spec.chart) this.charts.push({ sheet: this.wb.worksheets.length, name, chart: spec.chart });
    return name;
  }

  async save(): Promise<Buffer> {
    const bytes = Buffer.from(await this.wb.xlsx.writeBuffer());
    return this.charts.length ? addCharts(bytes, this.charts) : bytes;
  }
}

function layOut(ws: ExcelJS.Worksheet, spec: NewSheet): void {
  const look = spec.look ?? {};
  if (spec.widths.length) ws.columns = spec.widths.map((width) => ({ width }));
  for (const c of spec.cells) ws.getCell(c.row + 1, c.col + 1).value = c.formula ? { formula: c.formula.slice(1), result: c.value ?? undefined } as ExcelJS.CellFormulaValue : (c.value as ExcelJS.CellValue);
  for (const [col, format] of Object.entries(look.formats ?? {})) {
    for (let r = 2; r <= spec.rows; r++) ws.getCell(r, Number(col) + 1).numFmt = format;
  }
  const bold = new Set(spec.boldRows);
  const used = new Set(spec.cells.map((c) => c.row));
  for (let r = 0; r < spec.rows; r++) {
    // A blank spacer row above the table stays untouched.
    if (!used.has(r) && r < (look.tableFrom ?? 0)) continue;
    const row = ws.getRow(r + 1);
    for (let c = 0; c < spec.cols; c++) {
      const cell = row.getCell(c + 1);
      if (look.tableFrom !== undefined) {
        cell.alignment = { vertical: "top", wrapText: true };
        if (r >= look.tableFrom) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
      }
      if (bold.has(r)) cell.font = { bold: true };
      if (look.inputs?.some((a) => inside(a, r, c))) cell.fill = INPUT_FILL;
    }
    // Spreadsheets do not grow rows for wrapped text they did not lay out themselves: size them here.
    if (look.tableFrom !== undefined && r >= look.tableFrom) row.height = 15 * lines(ws, r, spec);
  }
  for (const m of spec.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  if (look.header) {
    const head = ws.getRow(1);
    head.alignment = { vertical: "middle", wrapText: true };
    head.height = 30;
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: spec.cols } };
  }
  if (spec.freeze) ws.views = [{ state: "frozen", ySplit: spec.freeze.rows, xSplit: spec.freeze.cols }];
  if (look.fit) fitColumns(ws, spec.cols);
}

const inside = (a: Area, r: number, c: number) => r >= a.top && r <= a.bottom && c >= a.left && c <= a.right;

/** Lines the tallest cell of a row wraps to at its column's width. */
function lines(ws: ExcelJS.Worksheet, r: number, spec: NewSheet): number {
  let most = 1;
  for (let c = 0; c < Math.min(spec.cols, spec.widths.length); c++) {
    const v = ws.getCell(r + 1, c + 1).value;
    if (typeof v !== "string") continue;
    most = Math.max(most, v.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil((part.length * 1.1) / spec.widths[c])), 0));
  }
  return most;
}

/** Widths that fit the longest text of each column (within 8..60 characters). */
function fitColumns(ws: ExcelJS.Worksheet, cols: number): void {
  for (let c = 1; c <= cols; c++) {
    const col = ws.getColumn(c);
    let max = 8;
    col.eachCell({ includeEmpty: false }, (cell) => {
      const v = cell.value;
      const len = typeof v === "number" ? 10 : String(v ?? "").split("\n").reduce((m, l) => Math.max(m, l.length), 0);
      max = Math.max(max, Math.min(60, len + 2));
    });
    col.width = max;
  }
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const NS = 'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const COLORS = ["0F6CBD", "A6A6A6", "E97132", "196B24"];

/** A chart part for a spec: one series per column right of the labels, named by the header row. */
export function chartXml(sheet: string, spec: ChartSpec): string {
  const { top, left, bottom, right } = spec.range;
  const q = `'${sheet.replace(/'/g, "''")}'`;
  const ref = (c: number) => `${q}!$${columnLetter(c)}$${top + 2}:$${columnLetter(c)}$${bottom + 1}`;
  const series = Array.from({ length: right - left }, (_, i) => {
    const c = left + 1 + i;
    return `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:strRef><c:f>${esc(`${q}!$${columnLetter(c)}$${top + 1}`)}</c:f></c:strRef></c:tx><c:spPr><a:solidFill><a:srgbClr val="${COLORS[i % COLORS.length]}"/></a:solidFill></c:spPr><c:cat><c:strRef><c:f>${esc(ref(left))}</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>${esc(ref(c))}</c:f></c:numRef></c:val></c:ser>`;
  }).join("");
  const bar = spec.kind === "bar";
  const max = spec.max === undefined ? "" : `<c:max val="${spec.max}"/><c:min val="0"/>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace ${NS}><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${esc(spec.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="${bar ? "bar" : "col"}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="60"/><c:axId val="10"/><c:axId val="20"/></c:barChart><c:catAx><c:axId val="10"/><c:scaling><c:orientation val="${bar ? "maxMin" : "minMax"}"/></c:scaling><c:delete val="0"/><c:axPos val="${bar ? "l" : "b"}"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="20"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx><c:valAx><c:axId val="20"/><c:scaling><c:orientation val="minMax"/>${max}</c:scaling><c:delete val="0"/><c:axPos val="${bar ? "b" : "l"}"/><c:majorGridlines/><c:numFmt formatCode="#,##0" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="10"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`;
}

/** The drawing that anchors a chart at the spec's anchor cell, ten columns wide and tall enough for its rows. */
function drawingXml(spec: ChartSpec): string {
  const at = parseArea(spec.anchor);
  const col = at?.left ?? 3;
  const row = at?.top ?? 1;
  const n = spec.range.bottom - spec.range.top;
  const rows = Math.max(15, Math.min(200, Math.ceil(n * 1.2) + 4));
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>${col + 10}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row + rows - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="DTI"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;
}

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Adds each chart as a drawing and chart part anchored on its sheet; every other part keeps its bytes. */
async function addCharts(bytes: Buffer, charts: readonly { sheet: number; name: string; chart: ChartSpec }[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  let types = await zip.file("[Content_Types].xml")!.async("string");
  for (const [i, { sheet, name, chart }] of charts.entries()) {
    const id = i ? `Dti${i + 1}` : "Dti";
    const sheetFile = `xl/worksheets/sheet${sheet}.xml`;
    const sheetXml = await zip.file(sheetFile)!.async("string");
    zip.file(sheetFile, sheetXml.replace(/<\/worksheet>\s*$/, '<drawing r:id="rIdDtiChart"/></worksheet>').replace(/<worksheet\b(?![^>]*xmlns:r=)/, `<worksheet xmlns:r="${REL}"`));
    const relsPath = `xl/worksheets/_rels/sheet${sheet}.xml.rels`;
    const rel = `<Relationship Id="rIdDtiChart" Type="${REL}/drawing" Target="../drawings/drawing${id}.xml"/>`;
    const existing = await zip.file(relsPath)?.async("string");
    zip.file(relsPath, existing ? existing.replace("</Relationships>", `${rel}</Relationships>`) : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel}</Relationships>`);
    zip.file(`xl/drawings/drawing${id}.xml`, drawingXml(chart));
    zip.file(`xl/drawings/_rels/drawing${id}.xml.rels`, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/chart" Target="../charts/chart${id}.xml"/></Relationships>`);
    zip.file(`xl/charts/chart${id}.xml`, chartXml(name, chart));
    types = types.replace("</Types>", `<Override PartName="/xl/drawings/drawing${id}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/><Override PartName="/xl/charts/chart${id}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>`);
  }
  zip.file("[Content_Types].xml", types);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
