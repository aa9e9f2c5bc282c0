// Every word a user reads, Vietnamese first and English second, with number formatting per language.

export type Lang = "vi" | "en";

type Params = Readonly<Record<string, string | number | null | undefined>>;
type Template = string;

const vi = {
  // value gate and functions
  unknownCode: "Không có chỉ số {code} trong bộ {edition}",
  unknownEdition: "Không có bộ chỉ số '{edition}'; dùng draft-2025 hoặc qd405-29",
  missingInput: "Thiếu số liệu {letter}",
  missingCode: "Thiếu mã chỉ số",
  notNumber: "'{text}' không phải là số",
  ambiguousNumber:
    "'{text}' có thể hiểu theo hai cách; hãy viết theo kiểu Việt Nam: dấu phẩy cho phần thập phân, dấu chấm ngăn hàng nghìn (ví dụ 1.234,5 hoặc 15,75)",
  commaThousands: "'{text}' có thể là số thập phân hoặc hàng nghìn; hãy viết {thousands} (hàng nghìn) hoặc {decimal} (thập phân)",
  notFinite: "Số liệu {letter} không hợp lệ",
  negative: "Số liệu {letter} là số âm ({value})",
  notBoolean: "'{text}' không phải Có/Không (dùng TRUE/FALSE, 1/0, Có/Không hoặc x)",
  zeroDenominator: "Mẫu số {den} bằng 0",
  shareAbove: "{num} lớn hơn {den}: tỷ lệ vượt quá 100%",
  maxNotPublished: "Điểm tối đa của chỉ số {code} chưa được công bố trong bộ {edition}",
  ruleNotPublished: "Cách tính điểm của chỉ số {code} chưa được công bố trong bộ {edition}",
  maxAndRuleNotPublished: "Điểm tối đa và cách tính điểm của chỉ số {code} chưa được công bố trong bộ {edition}",
  badYear: "Năm đánh giá '{text}' không hợp lệ (ví dụ 2026)",
  tooManyInputs: "Chỉ số {code} chỉ dùng {count} số liệu ({letters})",
  shapeMismatch: "Các vùng dữ liệu phải cùng kích thước: một cột (hoặc một hàng) có cùng số ô",
  targetQualitative: "Mục tiêu '{text}' là mục tiêu định tính, không so sánh được bằng số",
  targetUnreadable: "Không đọc được mục tiêu '{text}'",
  targetEmpty: "Thiếu nội dung mục tiêu",
  targetUnitMismatch: "Mục tiêu '{text}' ({unit}) không cùng đơn vị với chỉ số {code}",
  targetRankNoPoints: "Mục tiêu '{text}' là thứ hạng, không quy ra điểm",
  targetPointsScale: "Mục tiêu '{text}' tính trên thang {scale} điểm, khác điểm tối đa {max} của chỉ số {code}",
  actualAboveHundred: "Giá trị thực tế {value} vượt 100%; hãy nhập 81% hoặc 0,81",
  duplicateCode: "Chỉ số {code} xuất hiện nhiều lần",
  unknownPillar: "Không có trụ cột '{text}' (1 đến 6)",
  pointsNotNumber: "Điểm '{text}' không phải là số",
  pointsAboveMax: "Điểm {value} của chỉ số {code} vượt điểm tối đa {max}",
  unknownCommand: "Không có lệnh '{command}'; xem dti --help",
  stdinUnreadable: "Không đọc được dữ liệu vào từ stdin ({reason}): hãy chuyển vào một tệp văn bản, ví dụ dti score - < bang.tsv",
  fillNoInputs: "Bảng không có cột số liệu a, b, c, d hoặc cột tỷ lệ để tính điểm",
  fillPointsHeader: "Điểm",
  fillTotalLabel: "Tổng điểm",
  fillDtiLabel: "Chỉ số DTI (tổng điểm/1000)",
  fillPillarHasErrors: "Có chỉ số chưa tính được điểm; sửa số liệu để có tổng",
} as const;

export type MessageKey = keyof typeof vi;

const en: Record<MessageKey, Template> = {
  unknownCode: "There is no indicator {code} in {edition}",
  unknownEdition: "There is no edition '{edition}'; use draft-2025 or qd405-29",
  missingInput: "Input {letter} is missing",
  missingCode: "The indicator code is missing",
  notNumber: "'{text}' is not a number",
  ambiguousNumber:
    "'{text}' can be read two ways; write it the Vietnamese way: comma for decimals, dot for thousands (e.g. 1.234,5 or 15,75)",
  commaThousands: "'{text}' could be a decimal or thousands; write {thousands} (thousands) or {decimal} (decimal)",
  notFinite: "Input {letter} is not a valid number",
  negative: "Input {letter} is negative ({value})",
  notBoolean: "'{text}' is not yes/no (use TRUE/FALSE, 1/0, Có/Không or x)",
  zeroDenominator: "The denominator {den} is zero",
  shareAbove: "{num} is larger than {den}: the share is above 100%",
  maxNotPublished: "The maximum of indicator {code} is not published in {edition}",
  ruleNotPublished: "The scoring rule of indicator {code} is not published in {edition}",
  maxAndRuleNotPublished: "Neither the maximum nor the scoring rule of indicator {code} is published in {edition}",
  badYear: "Evaluation year '{text}' is not valid (e.g. 2026)",
  tooManyInputs: "Indicator {code} takes only {count} inputs ({letters})",
  shapeMismatch: "Ranges must have the same size: one column (or one row) of equal length",
  targetQualitative: "Target '{text}' is qualitative and cannot be compared as a number",
  targetUnreadable: "Cannot read target '{text}'",
  targetEmpty: "The target is empty",
  targetUnitMismatch: "Target '{text}' ({unit}) does not have the unit of indicator {code}",
  targetRankNoPoints: "Target '{text}' is a rank, not points",
  targetPointsScale: "Target '{text}' is on a {scale}-point scale, not the maximum {max} of indicator {code}",
  actualAboveHundred: "Actual value {value} is above 100%; enter 81% or 0.81",
  duplicateCode: "Indicator {code} appears more than once",
  unknownPillar: "There is no pillar '{text}' (1 to 6)",
  pointsNotNumber: "Points '{text}' is not a number",
  pointsAboveMax: "Points {value} of indicator {code} exceed the maximum {max}",
  unknownCommand: "There is no command '{command}'; see dti --help",
  stdinUnreadable: "Cannot read standard input ({reason}): redirect a text file, e.g. dti score - < table.tsv",
  fillNoInputs: "The table has no input columns a, b, c, d nor a ratio column to score",
  fillPointsHeader: "Points",
  fillTotalLabel: "Total points",
  fillDtiLabel: "DTI value (total/1000)",
  fillPillarHasErrors: "Some indicators cannot be scored yet; fix their inputs to get a total",
};

const tables: Record<Lang, Record<string, Template>> = { vi, en };
const extra: Record<Lang, Record<string, Template>> = { vi: {}, en: {} };

/** Lets other core modules (findings, labels) register their own message tables. */
export function registerMessages(lang: Lang, table: Record<string, Template>): void {
  Object.assign(extra[lang], table);
}

export function formatMessage(key: string, params: Params = {}, lang: Lang = "vi"): string {
  const template = extra[lang][key] ?? tables[lang][key] ?? extra.vi[key] ?? tables.vi[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = params[name];
    if (v === undefined || v === null) return "";
    // Years and row numbers are labels, not quantities: no thousands separator.
    if (typeof v === "number") return /year|row/i.test(name) ? String(v) : formatNumber(v, lang);
    return v;
  });
}

/** Vietnamese numbers: decimal comma, thousands dot; at most `digits` decimals, trailing zeros dropped. */
export function formatNumber(n: number, lang: Lang = "vi", digits = 2): string {
  if (!Number.isFinite(n)) return String(n);
  const fixed = Math.abs(n).toFixed(digits).replace(/\.?0+$/, "");
  const [int, frac] = fixed.split(".");
  const group = lang === "vi" ? "." : ",";
  const dec = lang === "vi" ? "," : ".";
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return (n < 0 ? "-" : "") + grouped + (frac ? dec + frac : "");
}

export function formatPercent(ratio: number, lang: Lang = "vi", digits = 2): string {
  return formatNumber(ratio * 100, lang, digits) + "%";
}
