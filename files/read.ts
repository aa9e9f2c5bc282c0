// The workbook-file host's port: any submission (.xlsx/.xlsm, .docx, .xls, .ods, and HTML or XML 2003
// saved as ".xls") read by what its bytes are into grids, refused in one sentence when it cannot be;
// the operations' writes kept and saved into the original .xlsx package losslessly.
import { Refusal } from "../core/errors";
import type { Grid } from "../core/grid";
import type { PortWrite, SheetData, SheetPort } from "../core/host/port";
import { registerMessages } from "../core/i18n";
import { detectFormat, type Format } from "../formats/detect";
import { readDocx } from "../formats/docx";
import { readXlsx } from "../formats/xlsx";
import { inflateWithFflate, LIMITS, type Inflater } from "../formats/zip";
import { inflateRawSync } from "node:zlib";
import { readRegularFileSync } from "./disk";
import { writeCellsInPackage } from "./write";

registerMessages("vi", {
  notFound: "Không tìm thấy tệp {file}",
  empty: "Tệp {file} rỗng (0 byte)",
  notXlsx: "Tệp {file} không phải bảng tính (.xlsx, .xls, .ods) hay văn bản Word (.docx); hãy mở bằng Excel và lưu lại dạng \"Excel Workbook (.xlsx)\"",
  encrypted: "Tệp {file} được đặt mật khẩu; hãy bỏ mật khẩu rồi lưu lại",
  oleUnknown: "Tệp {file} được đặt mật khẩu hoặc là định dạng Office cũ không đọc được; hãy bỏ mật khẩu và lưu lại dạng .xlsx",
  legacyDoc: "Tệp {file} là văn bản Word cũ (.doc), dù tên có thể là .docx; hãy mở bằng Word và lưu lại dạng \"Word Document (.docx)\"",
  pdfFile: "Tệp {file} là PDF; hãy gửi bản Word (.docx) hoặc bảng tính của phụ lục",
  sheetNotFound: "Không có trang tính '{sheet}' trong {file}; các trang tính: {sheets}",
  fillFormat: "dti fill chỉ ghi vào sổ .xlsx/.xlsm; {file} là {format}: hãy mở và lưu lại dạng .xlsx rồi điền điểm",
  macroName: "{input} là sổ có macro (.xlsm): hãy đặt tên tệp kết quả đuôi .xlsm để macro vẫn chạy",
});
registerMessages("en", {
  notFound: "File {file} not found",
  empty: "File {file} is empty (0 bytes)",
  notXlsx: "File {file} is neither a workbook (.xlsx, .xls, .ods) nor a Word document (.docx); open it in Excel and save it as \"Excel Workbook (.xlsx)\"",
  encrypted: "File {file} is password-protected; remove the password and save it again",
  oleUnknown: "File {file} is password-protected or an old Office format that cannot be read; remove the password and save it as .xlsx",
  legacyDoc: "File {file} is an old Word document (.doc), whatever its name; open it in Word and save it as \"Word Document (.docx)\"",
  pdfFile: "File {file} is a PDF; send the Word (.docx) version or the appendix's workbook",
  sheetNotFound: "There is no sheet '{sheet}' in {file}; its sheets: {sheets}",
  fillFormat: "dti fill writes only .xlsx/.xlsm workbooks; {file} is {format}: open it, save it as .xlsx, then fill it",
  macroName: "{input} is a macro workbook (.xlsm): name the output .xlsm so its macros keep working",
});

/** A file as the file host reads it: the kind it is, its sheets (a Word document's tables), and its own text. */
export type FileKind = "xlsx" | "docx" | "xls" | "ods" | "html" | "xml2003";

/** A workbook file as a port: its grids read once; writes kept, then saved into the original package (files/write.ts). */
export class XlsxPort implements SheetPort {
  readonly host = "xlsx" as const;
  /** What the operations wrote, per sheet, in order. */
  readonly written: { sheet: string; writes: PortWrite[] }[] = [];
  constructor(private readonly grids: readonly Grid[], private readonly bytes: Uint8Array = new Uint8Array()) {}

  readSheets(name?: string): SheetData[] {
    const chosen = name ? this.grids.filter((g) => g.name === name) : this.grids;
    return chosen.map((grid) => ({ name: grid.name ?? "", grid, protected: false }));
  }

  writeCells(sheet: string, writes: readonly PortWrite[]): void {
    this.written.push({ sheet, writes: [...writes] });
  }

  /** The workbook's bytes with the first write applied to its sheet's XML and every other part as it was. */
  save(): Promise<Buffer> {
    const first = this.written[0];
    return first ? writeCellsInPackage(Buffer.from(this.bytes), first.sheet, first.writes) : Promise.resolve(Buffer.from(this.bytes));
  }
}

export interface OpenedWorkbook {
  port: XlsxPort;
  kind: FileKind;
  /** Whether the package holds macros (its output must stay .xlsm). */
  macro: boolean;
  /** A Word plan's own text (its paragraphs outside tables), compared with its appendix. */
  planText?: string;
}

const REFUSED: Partial<Record<Format, string>> = { empty: "empty", encrypted: "encrypted", doc: "legacyDoc", pdf: "pdfFile", "zip-other": "notOoxml", "ole-other": "oleUnknown", unknown: "notXlsx" };

/** The reader of legacy formats (SheetJS, large): built as a bundle of its own beside the command line's, loaded only when needed. */
const legacyReader = () => import("./legacy");

/** Node's zlib inflates large parts several times faster than a JavaScript inflater (small ones cost more to set up); capped the same way. */
const inflateWithZlib: Inflater = (data, stated, cap) => {
  if (data.length < 16_384 && stated < 65_536) return inflateWithFflate(data, stated, cap);
  try {
    return inflateRawSync(data, { maxOutputLength: cap + 1 });
  } catch (e) {
    if ((e as { code?: string }).code === "ERR_BUFFER_TOO_LARGE" || e instanceof RangeError) return "too-big";
    throw e;
  }
};

/** Reads any submission into grids by what its bytes are; refuses what cannot be read, in one sentence. */
export async function readSubmission(file: string): Promise<{ grids: Grid[]; kind: FileKind; macro: boolean; bytes: Uint8Array; planText?: string }> {
  const bytes = readRegularFileSync(file, LIMITS.fileBytes, "vi");
  const format = detectFormat(bytes);
  const refusal = REFUSED[format];
  if (refusal) throw new Refusal(refusal, { file });
  if (format === "xlsx") {
    const book = readXlsx(bytes, file, inflateWithZlib);
    return { grids: book.sheets, kind: "xlsx", macro: book.macro, bytes };
  }
  if (format === "docx") {
    const doc = readDocx(bytes, file, inflateWithZlib);
    return { grids: doc.tables, kind: "docx", macro: false, bytes, planText: doc.text };
  }
  const kind = format as "xls" | "ods" | "html" | "xml2003";
  return { grids: (await legacyReader()).readLegacy(bytes, file, kind), kind, macro: false, bytes };
}

/** A submission as a port over the named sheet, or over every sheet; refuses a sheet it does not have. */
export async function openWorkbook(file: string, sheet?: string): Promise<OpenedWorkbook> {
  const s = await readSubmission(file);
  const chosen = sheet ? s.grids.filter((g) => g.name === sheet) : s.grids;
  if (sheet && !chosen.length) throw new Refusal("sheetNotFound", { sheet, file, sheets: s.grids.map((g) => g.name).join(", ") });
  return { port: new XlsxPort(chosen, s.bytes), kind: s.kind, macro: s.macro, planText: s.planText };
}
