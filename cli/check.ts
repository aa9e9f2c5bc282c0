// `dti check`: one workbook or a whole inbox checked, reported as text, JSON, HTML or a summary workbook.
import { formatMessage, registerMessages, type Lang } from "../core/i18n";
import { readPlanText } from "../files/plan";
import { checkMany, defaultJobs, expandInputs } from "./desk";
import { describeError, editionOption, guardOutput, writeOut } from "./output";
import { htmlReport, textSummary } from "./report";
import type { Io } from "./score";

registerMessages("vi", {
  badLevel: "Cấp '{level}' không hợp lệ; dùng province (tỉnh), district (huyện) hoặc commune (xã)",
  checkUsage: "Cách dùng: dti check TỆP.xlsx|THƯ_MỤC… [--summary TỔNG-HỢP.xlsx] [--recursive] [--jobs N] [--sheet TÊN] [--edition BỘ] [--level province|district|commune] [--plan KẾ_HOẠCH.docx|.txt] [--json] [--html RA.html]",
  htmlWritten: "Đã ghi báo cáo {file}",
  summaryWritten: "Đã ghi bảng tổng hợp {file}: {count} tệp",
  badJobs: "--jobs '{jobs}' không hợp lệ; dùng một số từ 1 đến 256",
});
registerMessages("en", {
  badLevel: "Level '{level}' is not valid; use province, district or commune",
  checkUsage: "Usage: dti check FILE.xlsx|FOLDER… [--summary SUMMARY.xlsx] [--recursive] [--jobs N] [--sheet NAME] [--edition E] [--level province|district|commune] [--plan PLAN.docx|.txt] [--json] [--html OUT.html]",
  htmlWritten: "Wrote report {file}",
  summaryWritten: "Wrote the summary {file}: {count} files",
  badJobs: "--jobs '{jobs}' is not valid; use a number from 1 to 256",
});

export interface CheckOptions { lang: Lang; year?: string; edition?: string; sheet?: string; level?: string; json: boolean; html?: string; plan?: string; force?: boolean; summary?: string; jobs?: string; recursive?: boolean }

const LEVELS = ["province", "district", "commune"] as const;
type LevelOption = (typeof LEVELS)[number];

/** The options read and checked before any file is: null after telling the user what is wrong. */
async function readOptions(files: readonly string[], o: CheckOptions, io: Io) {
  const edition = editionOption(o.edition, o.lang, io);
  if (edition === null) return null;
  if (o.level && !LEVELS.includes(o.level as LevelOption)) {
    io.err(formatMessage("badLevel", { level: o.level }, o.lang));
    return null;
  }
  for (const output of [o.html, o.summary]) if (output && !(await guardOutput(output, files, o.force ?? false, o.lang, io))) return null;
  let planText: string | undefined;
  if (o.plan) {
    try {
      planText = await readPlanText(o.plan);
    } catch (e) {
      io.err(describeError(e, o.lang, { key: "corrupt", params: { file: o.plan } }));
      return null;
    }
  }
  const jobs = o.jobs === undefined ? defaultJobs() : Number(o.jobs);
  return { edition, level: o.level as LevelOption | undefined, planText, jobs };
}

export async function runCheck(files: readonly string[], o: CheckOptions, io: Io): Promise<number> {
  if (!files.length) {
    io.err(formatMessage("checkUsage", {}, o.lang));
    return 2;
  }
  const read = await readOptions(files, o, io);
  if (!read) return 2;
  const inputs = await expandInputs(files, o.recursive ?? false);
  if (!inputs.length) {
    io.err(formatMessage("noWorkbooks", { folder: files.join(", ") }, o.lang));
    return 2;
  }
  if (!Number.isInteger(read.jobs) || read.jobs < 1 || read.jobs > 256) {
    io.err(formatMessage("badJobs", { jobs: String(o.jobs) }, o.lang));
    return 2;
  }
  const entries = await checkMany(inputs, { lang: o.lang, edition: read.edition, level: read.level, sheet: o.sheet, planText: read.planText }, read.jobs);
  const reports = entries.filter((e) => e.report).map((e) => e.report!);
  for (const e of entries) if (e.error) io.err(e.error);
  if (o.json) {
    const shaped = reports.map((r) => ({ file: r.file, sheet: r.sheet, unit: r.unit ?? null, edition: r.edition, level: r.level, indicators: r.indicators, findings: r.findings, projection: r.projection, summary: r.summary ?? null, ...(r.tracking ? { tracking: r.tracking } : {}) }));
    io.out(JSON.stringify(inputs.length === 1 ? shaped[0] ?? null : shaped, null, 2));
  } else {
    for (const r of reports) io.out(textSummary(r, o.lang));
  }
  if (o.html && reports.length) {
    if (!(await writeOut(o.html, async () => htmlReport(reports, o.lang, entries.length > 1 ? entries : undefined), o.lang, io))) return 2;
    if (!o.json) io.out(formatMessage("htmlWritten", { file: o.html }, o.lang));
  }
  if (o.summary) {
    // The summary workbook needs ExcelJS: loaded only when a summary is asked for.
    const { buildSummary } = await import("./summary");
    if (!(await writeOut(o.summary, () => buildSummary(entries, o.lang), o.lang, io))) return 2;
    if (!o.json) io.out(formatMessage("summaryWritten", { file: o.summary, count: entries.length }, o.lang));
  }
  if (entries.some((e) => e.error)) return 2;
  return reports.some((r) => r.findings.some((f) => f.severity === "error")) ? 1 : 0;
}
