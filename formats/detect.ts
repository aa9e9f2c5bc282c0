// What a file is, from its bytes and never from its name: web reporting systems save HTML tables and
// XML Spreadsheet 2003 documents as ".xls", and a ".docx" may be an old ".doc".
import { readZipDirectory } from "./zip";

export type Format =
  | "xlsx" | "docx" | "ods"
  /** Excel 97–2003 (BIFF in a compound file). */
  | "xls"
  /** A web page holding a table, or an XML Spreadsheet 2003 document, under any name. */
  | "html" | "xml2003"
  /** Refused, each with its own sentence. */
  | "encrypted" | "doc" | "pdf" | "zip-other" | "ole-other" | "empty" | "unknown";

const ascii = new TextDecoder("latin1");

/** Whether a compound file's directory names a stream (names are UTF-16 in its directory sectors). */
function namesStream(bytes: Uint8Array, name: string): boolean {
  const utf16 = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) utf16[i * 2] = name.charCodeAt(i);
  outer: for (let i = 512; i + utf16.length <= bytes.length; i++) {
    for (let j = 0; j < utf16.length; j++) if (bytes[i + j] !== utf16[j]) continue outer;
    // A directory entry starts on a 128-byte boundary with its name.
    if ((i - 512) % 128 === 0) return true;
  }
  return false;
}

export function detectFormat(bytes: Uint8Array): Format {
  if (bytes.length === 0) return "empty";
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    const dir = readZipDirectory(bytes);
    if (!dir || dir === "zip64") return "xlsx";
    const names = new Set(dir.map((e) => e.name));
    if (names.has("xl/workbook.xml")) return "xlsx";
    if (names.has("word/document.xml")) return "docx";
    if (names.has("content.xml") && names.has("mimetype")) return "ods";
    return "zip-other";
  }
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    // An encrypted .xlsx/.docx is a compound file holding EncryptionInfo; a Word 97 file holds WordDocument.
    if (namesStream(bytes, "EncryptionInfo") || namesStream(bytes, "EncryptedPackage")) return "encrypted";
    if (namesStream(bytes, "WordDocument")) return "doc";
    if (namesStream(bytes, "Workbook") || namesStream(bytes, "Book")) return "xls";
    return "ole-other";
  }
  const head = ascii.decode(bytes.subarray(0, 2048)).replace(/^\uFEFF|^ï»¿/, "").trimStart().toLowerCase();
  if (head.startsWith("%pdf-")) return "pdf";
  if (/^<\?xml[^>]*>\s*(<\?mso-application[^>]*excel\.sheet[^>]*\?>)?/.test(head) && /urn:schemas-microsoft-com:office:spreadsheet|<workbook\b/.test(head)) return "xml2003";
  if (/<(!doctype html|html|table|meta)\b/.test(head)) return "html";
  return "unknown";
}
