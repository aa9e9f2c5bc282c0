// The .xlsx package before anything parses it: what it is (OOXML, encrypted, macro-enabled), how big it
// unpacks (stated limits, checked from the zip's directory without inflating), and sheets bounded to their data.
import JSZip from "jszip";
import { inflateRawSync } from "node:zlib";
import { columnIndex, columnLetter } from "../core/grid";
import { registerMessages } from "../core/i18n";

/** Stated limits (README): past them a workbook is refused with a message, never read into memory. */
export const LIMITS = {
  /** The file on disk. */
  fileBytes: 100 * 1024 * 1024,
  /** Everything the package unpacks to. */
  unpackedBytes: 200 * 1024 * 1024,
  /** One worksheet's XML, unpacked: about 150 000 rows of a typical table, read in under 1 GB. */
  sheetBytes: 20 * 1024 * 1024,
  /** Empty rows or columns after which far-away cells are not part of the table (they are left out of reading). */
  rowGap: 5000,
  colGap: 256,
};

registerMessages("vi", {
  notOoxml: "Tệp {file} là tệp nén nhưng không phải sổ làm việc Excel (.xlsx): không có xl/workbook.xml",
  unpacksTooBig: "Tệp {file} giải nén ra {size} MB, quá giới hạn {limit} MB; không đọc (có thể là tệp độc hại hoặc hỏng)",
  sheetTooBig: "Trang tính trong {file} có {size} MB dữ liệu, quá giới hạn {limit} MB (khoảng 150.000 dòng); hãy tách bảng ra nhiều tệp",
  zip64: "Tệp {file} dùng định dạng nén ZIP64 cho tệp rất lớn; không đọc",
  macroName: "{input} là sổ có macro (.xlsm): hãy đặt tên tệp kết quả đuôi .xlsm để macro vẫn chạy",
});
registerMessages("en", {
  notOoxml: "File {file} is a zip archive but not an Excel workbook (.xlsx): it has no xl/workbook.xml",
  unpacksTooBig: "File {file} unpacks to {size} MB, over the {limit} MB limit; not read (it may be malicious or damaged)",
  sheetTooBig: "A sheet in {file} holds {size} MB of data, over the {limit} MB limit (about 150,000 rows); split the table into several files",
  zip64: "File {file} uses ZIP64 for very large files; not read",
  macroName: "{input} is a macro workbook (.xlsm): name the output .xlsm so its macros keep working",
});

export interface ZipEntry {
  name: string;
  compressed: number;
  unpacked: number;
  method: number;
  /** Where the entry's local header starts. */
  offset: number;
}

/** The zip's central directory (names and sizes), read without inflating anything; null if it is not a zip. */
export function readZipDirectory(buf: Buffer): ZipEntry[] | "zip64" | null {
  // End of central directory: 22 bytes plus a comment of up to 65 535 bytes at the end of the file.
  const from = Math.max(0, buf.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = buf.length - 22; i >= from; i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = buf.readUInt16LE(eocd + 10);
  const size = buf.readUInt32LE(eocd + 12);
  const offset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff || size === 0xffffffff) return "zip64";
  if (offset + size > buf.length) return null;
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) return null;
    const method = buf.readUInt16LE(p + 10);
    const local = buf.readUInt32LE(p + 42);
    const compressed = buf.readUInt32LE(p + 20);
    const unpacked = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    if (compressed === 0xffffffff || unpacked === 0xffffffff) return "zip64";
    entries.push({ name: buf.toString("utf8", p + 46, p + 46 + nameLen), compressed, unpacked, method, offset: local });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

export type PackageProblem = { key: "notOoxml" | "unpacksTooBig" | "sheetTooBig" | "zip64" | "corrupt"; params: Record<string, number> };

/** What is wrong with a package before it is opened, or null. Sizes come from the directory; inflating is bounded again when reading. */
/** What the inspection learnt on the way: whether any sheet has cells or merges beyond its data, whether it holds macros. */
export interface PackageFacts {
  needsBounding: boolean;
  macro: boolean;
}

export function inspectPackage(buf: Buffer, facts: PackageFacts = { needsBounding: false, macro: false }): PackageProblem | null {
  const dir = readZipDirectory(buf);
  if (dir === "zip64") return { key: "zip64", params: {} };
  // It starts like a zip but its directory cannot be read: damaged (truncated, or not finished writing).
  if (!dir) return { key: "corrupt", params: {} };
  const names = new Set(dir.map((e) => e.name));
  if (!names.has("[Content_Types].xml") || !names.has("xl/workbook.xml")) return { key: "notOoxml", params: {} };
  const total = dir.reduce((s, e) => s + e.unpacked, 0);
  const mb = (n: number) => Math.ceil(n / 1024 / 1024);
  if (total > LIMITS.unpackedBytes) return { key: "unpacksTooBig", params: { size: mb(total), limit: mb(LIMITS.unpackedBytes) } };
  const sheet = dir.filter((e) => /^xl\/worksheets\/[^/]+\.xml$/.test(e.name)).reduce((m, e) => Math.max(m, e.unpacked), 0);
  if (sheet > LIMITS.sheetBytes) return { key: "sheetTooBig", params: { size: mb(sheet), limit: mb(LIMITS.sheetBytes) } };
  // The directory's sizes may lie: inflate every XML part with a hard cap before anything else does.
  let unpacked = 0;
  for (const e of dir) {
    if (!/\.(xml|rels)$/.test(e.name)) continue;
    const cap = /^xl\/worksheets\//.test(e.name) ? LIMITS.sheetBytes : LIMITS.unpackedBytes - unpacked;
    const inflated = inflated_(buf, e, cap);
    const size = typeof inflated === "number" || inflated === null ? inflated : inflated.length;
    if (inflated && typeof inflated !== "number") {
      if (/^xl\/worksheets\/[^/]+\.xml$/.test(e.name)) facts.needsBounding ||= needsBounding(inflated.toString("utf8"));
      else if (e.name === "[Content_Types].xml") facts.macro = isMacroPackage(inflated.toString("utf8"));
    }
    if (size === null) return { key: /^xl\/worksheets\//.test(e.name) ? "sheetTooBig" : "unpacksTooBig", params: { size: mb(cap + 1), limit: mb(/^xl\/worksheets\//.test(e.name) ? LIMITS.sheetBytes : LIMITS.unpackedBytes) } };
    if (size < 0) return { key: "corrupt", params: {} };
    unpacked += size;
    if (unpacked > LIMITS.unpackedBytes) return { key: "unpacksTooBig", params: { size: mb(unpacked), limit: mb(LIMITS.unpackedBytes) } };
  }
  return null;
}

/** The entry's bytes, inflated; null past `cap`, -1 when it cannot be inflated (damaged). */
function inflated_(buf: Buffer, e: ZipEntry, cap: number): Buffer | number | null {
  const p = e.offset;
  if (p + 30 > buf.length || buf.readUInt32LE(p) !== 0x04034b50) return -1;
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  const data = buf.subarray(start, start + e.compressed);
  if (e.method === 0) return data.length > cap ? null : data;
  if (e.method !== 8) return -1;
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, cap) });
  } catch (err) {
    return (err as { code?: string }).code === "ERR_BUFFER_TOO_LARGE" || err instanceof RangeError ? null : -1;
  }
}

export function isMacroPackage(contentTypes: string): boolean {
  return /application\/vnd\.ms-excel\.sheet\.macroEnabled\.main\+xml/.test(contentTypes);
}

/** Column numbers counted from 1, as sheet XML's references are. */
const colNumber = (letters: string) => columnIndex(letters) + 1;
const colLetters = (n: number) => columnLetter(n - 1);

/** The last index of a run of sorted numbers before a gap wider than `gap` (the rest is far away, not the table). */
function edge(sorted: number[], gap: number): number {
  for (let i = 1; i < sorted.length; i++) if (sorted[i] - sorted[i - 1] > gap) return sorted[i - 1];
  return sorted[sorted.length - 1] ?? 0;
}

const CELL = /<c\b[^>]*?\br="([A-Z]{1,3})(\d{1,7})"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g;
const MERGE = /<mergeCell\b[^>]*?\bref="([A-Z]{1,3})(\d{1,7})(?::([A-Z]{1,3})(\d{1,7}))?"[^>]*?\/>/g;

/**
 * A sheet's XML bounded to its data: cells far beyond the table (a lone value at XFD1048576) are
 * left out and merged areas are clipped to the data, so that reading costs what the data costs.
 * Linear in the XML's length; the XML is returned unchanged when nothing lies outside.
 */
export function boundSheetXml(xml: string): string {
  const rows: number[] = [];
  const cols: number[] = [];
  for (const m of xml.matchAll(CELL)) {
    if (!/<(v|f|is)\b/.test(m[0])) continue;
    rows.push(Number(m[2]));
    cols.push(colNumber(m[1]));
  }
  rows.sort((a, b) => a - b);
  cols.sort((a, b) => a - b);
  const maxRow = Math.max(1, edge(rows, LIMITS.rowGap));
  const maxCol = Math.max(1, edge(cols, LIMITS.colGap));
  let changed = false;
  let out = xml.replace(CELL, (cell, c: string, r: string) => {
    if (Number(r) <= maxRow && colNumber(c) <= maxCol) return cell;
    changed = true;
    return "";
  });
  // Merged areas clipped to the data; one that, clipped, overlaps another (a merge over the whole sheet) is dropped.
  const merges = [...out.matchAll(MERGE)].map((m) => {
    const [top, left] = [Number(m[2]), colNumber(m[1])];
    const [bottom0, right0] = [Number(m[4] ?? m[2]), colNumber(m[3] ?? m[1])];
    const area = { top, left, bottom: Math.min(bottom0, maxRow), right: Math.min(right0, maxCol) };
    return { text: m[0], area, clipped: area.bottom !== bottom0 || area.right !== right0 };
  });
  const overlaps = (a: { top: number; left: number; bottom: number; right: number }, b: typeof a) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
  const replacement = new Map<string, string>();
  for (const m of merges) {
    if (!m.clipped) continue;
    changed = true;
    const { top, left, bottom, right } = m.area;
    const gone = top > bottom || left > right || (top === bottom && left === right) || merges.some((o) => o !== m && overlaps(m.area, o.area));
    replacement.set(m.text, gone ? "" : m.text.replace(/\bref="[^"]*"/, `ref="${colLetters(left)}${top}:${colLetters(right)}${bottom}"`));
  }
  if (replacement.size) {
    out = out.replace(MERGE, (merge) => replacement.get(merge) ?? merge);
    const count = [...out.matchAll(MERGE)].length;
    out = count ? out.replace(/<mergeCells\b[^>]*>/, `<mergeCells count="${count}">`) : out.replace(/<mergeCells\b[^>]*>\s*<\/mergeCells>/, "");
  }
  // Row elements beyond the data (empty now, or spans that claim the whole width) are dropped too.
  out = out.replace(/<row\b[^>]*?\br="(\d+)"[^>]*?(?:\/>|>\s*<\/row>)/g, (row, r: string) => {
    if (Number(r) <= maxRow) return row;
    changed = true;
    return "";
  });
  out = out.replace(/<dimension\b[^>]*\/>/, () => `<dimension ref="A1:${colLetters(maxCol)}${maxRow}"/>`);
  return changed ? out : xml;
}

/** Whether a sheet's XML holds cells or merges beyond its data (the test boundSheetXml applies, without rewriting). */
function needsBounding(xml: string): boolean {
  return boundSheetXml(xml) !== xml;
}

/** The package with every worksheet bounded (see boundSheetXml), as bytes for the workbook reader, and whether it holds macros. */
export async function boundPackage(buf: Buffer): Promise<{ bytes: Buffer; macro: boolean }> {
  const zip = await JSZip.loadAsync(buf);
  const macro = isMacroPackage((await zip.file("[Content_Types].xml")?.async("string")) ?? "");
  let changed = false;
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async("string");
    const bounded = boundSheetXml(xml);
    if (bounded !== xml) {
      zip.file(name, bounded);
      changed = true;
    }
  }
  return { bytes: changed ? await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }) : buf, macro };
}
