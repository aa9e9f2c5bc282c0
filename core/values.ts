// The one gate for raw cell values: Vietnamese number text, percent, blanks, yes/no words, codes, years.
import { CellError, naError, valueError } from "./errors";

/** What a host may hand the core for one cell. */
export type Raw = number | string | boolean | null | undefined | Date;

export function isBlank(v: Raw): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

const SPACES = /[\s\u00a0\u202f]/g;
// 1.234.567,5 — dots group thousands in threes, comma marks decimals.
const VI_GROUPED = /^[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?$/;
// 1 234 567,5 — spaces (or no-break spaces) as thousands separators.
const VI_SPACED = /^[1-9]\d{0,2}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?$/;
// 0.8 — a group of thousands never starts with 0, so this dot can only be a decimal point.
const ZERO_POINT = /^0\.\d+$/;
const VI_PLAIN = /^\d+(?:,\d+)?$/;
const COMMA_ONLY_DECIMAL = /^,\d+$/;
const COMMA_THOUSANDS = /^[1-9]\d{0,2},\d{3}$/;

/**
 * Reads Vietnamese number text. Returns a number, `null` for blank text, or a CellError for
 * text that is not a number or could be read two ways ("1.5", "1,234.5").
 */
export function parseVietnameseNumber(text: string): number | null | CellError {
  let t = text.trim();
  if (t === "") return null;
  let scale = 1;
  if (t.endsWith("%")) {
    scale = 0.01;
    t = t.slice(0, -1).trim();
  }
  let sign = 1;
  if (/^[-−–]/.test(t)) {
    sign = -1;
    t = t.slice(1).trim();
  } else if (t.startsWith("+")) {
    t = t.slice(1).trim();
  }
  // "3,200" is 3,2 written the Vietnamese way but 3200 written the English way: ask, never guess.
  if (COMMA_THOUSANDS.test(t)) {
    const trimmed = t.replace(/0+$/, "").replace(/,$/, "");
    return valueError("commaThousands", { text, decimal: trimmed === t ? `${t}0` : trimmed, thousands: t.replace(",", ".") });
  }
  let body: string | undefined;
  if (VI_PLAIN.test(t) || COMMA_ONLY_DECIMAL.test(t)) body = t;
  else if (VI_GROUPED.test(t)) body = t.replace(/\./g, "");
  else if (ZERO_POINT.test(t)) body = t.replace(".", ",");
  else if (VI_SPACED.test(t)) body = t.replace(SPACES, "");
  if (body === undefined) {
    // Digits with separators that fit no Vietnamese pattern ("1.5", "1,234.5", "12.34"): refuse, never guess.
    if (/^[\d.,\s\u00a0]+$/.test(t) && /\d/.test(t)) return valueError("ambiguousNumber", { text });
    return valueError("notNumber", { text });
  }
  const n = Number(body.replace(",", "."));
  if (!Number.isFinite(n)) return valueError("notNumber", { text });
  return cleanFloat(sign * n * scale);
}

/** Removes binary noise left by scaling (0.855 * 100 etc.) without changing real precision. */
export function cleanFloat(n: number): number {
  return n === 0 ? 0 : Number(n.toPrecision(15));
}

/** A numeric input: a number passes through, text is read the Vietnamese way, blank is `null`. */
export function toNumber(v: Raw): number | null | CellError {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : valueError("notNumber", { text: String(v) });
  if (typeof v === "string") return parseVietnameseNumber(v);
  if (typeof v === "boolean") return valueError("notNumber", { text: v ? "TRUE" : "FALSE" });
  return valueError("notNumber", { text: String(v) });
}

const YES = new Set(["co", "x", "true", "dung", "yes", "y", "dat", "1", "✓", "✔", "v"]);
const NO = new Set(["khong", "false", "sai", "no", "n", "khong dat", "chua", "chua dat", "0", "-"]);

/** A yes/no criterion: TRUE/FALSE, 1/0, "Có"/"Không", "x". Blank is `null`. */
export function toBoolean(v: Raw): boolean | null | CellError {
  if (v === null || v === undefined) return null;
  if (typeof v === "boolean") return v;
  if (typeof v === "number") {
    if (v === 1) return true;
    if (v === 0) return false;
    return valueError("notBoolean", { text: String(v) });
  }
  if (typeof v === "string") {
    const t = foldText(v);
    if (t === "") return null;
    if (YES.has(t)) return true;
    if (NO.has(t)) return false;
    return valueError("notBoolean", { text: v });
  }
  return valueError("notBoolean", { text: String(v) });
}

/** Lower case, no diacritics (đ → d), single spaces: for comparing Vietnamese words. */
/**
 * A function of a string remembered by its argument: tables repeat their words (headers, agency names,
 * indicator names in every commune's copy). Short strings only, and the memory is bounded.
 */
export function memoText<T>(f: (s: string) => T, size = 50_000): (s: string) => T {
  const memo = new Map<string, T>();
  return (s: string) => {
    let v = memo.get(s);
    if (v === undefined && !memo.has(s)) {
      v = f(s);
      if (s.length < 500) {
        if (memo.size >= size) memo.clear();
        memo.set(s, v);
      }
    }
    return v as T;
  };
}

export function foldText(s: string): string {
  // Tables repeat their words (headers, agency names, many files of one province): remember each answer.
  let f = folded.get(s);
  if (f === undefined) {
    f = s
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[đĐ]/g, "d")
      .toLowerCase()
      .replace(/\s+/g, " ")
      .trim();
    if (folded.size > 50_000) folded.clear();
    if (s.length < 500) folded.set(s, f);
  }
  return f;
}
const folded = new Map<string, string>();

const CODE_TEXT = /^(?:chỉ số|chi so|ct|cs)?\s*(\d)\s*[.,]\s*(\d{1,2})\s*\.?$/i;

/**
 * An indicator code as the user wrote it: "6.3", 6.3, "6,3" (Vietnamese decimal comma), or a key.
 * Returns the normalised code ("6.3") or the key as written (lower case), `null` for blank.
 */
export function toCode(v: Raw): string | null | CellError {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") {
    if (!Number.isFinite(v) || v <= 0) return naError("unknownCode", { code: String(v), edition: "" });
    // A cell holding 6.3 as a number: one decimal digit is the component (codes go up to x.7).
    const s = String(cleanFloat(v));
    const m = /^(\d)\.(\d)$/.exec(s);
    if (m) return `${m[1]}.${m[2]}`;
    if (/^\d$/.test(s)) return s;
    return naError("unknownCode", { code: s.replace(".", ","), edition: "" });
  }
  if (typeof v === "string") {
    const t = v.normalize("NFC").trim();
    if (t === "") return null;
    const m = CODE_TEXT.exec(t);
    if (m) return `${m[1]}.${Number(m[2])}`;
    return t.toLowerCase();
  }
  if (typeof v === "boolean") return naError("unknownCode", { code: String(v), edition: "" });
  return naError("unknownCode", { code: String(v), edition: "" });
}

/**
 * A command-line argument: shells and scripts write "1.2" with a decimal point, so there a single
 * dot is a decimal point unless exactly three digits follow it ("350.000" stays Vietnamese). Text
 * that is still not a number is returned as it is, for the gate to explain.
 */
export function readArgument(text: string): Raw {
  const t = text.trim();
  if (/^[-+]?\d+\.(?:\d{1,2}|\d{4,})%?$/.test(t)) {
    const n = parseVietnameseNumber(t.replace(".", ","));
    if (typeof n === "number") return n;
  }
  const n = parseVietnameseNumber(t);
  return typeof n === "number" ? n : text;
}

/** An evaluation year (2000–2100); blank is `null`. */
export function toYear(v: Raw): number | null | CellError {
  const n = toNumber(v);
  if (n === null || n instanceof CellError) return n === null ? null : valueError("badYear", { text: String(v) });
  if (!Number.isInteger(n) || n < 2000 || n > 2100) return valueError("badYear", { text: String(v) });
  return n;
}

/** Text for display or parsing: numbers are written the Vietnamese way. */
export function toText(v: Raw): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v);
}
