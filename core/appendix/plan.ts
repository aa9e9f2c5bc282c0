// Reads dated targets out of a plan's prose ("Phấn đấu hết năm 2026 tỉ lệ hồ sơ … đạt tối thiểu 30%").
import { getIndicator } from "../catalog";
import { parseTarget, type Target } from "../targets";
import { coverage, tokens } from "./recognize";

export interface PlanTarget {
  key: string;
  year: number;
  target: Target;
  /** The sentence it was read from. */
  sentence: string;
}

const VALUE = /(\d+(?:,\d+)?\s*%|\d+(?:,\d+)?\s*(?:doanh nghiệp|DN)?\s*\/\s*1[.]?000\s*(?:dân|người))/giu;
// "năm 2026", "hết năm 2026", "đến năm 2030" — not the years inside dates of cited documents.
const YEAR = /năm\s+(20[2-4]\d)\b/giu;

/** Words as the recogniser sees them, joined: for finding a phrase inside a sentence. */
const flat = (s: string) => ` ${tokens(s).filter((t) => !t.includes("_")).join(" ")} `;

/**
 * The indicator a sentence speaks of: the one whose phrase ("chữ ký số") stands last before the
 * target; else the one whose name the words cover best.
 */
function subjectOf(subject: string, keys: readonly string[]): string | null {
  const text = flat(subject);
  let key: string | null = null;
  let at = -1;
  let len = 0;
  for (const k of keys) {
    for (const phrase of getIndicator(k)?.keywords ?? []) {
      const p = flat(phrase);
      const i = text.lastIndexOf(p);
      if (i >= 0 && (i > at || (i === at && p.length > len))) {
        key = k;
        at = i;
        len = p.length;
      }
    }
  }
  if (key) return key;
  let best = 0;
  let second = 0;
  for (const k of keys) {
    const c = coverage(subject, k);
    if (c > best) {
      second = best;
      best = c;
      key = k;
    } else if (c > second) second = c;
  }
  return best >= 0.6 && best - second >= 0.1 ? key : null;
}

/** Sentences of running text, with page-wrapped lines joined and side remarks in parentheses removed. */
function sentences(text: string): string[] {
  const joined = text.normalize("NFC").replace(/\r/g, "").replace(/\n\s*\n/g, "\n").replace(/\n(?![-+•]\s)/g, " ");
  return joined
    .split(/\n|(?<=[.;:])\s+(?=[A-ZĐÀ-Ỹ])/u)
    .map((s) => s.replace(/\([^)]*\)/g, " ").replace(/\s+/g, " ").trim())
    .filter((s) => s.length > 10);
}

/**
 * Finds "indicator — year — target" statements in a plan's text. A clause (between commas) holding a
 * year and a target pairs them; the indicator is the one the sentence's words before its first target
 * name, among `keys` (the indicators of the appendix being checked).
 */
export function extractPlanTargets(text: string, keys: readonly string[]): PlanTarget[] {
  const out: PlanTarget[] = [];
  for (const sentence of sentences(text)) {
    const first = sentence.search(VALUE);
    YEAR.lastIndex = 0;
    if (first < 0 || !YEAR.test(sentence)) continue;
    YEAR.lastIndex = 0;
    const key = subjectOf(sentence.slice(0, first), keys);
    if (!key) continue;
    for (const clause of sentence.split(/[,;]/)) {
      const values = [...clause.matchAll(VALUE)].map((m) => m[0]);
      const years = [...clause.matchAll(YEAR)].map((m) => Number(m[1]));
      if (!values.length || values.length !== years.length) continue;
      values.forEach((v, i) => {
        const target = parseTarget(v);
        if (target && target.kind !== "qualitative") out.push({ key, year: years[i], target, sentence });
      });
    }
  }
  return out;
}
