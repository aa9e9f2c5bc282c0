// Written targets ("Trên 80%", "90% trở lên", "≤12/34", "01 doanh nghiệp/1.000 dân", "16/20"): parse, compare, score.
import type { Resolved } from "./catalog";
import { CellError, naError, valueError } from "./errors";
import { scoreRatio } from "./scoring";
import { cleanFloat, foldText, isBlank, parseVietnameseNumber, toText, type Raw } from "./values";

export type Op = ">" | ">=" | "<" | "<=";

export type Target =
  | { kind: "percent"; op: Op; value: number; text: string }
  | { kind: "rate"; op: Op; value: number; text: string }
  | { kind: "count"; op: Op; value: number; total: number; text: string }
  | { kind: "rank"; op: Op; value: number; of: number | null; text: string }
  | { kind: "points"; value: number; scale: number; text: string }
  | { kind: "qualitative"; text: string };

/** How to read "x/y" when the text alone does not say: a target, a target-points cell, a rank. */
export type TargetContext = "target" | "points" | "rank";

// Number of provinces and cities: "15/34", "12/63" are ranks.
const RANK_TOTALS = new Set([34, 63]);
const NUMBER = String.raw`\d[\d.,]*\d|\d`;
/** Longest text read as a target (the longest in the sources is about 120 characters). */
export const MAX_TARGET_LENGTH = 300;

function num(s: string): number | null {
  const v = parseVietnameseNumber(s);
  return typeof v === "number" ? v : null;
}

/**
 * The comparison a target's wording asks for ("không quá", "tối thiểu", "dưới", "trên" …, folded), or
 * its symbol; "đạt 95%" and a bare "95%" mean at least 95 %. Cells and sentences are read by this one reader.
 */
export function readOp(folded: string, symbol?: string): Op {
  if (symbol) {
    if (symbol === "≤" || symbol === "<=") return "<=";
    if (symbol === "≥" || symbol === ">=") return ">=";
    if (symbol === "<") return "<";
    if (symbol === ">") return ">";
  }
  if (/\b(khong vuot qua|khong qua|toi da|it hon hoac bang)\b/.test(folded)) return "<=";
  if (/\b(khong duoi|khong thap hon|toi thieu|it nhat|tro len)\b/.test(folded)) return ">=";
  if (/\b(duoi|thap hon|it hon)\b/.test(folded)) return "<";
  if (/\b(tren|hon|vuot)\b/.test(folded)) return ">";
  return ">=";
}

/** Reads a written target into a comparable value; anything unreadable is qualitative, never an error. */
export function parseTarget(text: string, context: TargetContext = "target"): Target | null {
  const key = `${context}\u0000${text}`;
  if (parsed.has(key)) return parsed.get(key)!;
  const t = readTarget(text, context);
  if (parsed.size > 20_000) parsed.clear();
  // Shared between callers: frozen so that no caller can change another's answer. Long texts are not kept.
  if (text.length <= MAX_TARGET_LENGTH) parsed.set(key, t && Object.freeze(t));
  return t;
}
const parsed = new Map<string, Target | null>();

function readTarget(text: string, context: TargetContext): Target | null {
  const raw = text.normalize("NFC").replace(/\s+/g, " ").trim();
  if (raw === "") return null;
  // A written target is a short phrase; longer text is read as qualitative, so the patterns below stay linear.
  if (raw.length > MAX_TARGET_LENGTH) return { kind: "qualitative", text: raw.slice(0, 120) + "…" };
  const folded = foldText(raw);

  // Points "16/20" in a target-points column.
  if (context === "points") {
    const m = new RegExp(String.raw`^(${NUMBER})\s*(?:điểm|diem)?\s*/\s*(${NUMBER})\s*(?:điểm|diem)?$`, "i").exec(raw);
    if (m) {
      const value = num(m[1]);
      const scale = num(m[2]);
      if (value !== null && scale !== null && scale > 0) return { kind: "points", value, scale, text: raw };
    }
    const single = num(raw);
    if (single !== null) return { kind: "points", value: single, scale: NaN, text: raw };
    return { kind: "qualitative", text: raw };
  }

  // Ranks: "≤4", "≤12/34", "15/34", "Top 10"-like with a comparison symbol and no unit.
  const rank = new RegExp(String.raw`^(?:(?:xếp hạng|xep hang|hạng|hang|thứ hạng|thu hang)\s*)?(≤|<=|≥|>=|<|>)?\s*(\d+)\s*(?:/\s*(\d+))?$`, "i").exec(raw);
  if (rank && (context === "rank" || rank[1] || (rank[3] && RANK_TOTALS.has(Number(rank[3]))))) {
    const op = readOp(folded, rank[1] ?? "≤");
    return { kind: "rank", op, value: Number(rank[2]), of: rank[3] ? Number(rank[3]) : null, text: raw };
  }

  // The comparison words stand before the first number ("Trên 90%", "Đạt trên 1%") or right after it ("90% trở lên").
  const first = new RegExp(String.raw`(≤|<=|≥|>=|<|>)?\s*(${NUMBER})`).exec(raw);
  if (!first) return { kind: "qualitative", text: raw };
  const before = foldText(raw.slice(0, first.index));
  const after = foldText(raw.slice(first.index + first[0].length));
  const opWords = before + " " + (/^%?\s*(tro len|tro xuong)/.test(after) ? after.slice(0, 12) : "");
  const op = /tro xuong/.test(opWords) ? "<=" : readOp(opWords, first[1]);

  // Rate per population: "01 doanh nghiệp/1.000 dân", "1/1.000 dân", "0,36 DN trên 1.000 người".
  const rate = new RegExp(String.raw`(${NUMBER})\s*(?:[^\d/%]{0,30}?)\s*(?:/|trên|tren)\s*(${NUMBER})\s*(?:dân|dan|người|nguoi)`, "i").exec(raw);
  if (rate) {
    const v = num(rate[1]);
    const per = num(rate[2]);
    if (v !== null && per !== null && per > 0) return { kind: "rate", op, value: cleanFloat((v * 1000) / per), text: raw };
  }

  const value = num(first[2]);
  if (value === null) return { kind: "qualitative", text: raw };

  // Percent: the first number carries "%".
  if (/^\s*%/.test(raw.slice(first.index + first[0].length))) {
    return { kind: "percent", op, value: cleanFloat(value / 100), text: raw };
  }

  // Count of a total: "9/9 nền tảng", "Ứng dụng 9/9 nền tảng theo hướng dẫn".
  const frac = new RegExp(String.raw`^\s*/\s*(${NUMBER})`).exec(raw.slice(first.index + first[0].length));
  if (frac) {
    const total = num(frac[1]);
    if (total !== null && total > 0) {
      if (RANK_TOTALS.has(total) && value <= total && !/[a-zà-ỹ]/i.test(after.replace(/^\s*\/\s*\d+/, ""))) {
        return { kind: "rank", op: "<=", value, of: total, text: raw };
      }
      return { kind: "count", op, value, total, text: raw };
    }
  }
  return { kind: "qualitative", text: raw };
}

/**
 * A target as a cell holds it: text as written, or a number — a share (0.8 formatted as 80 %, or 80)
 * or, for a rate indicator (enterprises per 1000 people), the rate itself. Blank is no target.
 */
export function readTargetValue(v: Raw, rate = false): Target | null {
  if (isBlank(v)) return null;
  if (typeof v === "number") {
    if (rate) return { kind: "rate", op: ">=", value: v, text: String(v) };
    const value = v <= 1 ? v : cleanFloat(v / 100);
    return { kind: "percent", op: ">=", value, text: `${cleanFloat(value * 100)}%` };
  }
  return parseTarget(toText(v));
}

const EPS = 1e-9;

function compare(actual: number, op: Op, value: number): boolean {
  switch (op) {
    case ">":
      return actual > value + EPS;
    case ">=":
      return actual >= value - EPS;
    case "<":
      return actual < value - EPS;
    case "<=":
      return actual <= value + EPS;
  }
}

/** Does an actual value meet a written target? Percent targets take a fraction (0.81) or "81%". */
export function meetsTarget(t: Target, actual: number): boolean | CellError {
  switch (t.kind) {
    case "qualitative":
      return naError("targetQualitative", { text: t.text });
    case "percent":
      if (actual > 1 + EPS) return valueError("actualAboveHundred", { value: actual });
      return compare(actual, t.op, t.value);
    case "rate":
    case "rank":
      return compare(actual, t.op, t.value);
    case "count":
      return compare(actual, t.op, t.value);
    case "points":
      return actual >= t.value - EPS;
  }
}

const UNIT_LABEL: Record<Target["kind"], string> = {
  percent: "%",
  rate: "/1.000 dân",
  count: "số lượng/tổng số",
  rank: "thứ hạng",
  points: "điểm",
  qualitative: "định tính",
};

/** The indicator's ratio if the target is met exactly ("Trên 30%" met exactly is 30 %). */
export function targetRatio(t: Target, r: Resolved): number | CellError {
  const ratioKind = r.indicator.ratio?.share === false ? "rate" : "share";
  switch (t.kind) {
    case "qualitative":
      return naError("targetQualitative", { text: t.text });
    case "rank":
      return naError("targetRankNoPoints", { text: t.text });
    case "points":
      return naError("targetUnitMismatch", { text: t.text, unit: UNIT_LABEL.points, code: r.code });
    case "percent":
      if (ratioKind === "rate") return naError("targetUnitMismatch", { text: t.text, unit: UNIT_LABEL.percent, code: r.code });
      return Math.min(t.value, 1);
    case "count":
      if (ratioKind === "rate") return naError("targetUnitMismatch", { text: t.text, unit: UNIT_LABEL.count, code: r.code });
      return Math.min(cleanFloat(t.value / t.total), 1);
    case "rate":
      if (ratioKind !== "rate") return naError("targetUnitMismatch", { text: t.text, unit: UNIT_LABEL.rate, code: r.code });
      return t.value;
  }
}

/** Points an indicator earns if its written target is met exactly. */
export function targetScore(t: Target, r: Resolved, year?: number | null): number | CellError {
  if (t.kind === "points") {
    if (r.max === null) return naError("maxNotPublished", { code: r.code, edition: r.edition.id });
    if (Number.isFinite(t.scale) && t.scale !== r.max) {
      return valueError("targetPointsScale", { text: t.text, scale: t.scale, max: r.max, code: r.code });
    }
    if (t.value > r.max) return valueError("pointsAboveMax", { value: t.value, code: r.code, max: r.max });
    return t.value;
  }
  const ratio = targetRatio(t, r);
  if (ratio instanceof CellError) return ratio;
  return scoreRatio(r, ratio, year);
}
