// What the `dti` command does, testable without a process: arguments in, exit status out.
import { formatMessage, type Lang } from "../core/i18n";
import { parseArgs } from "./args";
import { runScore, runTarget, type Io } from "./score";

const HELP_VI = `dti — Chấm điểm và kiểm tra Chỉ số chuyển đổi số (DTI)

Cách dùng:
  dti score MÃ A [B] [C] [D] [--year NĂM] [--edition BỘ]   điểm của một chỉ số
  dti score -                                              đọc các dòng MÃ<TAB>A<TAB>B<TAB>C<TAB>D
  dti target "MỤC TIÊU" GIÁ_TRỊ                            TRUE/FALSE: giá trị có đạt mục tiêu không
  dti check TỆP.xlsx|THƯ_MỤC… [--summary TỔNG-HỢP.xlsx] [--recursive] [--jobs N] [--sheet TÊN] [--edition BỘ] [--level province|district|commune] [--plan KẾ_HOẠCH.docx] [--json] [--html RA.html]
  dti fill TỆP.xlsx -o RA.xlsx [--values] [--sheet TÊN] [--edition BỘ]
  dti template -o MẪU.xlsx [--edition BỘ]                    bảng nhập số liệu sẵn cho mọi chỉ số

Tuỳ chọn chung: --lang vi|en (ngôn ngữ thông báo), --format vi (in số kiểu Việt Nam: 19,9)
Bộ chỉ số: draft-2025 (mặc định, 27 chỉ số) hoặc qd405-29 (29 chỉ số).
Mã thoát: 0 thành công; 1 tệp có lỗi (check); 2 dữ liệu hoặc lệnh không hợp lệ.`;

const HELP_EN = `dti — score and check the Digital Transformation Index (DTI)

Usage:
  dti score CODE A [B] [C] [D] [--year Y] [--edition E]    points of one indicator
  dti score -                                              read lines CODE<TAB>A<TAB>B<TAB>C<TAB>D
  dti target "TARGET" ACTUAL                               TRUE/FALSE: does the value meet the target
  dti check FILE.xlsx|FOLDER… [--summary SUMMARY.xlsx] [--recursive] [--jobs N] [--sheet NAME] [--edition E] [--level province|district|commune] [--plan PLAN.docx] [--json] [--html OUT.html]
  dti fill FILE.xlsx -o OUT.xlsx [--values] [--sheet NAME] [--edition E]
  dti template -o TEMPLATE.xlsx [--edition E]                a ready input sheet for every indicator

Common options: --lang vi|en, --format vi (print numbers the Vietnamese way: 19,9)
Editions: draft-2025 (default, 27 indicators) or qd405-29 (29 indicators).
Exit status: 0 success; 1 a file has errors (check); 2 bad input or usage.`;

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const { positional, options } = parseArgs(argv);
  const lang: Lang = options.lang === "en" ? "en" : "vi";
  const [command, ...rest] = positional;
  const str = (k: string) => (typeof options[k] === "string" ? (options[k] as string) : undefined);
  const common = { lang, year: str("year"), edition: str("edition"), format: str("format") };
  if (!command || options.help || command === "help") {
    io.out(lang === "en" ? HELP_EN : HELP_VI);
    return command || options.help ? 0 : 2;
  }
  switch (command) {
    case "score":
      return runScore(rest, common, io);
    case "target":
      return runTarget(rest, common, io);
    case "template": {
      const { runTemplate } = await import("./template");
      return runTemplate({ lang, edition: str("edition"), output: str("output"), force: options.force === true }, io);
    }
    case "check": {
      const { runCheck } = await import("./check");
      return runCheck(rest, { ...common, sheet: str("sheet"), level: str("level"), json: options.json === true, html: str("html"), plan: str("plan"), force: options.force === true, summary: str("summary"), jobs: str("jobs"), recursive: options.recursive === true }, io);
    }
    case "fill": {
      const { runFill } = await import("./fill");
      return runFill(rest, { ...common, sheet: str("sheet"), output: str("output"), values: options.values === true, force: options.force === true, json: options.json === true }, io);
    }
    default:
      io.err(formatMessage("unknownCommand", { command }, lang));
      return 2;
  }
}

