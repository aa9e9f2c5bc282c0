// Every file the file host reads or writes goes through here: inputs checked for what they are,
// outputs never onto an input (by real identity), never over a file unless --force, always written atomically.
import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { lstat, open, realpath, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { Refusal } from "../core/errors";
import { registerMessages, type Lang } from "../core/i18n";

registerMessages("vi", {
  outIsInput: "Không ghi: {output} chính là tệp đầu vào {input} (cùng một tệp trên đĩa, kể cả qua liên kết); chọn tên khác",
  outExists: "Tệp {file} đã có; chọn tên khác hoặc thêm --force để ghi đè",
  outIsDirectory: "{file} là một thư mục, không phải tên tệp để ghi",
  outNoFolder: "Không có thư mục {folder} để ghi {file}",
  outNoPermission: "Không có quyền ghi vào thư mục {folder}",
  outDiskFull: "Đĩa đầy: không ghi được {file}; tệp cũ (nếu có) vẫn nguyên",
  outFailed: "Không ghi được {file} ({reason}); tệp cũ (nếu có) vẫn nguyên",
  isDirectory: "{file} là một thư mục, không phải tệp",
  noPermission: "Không có quyền đọc {file}",
  notRegular: "{file} không phải tệp thường (thiết bị, đường ống…); không đọc",
  tooBig: "Tệp {file} lớn {size} MB, quá giới hạn {limit} MB",
});
registerMessages("en", {
  outIsInput: "Not written: {output} is the input file {input} (the same file on disk, links included); choose another name",
  outExists: "File {file} exists; choose another name or add --force to overwrite it",
  outIsDirectory: "{file} is a folder, not a file name to write",
  outNoFolder: "There is no folder {folder} to write {file}",
  outNoPermission: "No permission to write in the folder {folder}",
  outDiskFull: "The disk is full: {file} was not written; any previous file is intact",
  outFailed: "Could not write {file} ({reason}); any previous file is intact",
  isDirectory: "{file} is a folder, not a file",
  noPermission: "No permission to read {file}",
  notRegular: "{file} is not a regular file (a device, a pipe…); not read",
  tooBig: "File {file} is {size} MB, over the {limit} MB limit",
});

async function identity(path: string): Promise<{ real: string; dev: number; ino: number } | null> {
  try {
    const s = await stat(path);
    return { real: await realpath(path), dev: s.dev, ino: s.ino };
  } catch {
    return null;
  }
}

/**
 * Checks an output path before anything is computed: not an input (same real path, or the same
 * device and inode — a symlink or a hard link to it), not a folder, not an existing file unless `force`.
 */
export async function checkOutput(output: string, inputs: readonly string[], force: boolean, lang: Lang): Promise<void> {
  const out = await identity(output);
  if (out) {
    for (const input of inputs) {
      const inp = await identity(input);
      if (inp && (inp.real === out.real || (inp.dev === out.dev && inp.ino === out.ino))) throw new Refusal("outIsInput", { output, input }, lang);
    }
    if ((await stat(output)).isDirectory()) throw new Refusal("outIsDirectory", { file: output }, lang);
    if (!force) throw new Refusal("outExists", { file: output }, lang);
  } else {
    // A dangling symlink names no input, but writing through it would create its target elsewhere: refuse it like an existing file.
    const link = await lstat(output).catch(() => null);
    if (link && !force) throw new Refusal("outExists", { file: output }, lang);
  }
  const folder = dirname(resolve(output));
  const f = await stat(folder).catch(() => null);
  if (!f || !f.isDirectory()) throw new Refusal("outNoFolder", { folder, file: output }, lang);
}

/**
 * Writes a whole file atomically: a temporary file in the same folder, flushed to disk, then renamed
 * over the target. On any failure the previous file is untouched and the temporary one is removed.
 */
export async function writeAtomic(output: string, data: Buffer | string, lang: Lang): Promise<void> {
  const folder = dirname(resolve(output));
  const tmp = join(folder, `.${basename(output)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  let fh: Awaited<ReturnType<typeof open>> | null = null;
  try {
    fh = await open(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o644);
    await fh.writeFile(data);
    await fh.sync();
    await fh.close();
    fh = null;
    // rename replaces a symlink itself, never the file it points to.
    await rename(tmp, output);
  } catch (e) {
    await fh?.close().catch(() => undefined);
    await unlink(tmp).catch(() => undefined);
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EACCES" || code === "EPERM" || code === "EROFS") throw new Refusal("outNoPermission", { folder }, lang);
    if (code === "ENOSPC" || code === "EDQUOT") throw new Refusal("outDiskFull", { file: output }, lang);
    if (code === "ENOENT") throw new Refusal("outNoFolder", { folder, file: output }, lang);
    if (code === "EISDIR") throw new Refusal("outIsDirectory", { file: output }, lang);
    throw new Refusal("outFailed", { file: output, reason: code ?? (e instanceof Error ? e.message : String(e)) }, lang);
  }
}

/** Reads a regular file of at most `limit` bytes, or refuses with the reason (folder, device, pipe, permission, size). */
export async function readRegularFile(file: string, limit: number, lang: Lang): Promise<Buffer> {
  let s;
  try {
    s = await stat(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EACCES" || code === "EPERM") throw new Refusal("noPermission", { file }, lang);
    throw new Refusal("notFound", { file }, lang);
  }
  if (s.isDirectory()) throw new Refusal("isDirectory", { file }, lang);
  if (!s.isFile()) throw new Refusal("notRegular", { file }, lang);
  if (s.size > limit) throw new Refusal("tooBig", { file, size: Math.ceil(s.size / 1e6), limit: Math.round(limit / 1e6) }, lang);
  let fh;
  try {
    fh = await open(file, "r");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new Refusal(code === "EACCES" || code === "EPERM" ? "noPermission" : "notFound", { file }, lang);
  }
  try {
    // Read at most limit + 1 bytes: a file that grows while being read is still bounded.
    const buf = Buffer.alloc(Math.min(s.size, limit) + 1);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    if (bytesRead > limit) throw new Refusal("tooBig", { file, size: Math.ceil(bytesRead / 1e6), limit: Math.round(limit / 1e6) }, lang);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/**
 * The same, synchronously: a desk reading thousands of small files one after another spends more time
 * waiting on the event loop than reading. The file is opened, then checked by its own descriptor (so a
 * FIFO or device is refused before any read), then read within the limit.
 */
export function readRegularFileSync(file: string, limit: number, lang: Lang): Buffer {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EACCES" || code === "EPERM") throw new Refusal("noPermission", { file }, lang);
    if (code === "EISDIR") throw new Refusal("isDirectory", { file }, lang);
    throw new Refusal("notFound", { file }, lang);
  }
  try {
    const s = fstatSync(fd);
    if (s.isDirectory()) throw new Refusal("isDirectory", { file }, lang);
    if (!s.isFile()) throw new Refusal("notRegular", { file }, lang);
    if (s.size > limit) throw new Refusal("tooBig", { file, size: Math.ceil(s.size / 1e6), limit: Math.round(limit / 1e6) }, lang);
    // Read at most limit + 1 bytes: a file that grows while being read is still bounded.
    const buf = Buffer.alloc(Math.min(s.size, limit) + 1);
    let got = 0;
    for (let n = 1; n > 0 && got < buf.length; got += n) n = readSync(fd, buf, got, buf.length - got, got);
    if (got > limit) throw new Refusal("tooBig", { file, size: Math.ceil(got / 1e6), limit: Math.round(limit / 1e6) }, lang);
    return buf.subarray(0, got);
  } finally {
    closeSync(fd);
  }
}
