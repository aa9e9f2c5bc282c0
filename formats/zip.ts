// A zip package read the careful way, in any host (browser-safe): its directory without inflating
// anything, then only the parts asked for, each inflated with a hard cap — a directory that lies about
// sizes costs no more than the cap.
import { inflateSync } from "fflate";
import { Refusal } from "../core/errors";
import { registerMessages } from "../core/i18n";

registerMessages("vi", {
  notOoxml: "Tệp {file} là tệp nén nhưng không phải sổ làm việc (.xlsx, .ods) hay văn bản Word (.docx)",
  unpacksTooBig: "Tệp {file} giải nén ra {size} MB, quá giới hạn {limit} MB; không đọc (có thể là tệp độc hại hoặc hỏng)",
  sheetTooBig: "Trang tính trong {file} có {size} MB dữ liệu, quá giới hạn {limit} MB (khoảng 150.000 dòng); hãy tách bảng ra nhiều tệp",
  zip64: "Tệp {file} dùng định dạng nén ZIP64 cho tệp rất lớn; không đọc",
  corrupt: "Tệp {file} bị hỏng, không đọc được như một bảng tính .xlsx",
});
registerMessages("en", {
  notOoxml: "File {file} is a zip archive but neither a workbook (.xlsx, .ods) nor a Word document (.docx)",
  unpacksTooBig: "File {file} unpacks to {size} MB, over the {limit} MB limit; not read (it may be malicious or damaged)",
  sheetTooBig: "A sheet in {file} holds {size} MB of data, over the {limit} MB limit (about 150,000 rows); split the table into several files",
  zip64: "File {file} uses ZIP64 for very large files; not read",
  corrupt: "File {file} is damaged and cannot be read as an .xlsx workbook",
});

/** Stated limits (README): past them a file is refused with a message, never read into memory. */
export const LIMITS = {
  /** The file on disk. */
  fileBytes: 100 * 1024 * 1024,
  /** Everything the package unpacks to. */
  unpackedBytes: 200 * 1024 * 1024,
  /** One worksheet's (or document's) XML, unpacked: about 150 000 rows of a typical table, read in under 1 GB. */
  sheetBytes: 20 * 1024 * 1024,
  /** Empty rows or columns after which far-away cells are not part of the table (they are left out of reading). */
  rowGap: 5000,
  colGap: 256,
};

export interface ZipEntry {
  name: string;
  compressed: number;
  unpacked: number;
  method: number;
  /** Where the entry's local header starts. */
  offset: number;
}

const mb = (n: number) => Math.ceil(n / 1024 / 1024);
const u16 = (b: Uint8Array, p: number) => b[p] | (b[p + 1] << 8);
const u32 = (b: Uint8Array, p: number) => (b[p] | (b[p + 1] << 8) | (b[p + 2] << 16)) + b[p + 3] * 0x1000000;
const utf8 = new TextDecoder("utf-8");

/** The zip's central directory (names and sizes), read without inflating anything; null if it is not a zip. */
export function readZipDirectory(buf: Uint8Array): ZipEntry[] | "zip64" | null {
  // End of central directory: 22 bytes plus a comment of up to 65 535 bytes at the end of the file.
  const from = Math.max(0, buf.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = buf.length - 22; i >= from; i--) {
    if (u32(buf, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = u16(buf, eocd + 10);
  const size = u32(buf, eocd + 12);
  const offset = u32(buf, eocd + 16);
  if (count === 0xffff || offset === 0xffffffff || size === 0xffffffff) return "zip64";
  if (offset + size > buf.length) return null;
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || u32(buf, p) !== 0x02014b50) return null;
    const compressed = u32(buf, p + 20);
    const unpacked = u32(buf, p + 24);
    const nameLen = u16(buf, p + 28);
    if (compressed === 0xffffffff || unpacked === 0xffffffff) return "zip64";
    entries.push({ name: utf8.decode(buf.subarray(p + 46, p + 46 + nameLen)), compressed, unpacked, method: u16(buf, p + 10), offset: u32(buf, p + 42) });
    p += 46 + nameLen + u16(buf, p + 30) + u16(buf, p + 32);
  }
  return entries;
}

/**
 * Inflates raw DEFLATE data to at most `cap` bytes: the bytes, "too-big" past the cap, or a throw when
 * the data is damaged. Hosts may bring a faster one (Node's zlib); fflate serves everywhere.
 */
export type Inflater = (data: Uint8Array, stated: number, cap: number) => Uint8Array | "too-big";

/** Inflates into a buffer one byte larger than the size stated; a fuller buffer means the statement lied, so once more up to the cap. */
export const inflateWithFflate: Inflater = (data, stated, cap) => {
  const first = inflateSync(data, { out: new Uint8Array(stated + 1) });
  if (first.length <= stated) return first;
  const again = inflateSync(data, { out: new Uint8Array(cap + 1) });
  return again.length > cap ? "too-big" : again;
};

/** A zip package's parts by name, each read (and inflated, within a cap) only when asked for. */
export class ZipPackage {
  private readonly entries = new Map<string, ZipEntry>();
  private unpacked = 0;

  constructor(private readonly bytes: Uint8Array, private readonly file: string, private readonly inflater: Inflater = inflateWithFflate) {
    const dir = readZipDirectory(bytes);
    if (dir === "zip64") throw new Refusal("zip64", { file });
    // It starts like a zip but its directory cannot be read: damaged (truncated, or not finished writing).
    if (!dir) throw new Refusal("corrupt", { file });
    for (const e of dir) this.entries.set(e.name, e);
    const total = dir.reduce((s, e) => s + e.unpacked, 0);
    if (total > LIMITS.unpackedBytes) throw new Refusal("unpacksTooBig", { file, size: mb(total), limit: mb(LIMITS.unpackedBytes) });
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  /** A part's bytes, inflated within `cap` (a directory that lies is caught by the cap, not believed). */
  bytesOf(name: string, cap = LIMITS.sheetBytes, tooBig = "sheetTooBig"): Uint8Array | null {
    const e = this.entries.get(name);
    if (!e) return null;
    const b = this.bytes;
    const p = e.offset;
    if (p + 30 > b.length || u32(b, p) !== 0x04034b50) throw new Refusal("corrupt", { file: this.file });
    const start = p + 30 + u16(b, p + 26) + u16(b, p + 28);
    const data = b.subarray(start, start + e.compressed);
    const over = () => new Refusal(tooBig, { file: this.file, size: mb(cap + 1), limit: mb(cap) });
    let out: Uint8Array | "too-big";
    if (e.method === 0) out = data;
    else if (e.method === 8) out = this.inflate(data, Math.min(e.unpacked, cap), cap);
    else throw new Refusal("corrupt", { file: this.file });
    if (out === "too-big" || out.length > cap) throw over();
    this.unpacked += out.length;
    if (this.unpacked > LIMITS.unpackedBytes) throw new Refusal("unpacksTooBig", { file: this.file, size: mb(this.unpacked), limit: mb(LIMITS.unpackedBytes) });
    return out;
  }

  /** A part as text (UTF-8). */
  text(name: string, cap?: number, tooBig?: string): string | null {
    const b = this.bytesOf(name, cap, tooBig);
    return b === null ? null : utf8.decode(b);
  }

  private inflate(data: Uint8Array, stated: number, cap: number): Uint8Array | "too-big" {
    try {
      return this.inflater(data, stated, cap);
    } catch {
      throw new Refusal("corrupt", { file: this.file });
    }
  }
}
