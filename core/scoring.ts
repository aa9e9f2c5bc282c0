// The scoring engine: ratio from inputs a..d, points by rule kind, rounded half-up to 2 decimals.
import type { Letter, Resolved, Rule } from "./catalog";
import { CellError, div0Error, naError, valueError } from "./errors";
import { cleanFloat, isBlank, toBoolean, toNumber, type Raw } from "./values";

const LETTERS: readonly Letter[] = ["a", "b", "c", "d"];

/**
 * Half-up to 2 decimals, immune to binary noise (1.005 → 1.01, 20.000000000000004 → 20): the
 * nudge of 1e-7 hundredths is far below any real difference in points (at most 1000 with 2 decimals).
 */
export function round2(x: number): number {
  return Math.floor(x * 100 + 0.5 + 1e-7) / 100;
}

/** The ratio that earns full points in a given evaluation year (no year: the 2025-2027 rule). */
export function thresholdFor(rule: Rule, year?: number | null): number {
  switch (rule.kind) {
    case "threshold": {
      const y = year ?? null;
      const band = y === null ? undefined : rule.byYear?.find((b) => y >= b.from && y <= b.to);
      return band ? band.t : rule.t;
    }
    case "rate-threshold":
      return rule.t;
    default:
      return 1;
  }
}

/** Points for a ratio under a rule, unrounded. */
export function pointsForRatio(rule: Rule, ratio: number, max: number, year?: number | null): number {
  const t = thresholdFor(rule, year);
  switch (rule.kind) {
    case "proportional":
    case "checklist":
      return Math.min(ratio, 1) * max;
    case "all-or-nothing":
      return ratio >= 1 - 1e-12 ? max : 0;
    case "threshold":
    case "rate-threshold":
      return ratio >= t - 1e-12 ? max : (ratio / t) * max;
  }
}

export interface RatioParts {
  ratio: number;
  /** Sum of the numerator letters, and of the denominator letters (checklist: criteria met, criteria). */
  num: number;
  den: number;
  /** True when every numeric input is a whole number (counts of people, units…). */
  integral: boolean;
}

function describe(letters: readonly Letter[]): string {
  return letters.join("+");
}

interface Compiled {
  used: Letter[];
  usedIdx: number[];
  numIdx: number[];
  denIdx: number[];
  pairs: [number, number, Letter, Letter][];
}

// The letters of each formula as input positions, worked out once per indicator (the scoring hot path).
const compiled = new WeakMap<Resolved["indicator"], Compiled>();
function compile(ind: Resolved["indicator"]): Compiled {
  let c = compiled.get(ind);
  if (!c) {
    const used = ind.inputs.map((x) => x.letter);
    const idx = (l: Letter) => LETTERS.indexOf(l);
    c = {
      used,
      usedIdx: used.map(idx),
      numIdx: (ind.ratio?.num ?? []).map(idx),
      denIdx: (ind.ratio?.den ?? []).map(idx),
      pairs: (ind.ratio?.pairs ?? []).map(([p, w]) => [idx(p), idx(w), p, w]),
    };
    compiled.set(ind, c);
  }
  return c;
}

/** Reads inputs a..d for an indicator and computes its ratio, or the error the user must see. */
export function computeRatio(r: Resolved, inputs: readonly Raw[]): RatioParts | CellError {
  const ind = r.indicator;
  if (!ind.rule) return naError("ruleNotPublished", { code: r.code, edition: r.edition.id });
  const { used, usedIdx, numIdx, denIdx, pairs } = compile(ind);
  for (let i = used.length; i < inputs.length; i++) {
    if (!isBlank(inputs[i] as Raw)) {
      return valueError("tooManyInputs", { code: r.code, count: used.length, letters: used.join(", ") });
    }
  }
  if (ind.rule.kind === "checklist") {
    const weights = ind.rule.weights;
    // Officers tick criteria with "x" and leave the others empty: once any criterion is filled, blank means no.
    const anyGiven = weights.some((_, i) => !isBlank(inputs[i] as Raw));
    if (!anyGiven) return naError("missingInput", { letter: LETTERS[0] });
    let ratio = 0;
    let met = 0;
    for (let i = 0; i < weights.length; i++) {
      const v = toBoolean(inputs[i] as Raw);
      if (v === null) continue;
      if (v instanceof CellError) return v;
      if (v) {
        ratio += weights[i];
        met++;
      }
    }
    return { ratio: cleanFloat(ratio), num: met, den: weights.length, integral: true };
  }
  const f = ind.ratio!;
  for (let k = 0; k < usedIdx.length; k++) {
    if (isBlank(inputs[usedIdx[k]] as Raw)) return naError("missingInput", { letter: used[k] });
  }
  const values = [0, 0, 0, 0];
  let integral = true;
  for (let k = 0; k < usedIdx.length; k++) {
    const raw = inputs[usedIdx[k]];
    const v = typeof raw === "number" && Number.isFinite(raw) ? raw : toNumber(raw as Raw);
    if (v instanceof CellError) return v;
    if (v === null) return naError("missingInput", { letter: used[k] });
    if (v < 0) return valueError("negative", { letter: used[k], value: v });
    values[usedIdx[k]] = v;
    if (integral && !Number.isInteger(v)) integral = false;
  }
  let num = 0;
  let den = 0;
  for (const i of numIdx) num += values[i];
  for (const i of denIdx) den += values[i];
  if (den === 0) return div0Error("zeroDenominator", { den: describe(f.den) });
  if (f.share) {
    for (const [p, w, part, whole] of pairs) {
      if (values[p] > values[w]) return valueError("shareAbove", { num: part, den: whole });
    }
    if (num > den) return valueError("shareAbove", { num: describe(f.num), den: describe(f.den) });
  }
  return { ratio: num / den, num, den, integral };
}

/** Points for one indicator from raw inputs, rounded half-up to 2 decimals. */
export function scoreIndicator(r: Resolved, inputs: readonly Raw[], year?: number | null): number | CellError {
  if (!r.indicator.rule && r.max === null) return naError("maxAndRuleNotPublished", { code: r.code, edition: r.edition.id });
  const parts = computeRatio(r, inputs);
  if (parts instanceof CellError) return parts;
  if (r.max === null) return naError("maxNotPublished", { code: r.code, edition: r.edition.id });
  return round2(pointsForRatio(r.indicator.rule!, parts.ratio, r.max, year));
}

/** Points an indicator earns at a given ratio (for targets and projections). */
export function scoreRatio(r: Resolved, ratio: number, year?: number | null): number | CellError {
  if (!r.indicator.rule && r.max === null) return naError("maxAndRuleNotPublished", { code: r.code, edition: r.edition.id });
  if (!r.indicator.rule) return naError("ruleNotPublished", { code: r.code, edition: r.edition.id });
  if (r.max === null) return naError("maxNotPublished", { code: r.code, edition: r.edition.id });
  return round2(pointsForRatio(r.indicator.rule, ratio, r.max, year));
}

/**
 * How many more units of the numerator give full points (0 when reached). Whole units when the
 * inputs are counts; checklists answer with the number of criteria still unmet.
 */
export function neededForFull(r: Resolved, inputs: readonly Raw[], year?: number | null): number | CellError {
  const parts = computeRatio(r, inputs);
  if (parts instanceof CellError) return parts;
  const rule = r.indicator.rule!;
  if (rule.kind === "checklist") return parts.den - parts.num;
  const t = thresholdFor(rule, year);
  const gap = cleanFloat(t * parts.den - parts.num);
  if (gap <= 0) return 0;
  return parts.integral ? Math.ceil(Number(gap.toPrecision(12))) : Math.ceil(Number((gap * 100).toPrecision(12))) / 100;
}
