// `dti check` and `dti fill` over .xlsx workbooks (read and written with ExcelJS).
import type { Io } from "./score";
import type { Lang } from "../core/i18n";

export interface CheckOptions { lang: Lang; year?: string; edition?: string; sheet?: string; level?: string; json: boolean; html?: string }
export interface FillOptions { lang: Lang; year?: string; edition?: string; sheet?: string; output?: string; values: boolean; force: boolean }

export async function runCheck(files: readonly string[], o: CheckOptions, io: Io): Promise<number> {
  io.err(o.lang === "en" ? "check: coming with the appendix engine" : "check: đang xây dựng");
  return files.length ? 2 : 2;
}

export async function runFill(files: readonly string[], o: FillOptions, io: Io): Promise<number> {
  io.err(o.lang === "en" ? "fill: coming with the appendix engine" : "fill: đang xây dựng");
  return files.length ? 2 : 2;
}
