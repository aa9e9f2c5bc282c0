// Checking many files: folders expanded, files checked on every core in worker threads (one workbook
// per worker at a time), results in the order given, and a progress line on a terminal.
import { existsSync } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { basename, join, relative } from "node:path";
import { Worker } from "node:worker_threads";
import type { EditionId } from "../core/catalog";
import type { Level } from "../core/appendix/table";
import { check, type CheckResult } from "../core/host/operations";
import { formatMessage, registerMessages, type Lang } from "../core/i18n";
import { isRefusal } from "../core/errors";
import { openWorkbook } from "../files/read";
import type { DeskEntry, FileReport } from "./entry";

registerMessages("vi", {
  progress: "[{done}/{total}] {file} — còn khoảng {left}",
  sheetNotFoundShort: "Không có trang tính '{sheet}'; các trang tính: {sheets}",
  noWorkbooks: "Không có tệp .xlsx, .xlsm, .xls, .ods hay .docx nào trong {folder}",
});
registerMessages("en", {
  progress: "[{done}/{total}] {file} — about {left} left",
  sheetNotFoundShort: "There is no sheet '{sheet}'; its sheets: {sheets}",
  noWorkbooks: "There is no .xlsx, .xlsm, .xls, .ods or .docx file in {folder}",
});

export interface DeskOptions {
  lang: Lang;
  edition?: EditionId;
  level?: Level;
  sheet?: string;
  planText?: string;
}

/** What an inbox holds that the desk reads: workbooks old and new, OpenDocument, Word plans. */
const SUBMISSION = /\.(xlsx|xlsm|xls|ods|docx)$/i;

/** Files to check: a folder means every submission in it, by name (with `recursive`, its subfolders too); files as given. */
export async function expandInputs(args: readonly string[], recursive: boolean): Promise<{ file: string; name: string }[]> {
  const out: { file: string; name: string }[] = [];
  for (const arg of args) {
    const s = await stat(arg).catch(() => null);
    if (!s?.isDirectory()) {
      out.push({ file: arg, name: arg });
      continue;
    }
    const found: string[] = [];
    const walk = async (dir: string) => {
      for (const d of await readdir(dir, { withFileTypes: true })) {
        const p = join(dir, d.name);
        if (d.isDirectory() && recursive) await walk(p);
        else if (d.isFile() && SUBMISSION.test(d.name) && !d.name.startsWith("~$") && !d.name.startsWith(".")) found.push(p);
      }
    };
    await walk(arg);
    found.sort((a, b) => relative(arg, a).localeCompare(relative(arg, b), "vi"));
    for (const f of found) out.push({ file: f, name: relative(arg, f) || basename(f) });
  }
  return out;
}

/** Checks one file, as the command line always has: its report, or why it cannot be read. Never throws. */
export async function checkOneFile(file: string, name: string, o: DeskOptions): Promise<DeskEntry> {
  try {
    const book = await openWorkbook(file, o.sheet);
    // A Word plan carries its own text: its appendix is compared with it, as --plan does.
    const { report } = check(book.port, { edition: o.edition, level: o.level, lang: o.lang, planText: o.planText ?? book.planText }) as CheckResult;
    return { file, name, report: { file: name, ...report } as FileReport, error: null };
  } catch (e) {
    return { file, name, report: null, error: unreadable(e, name, o.lang) };
  }
}

/** Why a file of the desk cannot be read, naming it as the desk shows it. */
function unreadable(e: unknown, name: string, lang: Lang): string {
  if (!isRefusal(e)) return formatMessage("corrupt", { file: name }, lang);
  // In a list of files the file is named already: a missing sheet is said without it.
  if (e.key === "sheetNotFound") return formatMessage("sheetNotFoundShort", e.params, lang);
  return e.describe(lang, { file: name });
}

function humanTime(ms: number, lang: Lang): string {
  const s = Math.max(1, Math.round(ms / 1000));
  if (s < 60) return lang === "en" ? `${s} s` : `${s} giây`;
  const m = Math.round(s / 60);
  return lang === "en" ? `${m} min` : `${m} phút`;
}

/** A progress line on stderr when it is a terminal; nothing otherwise. stdout never carries progress. */
function progress(total: number, lang: Lang): { tick(done: number, name: string): void; end(): void } {
  const tty = process.stderr.isTTY && total > 1;
  const started = Date.now();
  let last = 0;
  let shown = false;
  return {
    tick(done, name) {
      if (!tty) return;
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      const left = done ? ((now - started) / done) * (total - done) : 0;
      const line = formatMessage("progress", { done, total, file: name, left: humanTime(left, lang) }, lang);
      const width = process.stderr.columns || 100;
      process.stderr.write(`\r${line.length > width - 1 ? line.slice(0, width - 2) + "…" : line.padEnd(width - 1)}`);
      shown = true;
    },
    end() {
      if (tty && shown) process.stderr.write(`\r${" ".repeat((process.stderr.columns || 100) - 1)}\r`);
    },
  };
}

/** Where the worker bundle sits beside the command-line bundle; absent when running from sources. */
function workerFile(): string | null {
  const f = join(__dirname, "check-worker.cjs");
  return existsSync(f) ? f : null;
}

/**
 * Below this many files workers cost more than they save: each loads and warms the checker (a few hundred
 * milliseconds) and two threads on this kind of machine do about 1.3 times the work of one. Measured: 400
 * files 1.8 s in one thread against 2.1 s on two workers; 1 000 files even; 3 300 files 7.3 s against 5.6 s.
 */
const WORKERS_FROM = Number(process.env.DTI_WORKERS_FROM) || 1000;
/** Files a worker is sent at a time, and batches kept waiting for it so it never idles. */
const BATCH = 8;
const IN_FLIGHT = 2;

export interface WorkerBatch {
  batch: { i: number; file: string; name: string }[];
}
export interface WorkerReply {
  entries: { i: number; entry: DeskEntry }[];
}

/**
 * Checks the files on `jobs` threads. The main thread only hands out file names (never bytes) and
 * collects reports; each worker reads and checks one file at a time, so memory follows the number of
 * jobs, not of files. Results come back in the order given, whatever the number of jobs.
 */
export async function checkMany(inputs: readonly { file: string; name: string }[], o: DeskOptions, jobs: number): Promise<DeskEntry[]> {
  const results: DeskEntry[] = new Array(inputs.length);
  const bar = progress(inputs.length, o.lang);
  let done = 0;
  const script = workerFile();
  const threads = inputs.length < WORKERS_FROM ? 1 : Math.max(1, Math.min(jobs, Math.ceil(inputs.length / BATCH)));
  if (threads === 1 || !script) {
    for (let i = 0; i < inputs.length; i++) {
      results[i] = await checkOneFile(inputs[i].file, inputs[i].name, o);
      bar.tick(++done, inputs[i].name);
    }
    bar.end();
    return results;
  }
  let next = 0;
  const take = (): WorkerBatch | null => {
    if (next >= inputs.length) return null;
    const batch = inputs.slice(next, next + BATCH).map((x, k) => ({ i: next + k, file: x.file, name: x.name }));
    next += batch.length;
    return { batch };
  };
  await Promise.all(
    Array.from({ length: threads }, () =>
      new Promise<void>((resolve, reject) => {
        const worker = new Worker(script, { workerData: o });
        let pending = 0;
        const feed = () => {
          while (pending < IN_FLIGHT) {
            const b = take();
            if (!b) break;
            worker.postMessage(b);
            pending++;
          }
          if (pending === 0) {
            void worker.terminate();
            resolve();
          }
        };
        worker.on("message", (m: WorkerReply) => {
          pending--;
          for (const { i, entry } of m.entries) {
            results[i] = entry;
            bar.tick(++done, entry.name);
          }
          feed();
        });
        worker.on("error", reject);
        feed();
      }),
    ),
  );
  bar.end();
  return results;
}

export function defaultJobs(): number {
  return availableParallelism();
}
