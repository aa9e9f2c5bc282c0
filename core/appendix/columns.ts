// Recognises what each column of a DTI table holds from its (possibly wrapped, merged, reworded) header.
import { foldText } from "../values";

export type Role =
  | "stt" | "name" | "lead" | "coord" | "monitor" | "target" | "targetPoints" | "max" | "score"
  | "basis" | "tasks" | "method" | "time" | "result" | "ratio" | "a" | "b" | "c" | "d" | "note" | "count"
  /** A unit's own score ("Điểm tự chấm"), the score an assessor verified ("Điểm thẩm định"), and their difference. */
  | "self" | "verified" | "diff";

export interface ColumnRole {
  role: Role;
  col: number;
  /** The year a target, score or result column is for ("Năm 2026", "Đến năm 2030", "Điểm năm 2024"). */
  year: number | null;
  header: string;
}

const YEAR = /\b(20\d\d)\b/;

/** The role of one header text, or null. Order matters: "Cơ quan chủ trì theo dõi" is a lead. */
export function roleOf(header: string): { role: Role; year: number | null } | null {
  const h = foldText(header).replace(/[*:]+$/, "").trim();
  if (!h) return null;
  const y = YEAR.exec(h);
  const year = y ? Number(y[1]) : null;
  const letter = /^(?:so lieu|gia tri|chi tieu)?\s*\(?([abcd])\)?(?:\s*[(=:-].*)?$/.exec(h);
  if (letter) return { role: letter[1] as Role, year: null };
  const criterion = /^(?:tieu chi|muc)\s*([1-4])\b/.exec(h);
  if (criterion) return { role: "abcd"[Number(criterion[1]) - 1] as Role, year: null };
  if (/^(stt|so tt|s tt|tt|so thu tu|ma|ma so|ma chi so|ma chi tieu|no\.?|code)$/.test(h)) return { role: "stt", year: null };
  const english = englishRole(h);
  if (english) return english;
  if (/nhiem vu|giai phap/.test(h)) return { role: "tasks", year: null };
  if (/can cu|co so phap ly|van ban/.test(h)) return { role: "basis", year: null };
  if (/cach xac dinh|cach tinh|phuong phap/.test(h)) return { role: "method", year: null };
  if (/chu tri|phu trach/.test(h)) return { role: "lead", year: null };
  if (/theo doi/.test(h)) return { role: "monitor", year: null };
  if (/phoi hop|(co quan|don vi) thuc hien/.test(h)) return { role: "coord", year: null };
  if (/thoi gian/.test(h)) return { role: "time", year: null };
  if (/ghi chu/.test(h)) return { role: "note", year: null };
  if (/diem toi da|toi da|diem chuan|thang diem/.test(h)) return { role: "max", year: null };
  if (/tu cham|tu danh gia/.test(h)) return { role: "self", year };
  if (/tham dinh|hau kiem|diem (duoc )?cong nhan/.test(h)) return { role: "verified", year };
  if (/chenh lech/.test(h)) return { role: "diff", year: null };
  if (/muc tieu dat duoc|diem muc tieu|muc tieu \(diem\)|muc tieu diem/.test(h)) return { role: "targetPoints", year };
  if (/xep hang/.test(h)) return null;
  if (/^(tong )?diem|diem (dat|so|nam|cham|tu)|diem$/.test(h)) return { role: "score", year };
  if (/ket qua|thuc te|thuc hien|uoc dat/.test(h)) return { role: "result", year };
  if (/^ty le( dat duoc)?( \(%\))?$|^ty le dat|^ty le %/.test(h)) return { role: "ratio", year: null };
  if (/chi so thanh phan$/.test(h) && !/chi so chinh/.test(h)) return { role: "count", year: null };
  // "Chỉ tiêu năm 2026" is the 2026 target, not the indicator column.
  if (year !== null && /muc tieu|chi tieu|ke hoach|^nam|den nam|giai doan/.test(h)) return { role: "target", year };
  if (/chi so|chi tieu|ten chi|noi dung|^(ten |cac )?tieu chi\b/.test(h)) return { role: "name", year: null };
  if (year !== null && /^(nam|den nam|muc tieu|chi tieu|ke hoach|giai doan|mt)?\s*(nam\s*)?20\d\d$|muc tieu|chi tieu|^nam 20\d\d|den nam/.test(h)) {
    return { role: "target", year };
  }
  if (/^muc tieu/.test(h)) return { role: "target", year: null };
  return null;
}

/** The English headers DTI Sheets' own English template writes (and officers' English copies use). */
function englishRole(h: string): { role: Role; year: number | null } | null {
  if (/^(indicator|indicator name|criterion)$/.test(h)) return { role: "name", year: null };
  if (/^(maximum|max points|maximum points)$/.test(h)) return { role: "max", year: null };
  if (/^points$/.test(h)) return { role: "score", year: null };
  if (/^(inputs|method)$/.test(h)) return { role: "method", year: null };
  if (/^lead( agency)?$/.test(h)) return { role: "lead", year: null };
  return null;
}

/** Roles found across a header made of one or more rows of column texts. */
export function mapColumns(columnTexts: readonly string[]): ColumnRole[] {
  const out: ColumnRole[] = [];
  columnTexts.forEach((text, col) => {
    const r = roleOf(text);
    if (r) out.push({ role: r.role, col, year: r.year, header: text });
  });
  // A merged header spreads one text over several columns: keep its first column, except for
  // year columns (each year is its own target) and maxima (several scales may stand side by side).
  const seen = new Set<string>();
  return out.filter((c) => {
    const k = c.role === "target" || c.role === "score" || c.role === "result" ? `${c.role}:${c.year}` : c.role === "max" ? `max:${c.header}` : c.role;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** How table-like a header is: it must name the indicator column and at least two other things. */
export function headerScore(cols: readonly ColumnRole[]): number {
  const roles = new Set(cols.map((c) => c.role));
  if (!roles.has("name")) return 0;
  const n = roles.size + cols.filter((c) => c.role === "target").length - (roles.has("target") ? 1 : 0);
  return n >= 3 ? n : 0;
}

/** The key a row keeps a column's cell under: one per role, per year for yearly roles, per column for maxima. */
export function roleKey(c: ColumnRole): string {
  return c.role === "target" || c.role === "score" || c.role === "result" ? `${c.role}:${c.year ?? ""}` : c.role === "max" ? `max:${c.col}` : c.role;
}
