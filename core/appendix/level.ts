// Whose table is it — a province's, a district's or a commune's — from every signal the sheet gives: the
// title and motto block (in any letter case), the rows' own wording, the agencies named as leads, the
// layout; and, when signals disagree, which one decided.
import { foldText, memoText } from "../values";

export type Level = "province" | "district" | "commune";

/** The signal that decided a table's level. */
export type LevelSource = "option" | "title" | "rows" | "units" | "groups" | "codes" | "default";

export interface LevelDecision {
  level: Level;
  from: LevelSource;
  /** Two explicit signals (title, rows, units) named different levels. */
  disagree: boolean;
}

// The cities governed by the centre are provinces; any other "thành phố" is one of a province.
const CENTRAL_CITIES = /^(ha noi|ho chi minh|hai phong|da nang|can tho|hue)\b/;
// Longest first, so "thị xã" is not read as "xã" nor "thành phố thuộc tỉnh" as "tỉnh".
const UNIT = /(?<!\p{L})(thành phố thuộc tỉnh|thành phố|tp\.|tp|thị xã|thị trấn|đặc khu|tỉnh|huyện|quận|xã|phường)(?!\p{L})/gu;
const NAMED_BY = /(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân|cấp|của|đảng ủy|đảng uỷ|hđnd|phòng [\p{L} ,-]{2,40}?)\s*$/u;
// "các xã", "mỗi xã": units counted, not the unit whose table it is.
const MANY = /(?:các|những|mỗi|từng|tất cả|toàn bộ|giữa)\s*$/u;

function unitLevel(unit: string, after: string): Level {
  if (unit === "xã" || unit === "phường" || unit === "thị trấn" || unit === "đặc khu") return "commune";
  if (unit === "huyện" || unit === "quận" || unit === "thị xã" || unit === "thành phố thuộc tỉnh") return "district";
  if (unit === "tỉnh") return "province";
  return CENTRAL_CITIES.test(foldText(after)) ? "province" : "district";
}

/**
 * The level a title names: the unit after "UBND", "Ủy ban nhân dân", "cấp", "của" …, or a unit word in
 * any letter case followed by its proper name ("XÃ ĐẠI PHƯỚC", "Tỉnh Lâm Đồng"); the first in the text
 * decides (the issuing body stands first). "Xã hội" and "các xã" name no unit. Null when it names none.
 */
export function levelFromTitle(title: string): Level | null {
  const text = title.normalize("NFC").replace(/\s+/g, " ");
  const lower = text.toLowerCase();
  for (const m of lower.matchAll(UNIT)) {
    const at = m.index!;
    const end = at + m[0].length;
    const before = lower.slice(Math.max(0, at - 50), at);
    const after = lower.slice(end).trimStart();
    if (m[1] === "xã" && /^hội(?!\p{L})/u.test(after)) continue;
    if (MANY.test(before)) continue;
    // A proper name follows the unit word: "Xã Đại Phước", "XÃ ĐẠI PHƯỚC", "TP. Hồ Chí Minh".
    const next = /^\s*(\S)/u.exec(text.slice(end))?.[1] ?? "";
    if (NAMED_BY.test(before) || /\p{Lu}/u.test(next)) return unitLevel(m[1], after);
  }
  return /\bcap huyen\b/.test(foldText(title)) ? "district" : null;
}

/** The level most of some texts speak of, when at least `min` do and three in five agree. */
function majority(levels: readonly (Level | null)[], min: number): Level | null {
  const votes = new Map<Level, number>();
  for (const l of levels) if (l) votes.set(l, (votes.get(l) ?? 0) + 1);
  const total = [...votes.values()].reduce((s, v) => s + v, 0);
  if (total < min) return null;
  const [best, n] = [...votes.entries()].sort((a, b) => b[1] - a[1])[0];
  return n >= total * 0.6 ? best : null;
}

/** What a row's own words say of whose it is: "trên địa bàn xã", "UBND cấp xã", "của tỉnh". */
const rowLevel = memoText(readRowLevel);
function readRowLevel(text: string): Level | null {
  const t = text.normalize("NFC").toLowerCase();
  if (/trên địa bàn (xã|phường|thị trấn|đặc khu)(?!\p{L})(?! hội)|(?<!\p{L})(ubnd |ủy ban nhân dân )?cấp xã(?!\p{L})|(?<!\p{L})(của|tại) (ubnd )?(xã|phường)(?!\p{L})(?! hội)/u.test(t)) return "commune";
  if (/trên địa bàn (huyện|thị xã|quận)(?!\p{L})|(?<!\p{L})cấp huyện(?!\p{L})/u.test(t)) return "district";
  if (/trên địa bàn tỉnh(?!\p{L})|(?<!\p{L})cấp tỉnh(?!\p{L})/u.test(t)) return "province";
  return null;
}

/** What an agency's name says of the level it works at: "Công an xã", "Sở Y tế", "Phòng … huyện". */
const unitOf = memoText(readUnit);
function readUnit(lead: string): Level | null {
  const t = lead.normalize("NFC").toLowerCase();
  // "UBND cấp xã" leads in a province's table too (for the communes' share of the work): it says nothing.
  if (/cấp xã|các xã|các (sở|ngành)/u.test(t)) return null;
  if (/(?<!\p{L})(huyện|thị xã|quận)(?!\p{L})/u.test(t)) return "district";
  if (/(?<!\p{L})(xã|phường|thị trấn|đặc khu)(?!\p{L})(?! hội)/u.test(t)) return "commune";
  if (/(?<!\p{L})(sở|tỉnh)(?!\p{L})/u.test(t.replace(/cơ sở/gu, ""))) return "province";
  return null;
}

export interface LevelSignals {
  option?: Level;
  title: string;
  /** The rows' own words (names, targets). */
  rows: readonly string[];
  /** The agencies named as leads (of the table's own level, not "cấp trên"). */
  leads: readonly string[];
  /** Group headings ("I. NHÓM CHỈ TIÊU …"): a commune's layout. */
  groups: boolean;
  /** Column headers ("của xã", "cấp trên"). */
  headers: readonly string[];
  /** Whether any row carries a catalog-style code (communes number rows 01, 02 …). */
  anyCode: boolean;
}

/** Decides the level: the user's option, then the title, the rows' wording, the leads, the layout, the numbering. */
export function decideLevel(s: LevelSignals): LevelDecision {
  const title = levelFromTitle(s.title);
  const rows = majority(s.rows.map(rowLevel), 2);
  const units = majority(s.leads.map(unitOf), 3);
  const explicit = [title, rows, units].filter((l): l is Level => l !== null);
  const disagree = new Set(explicit).size > 1;
  if (s.option) return { level: s.option, from: "option", disagree };
  if (title) return { level: title, from: "title", disagree };
  if (rows) return { level: rows, from: "rows", disagree };
  if (units) return { level: units, from: "units", disagree };
  if (s.groups || s.headers.some((h) => /cap tren|cua xa/.test(foldText(h)))) return { level: "commune", from: "groups", disagree };
  if (s.rows.length > 0 && !s.anyCode) return { level: "commune", from: "codes", disagree };
  return { level: "province", from: "default", disagree };
}
