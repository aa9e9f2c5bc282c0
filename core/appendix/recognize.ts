// Recognises an indicator from its name as written (diacritics, case, punctuation, word order, truncation aside).
import { EDITIONS, INDICATORS, PILLARS, type EditionId } from "../catalog";
import { foldText } from "../values";

// "tỉ lệ" and "tỷ lệ", "kĩ năng" and "kỹ năng" are the same words spelt two ways.
const FINAL_Y = /^(b|c|ch|d|g|gh|h|k|kh|l|m|n|ng|nh|p|ph|r|s|t|th|tr|v|x)y$/;

/** Syllables without diacritics, plus adjacent pairs (so "hồ sơ" and "tổng số" stay apart). */
export function tokens(text: string): string[] {
  const words = foldText(text)
    .replace(/[^a-z0-9%]+/g, " ")
    .trim()
    .split(" ")
    .filter(Boolean)
    .map((w) => (FINAL_Y.test(w) ? `${w.slice(0, -1)}i` : w));
  const out = [...words];
  for (let i = 0; i + 1 < words.length; i++) out.push(`${words[i]}_${words[i + 1]}`);
  return out;
}

interface Entry {
  key: string;
  weights: Map<string, number>;
  total: number;
}

const df = new Map<string, number>();
const perKey = new Map<string, Set<string>>();
for (const ind of INDICATORS) {
  const all = new Set<string>();
  for (const n of [...Object.values(ind.names), ...ind.aliases]) for (const t of tokens(n!)) all.add(t);
  perKey.set(ind.key, all);
  for (const t of all) df.set(t, (df.get(t) ?? 0) + 1);
}
const N = INDICATORS.length;

/** Rare words say more: "hồ sơ" identifies an indicator, "tỷ lệ" does not. */
function weight(t: string): number {
  const d = df.get(t) ?? 0.5;
  const base = Math.log(1 + N / d);
  return t.includes("_") ? base * 0.8 : base;
}

const ENTRIES: Entry[] = [];
for (const ind of INDICATORS) {
  for (const n of [...Object.values(ind.names), ...ind.aliases]) {
    const weights = new Map<string, number>();
    for (const t of new Set(tokens(n!))) weights.set(t, weight(t));
    ENTRIES.push({ key: ind.key, weights, total: [...weights.values()].reduce((s, w) => s + w, 0) });
  }
}

/** How much of an indicator's name (rare words weighing more) a longer text contains, 0..1. */
export function coverage(text: string, key: string): number {
  const q = new Set(tokens(text));
  let best = 0;
  for (const e of ENTRIES) {
    if (e.key !== key || !e.total) continue;
    let inter = 0;
    for (const [t, w] of e.weights) if (q.has(t)) inter += w;
    best = Math.max(best, inter / e.total);
  }
  return best;
}

export interface NameMatch {
  key: string;
  score: number;
  /** Best score among other indicators. */
  runnerUp: number;
}

/**
 * The indicator a name most likely means, with a score in 0..1. Precision (how much of what was
 * written belongs to the indicator's name) weighs more than recall, so truncated names still match.
 */
const cache = new WeakMap<object, Map<string, NameMatch | null>>();
const UNRESTRICTED = {};

export function matchName(text: string, restrictTo?: ReadonlySet<string>): NameMatch | null {
  // Tables repeat names (commune tables, many files of one province): remember each answer.
  const scope = restrictTo ?? UNRESTRICTED;
  let memo = cache.get(scope);
  if (!memo) cache.set(scope, (memo = new Map()));
  if (memo.has(text)) return memo.get(text)!;
  if (memo.size > 50_000) memo.clear();
  const m = computeMatch(text, restrictTo);
  memo.set(text, m);
  return m;
}

function computeMatch(text: string, restrictTo?: ReadonlySet<string>): NameMatch | null {
  const q = new Set(tokens(text));
  if (q.size === 0) return null;
  const best = new Map<string, number>();
  for (const e of ENTRIES) {
    if (restrictTo && !restrictTo.has(e.key)) continue;
    let inter = 0;
    let qTotal = 0;
    for (const t of q) {
      const w = e.weights.get(t);
      const wt = w ?? weight(t);
      qTotal += wt;
      if (w !== undefined) inter += w;
    }
    const p = qTotal ? inter / qTotal : 0;
    const r = e.total ? inter / e.total : 0;
    const score = 0.65 * p + 0.35 * r;
    if (score > (best.get(e.key) ?? 0)) best.set(e.key, score);
  }
  let key = "";
  let score = 0;
  let runnerUp = 0;
  for (const [k, s] of best) {
    if (s > score) {
      runnerUp = score;
      score = s;
      key = k;
    } else if (s > runnerUp) runnerUp = s;
  }
  return key ? { key, score, runnerUp } : null;
}

/** A confident recognition: good enough and clearly ahead of the next indicator. */
export function recognizeName(text: string, restrictTo?: ReadonlySet<string>): NameMatch | null {
  const m = matchName(text, restrictTo);
  if (!m) return null;
  if (m.score < 0.55 || m.score - m.runnerUp < 0.06) return null;
  return m;
}

const PILLAR_FORMS = PILLARS.map((p) => ({
  n: p.n,
  forms: [p.vi, ...p.aliases].map((s) => canonicalPillar(s)),
}));

/** A pillar heading's words, without numbering, point totals or parentheses. */
export function canonicalPillar(text: string): string {
  return foldText(text)
    .replace(/\([^)]*\)/g, " ")
    .replace(/^(chi so chinh|tru cot|nhom)\s*/, "")
    .replace(/^[ivx]+\s*[.)-]\s*/, "")
    .replace(/^\d+\s*[.)-]?\s*/, "")
    .replace(/[^a-z ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The pillar a heading names exactly (accepted variants included), or null. */
export function pillarByName(text: string): number | null {
  const c = canonicalPillar(text);
  if (!c) return null;
  for (const p of PILLAR_FORMS) if (p.forms.includes(c)) return p.n;
  return null;
}

/** True when a text looks like a pillar name, even a wrong one ("Hạ tầng và Nhân lực số"). */
export function looksLikePillar(text: string): boolean {
  const c = canonicalPillar(text);
  if (!c || c.split(" ").length > 9) return false;
  return PILLAR_FORMS.some((p) => p.forms.some((f) => overlap(f, c) >= 0.5));
}

function overlap(a: string, b: string): number {
  const A = new Set(a.split(" "));
  const B = new Set(b.split(" "));
  let i = 0;
  for (const t of A) if (B.has(t)) i++;
  return i / Math.max(A.size, B.size);
}

/** Keys each edition contains, for recognition restricted to an edition. */
export const EDITION_KEYS: Record<EditionId, ReadonlySet<string>> = Object.fromEntries(
  EDITIONS.map((e) => [e.id, new Set(e.codes.map(([, k]) => k))]),
) as unknown as Record<EditionId, ReadonlySet<string>>;
