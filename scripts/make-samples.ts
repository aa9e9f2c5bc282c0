// Writes the bundled sample workbooks (samples/*.xlsx) from the source documents' tables.
import ExcelJS from "exceljs";
import { mkdirSync } from "node:fs";
import { DAI_PHUOC_TITLE, GROUP_1, GROUP_2, HEADER_1, HEADER_2, ROWS_1, ROWS_2 } from "./samples/dai-phuoc";
import { DONG_NAI_HEADER, DONG_NAI_ROWS, DONG_NAI_TITLE } from "./samples/dong-nai";
import { GIA_LAI_HEADER, GIA_LAI_ROWS, GIA_LAI_TITLE } from "./samples/gia-lai";
import { INPUT_HEADER, INPUT_ROWS, INPUT_TITLE } from "./samples/inputs";
import { YEN_HUNG_HEADER, YEN_HUNG_ROWS, YEN_HUNG_TITLE } from "./samples/yen-hung";

type Value = string | number | boolean | null;
const THIN = { style: "thin" as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

function sheet(wb: ExcelJS.Workbook, name: string, widths: number[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { pageSetup: { orientation: "landscape", paperSize: 9 } });
  ws.columns = widths.map((w) => ({ width: w }));
  return ws;
}

function title(ws: ExcelJS.Worksheet, lines: readonly string[], width: number): void {
  for (const line of lines) {
    const row = ws.addRow([line]);
    ws.mergeCells(row.number, 1, row.number, width);
    row.getCell(1).alignment = { horizontal: "center", wrapText: true };
    row.getCell(1).font = { bold: line === line.toUpperCase(), name: "Times New Roman", size: 13 };
  }
  ws.addRow([]);
}

function header(ws: ExcelJS.Worksheet, cells: readonly string[]): void {
  const row = ws.addRow([...cells]);
  row.eachCell((c) => {
    c.font = { bold: true, name: "Times New Roman" };
    c.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    c.border = BORDER;
  });
}

function body(ws: ExcelJS.Worksheet, cells: readonly Value[], width: number, bold = false): ExcelJS.Row {
  const row = ws.addRow([...cells]);
  for (let i = 1; i <= width; i++) {
    const c = row.getCell(i);
    c.alignment = { vertical: "top", wrapText: true };
    c.border = BORDER;
    c.font = { bold, name: "Times New Roman" };
  }
  return row;
}

/** One sample workbook: its file name and how its one sheet is laid out. */
interface Sample {
  file: string;
  build: (wb: ExcelJS.Workbook) => void;
}

const SAMPLES: readonly Sample[] = [
  // Seed 000: the province appendix.
  {
    file: "dong-nai-phu-luc-2026-2030.xlsx",
    build: (wb) => {
      const ws = sheet(wb, "Phụ lục", [6, 40, 18, 22, 16, 10, 40, 50]);
      title(ws, DONG_NAI_TITLE, 8);
      header(ws, DONG_NAI_HEADER);
      for (const r of DONG_NAI_ROWS) {
        if (r.length === 2) {
          const row = body(ws, [r[0], r[1]], 8, true);
          ws.mergeCells(row.number, 2, row.number, 8);
        } else body(ws, r, 8);
      }
    },
  },
  // Seed 001: the commune appendix, two groups with their own headers.
  {
    file: "dai-phuoc-phu-luc-xa.xlsx",
    build: (wb) => {
      const ws = sheet(wb, "Phụ lục", [6, 40, 22, 26, 18, 16, 10, 50]);
      title(ws, DAI_PHUOC_TITLE, 8);
      const group = (text: string) => {
        const g = ws.addRow([text]);
        ws.mergeCells(g.number, 1, g.number, 8);
        g.getCell(1).font = { bold: true };
      };
      group(GROUP_1);
      header(ws, HEADER_1);
      for (const r of ROWS_1) body(ws, r, 7);
      ws.addRow([]);
      group(GROUP_2);
      header(ws, HEADER_2);
      for (const r of ROWS_2) body(ws, r, 8);
    },
  },
  // Seed 003: the scoring table.
  {
    file: "gia-lai-bang-diem.xlsx",
    build: (wb) => {
      const ws = sheet(wb, "Mục tiêu", [6, 60, 10, 14, 14, 12]);
      title(ws, GIA_LAI_TITLE, 6);
      header(ws, GIA_LAI_HEADER);
      for (const r of GIA_LAI_ROWS) body(ws, r, 6, /^\d$/.test(String(r[0])) || r[1] === "Tổng điểm");
    },
  },
  // An input table for `dti fill`.
  {
    file: "so-lieu-cham-diem-2026.xlsx",
    build: (wb) => {
      const ws = sheet(wb, "Số liệu 2026", [6, 60, 14, 14, 12, 12, 10]);
      title(ws, INPUT_TITLE, 7);
      header(ws, INPUT_HEADER);
      for (const r of INPUT_ROWS) body(ws, r, 7, r.length === 2);
    },
  },
  // Seed 002: a commune's tracking list, results typed as text, numbers, a formula, or not yet.
  {
    file: "yen-hung-chi-tieu-2025.xlsx",
    build: (wb) => {
      const ws = sheet(wb, "Chỉ tiêu 2025", [6, 80, 20]);
      title(ws, YEN_HUNG_TITLE, 3);
      header(ws, YEN_HUNG_HEADER);
      for (const [n, text, result] of YEN_HUNG_ROWS) {
        const row = body(ws, [n, text, null], 3);
        row.getCell(3).value = result as ExcelJS.CellValue;
        if (typeof result === "number" && result <= 1) row.getCell(3).numFmt = "0%";
      }
    },
  },
];

export async function makeSamples(dir = "samples"): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const sample of SAMPLES) {
    const wb = new ExcelJS.Workbook();
    sample.build(wb);
    const file = `${dir}/${sample.file}`;
    await wb.xlsx.writeFile(file);
    written.push(file);
  }
  return written;
}

if (process.argv[1] && /make-samples/.test(process.argv[1])) {
  makeSamples(process.argv[2]).then((files) => console.log(files.join("\n")));
}
