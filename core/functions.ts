// The custom functions (SCORE, RATIO, …) defined once with their metadata; hosts only wrap `callFunction`.
import { getPillar, nameIn, resolveEdition, resolveIndicator, type Resolved } from "./catalog";
import { CellError, naError, valueError } from "./errors";
import { computeRatio, neededForFull, round2, scoreIndicator, thresholdFor } from "./scoring";
import { meetsTarget, readTargetValue, targetScore, type Target } from "./targets";
import { cleanFloat, isBlank, toNumber, toText, toYear, type Raw } from "./values";

export type Scalar = number | string | boolean | null;
export type Result = number | string | boolean | CellError;
/** An argument as a host hands it over: one value, or a range as rows of values. */
export type Arg = Raw | readonly (readonly Raw[])[];

export interface ParamSpec {
  name: string;
  optional: boolean;
  vi: string;
  en: string;
  /** Accepts a whole range (all parameters do; TOTAL needs one). */
  range: boolean;
}

export interface FunctionSpec {
  /** Name in the DTI namespace: Excel `DTI.SCORE`, Sheets `DTI_SCORE`. */
  name: string;
  vi: string;
  en: string;
  result: "number" | "string" | "boolean";
  params: readonly ParamSpec[];
  /** Element-wise: ranges in, a range of the same shape out. Otherwise the function reads whole ranges. */
  elementwise: boolean;
  exampleVi: string;
  impl: (args: readonly Raw[] | readonly Arg[]) => Result;
}

const p = (name: string, vi: string, en: string, optional = false): ParamSpec => ({ name, optional, vi, en, range: true });

const CODE = p("code", "Mã chỉ số, ví dụ \"6.3\" (hoặc khóa chỉ số)", "Indicator code, e.g. \"6.3\" (or indicator key)");
const A = p("a", "Số liệu a theo hướng dẫn chấm điểm (hoặc tiêu chí 1: Có/Không)", "Input a as the guidance defines it (or criterion 1: yes/no)");
const B = p("b", "Số liệu b (hoặc tiêu chí 2)", "Input b (or criterion 2)", true);
const C = p("c", "Số liệu c (hoặc tiêu chí 3)", "Input c (or criterion 3)", true);
const D = p("d", "Số liệu d (hoặc tiêu chí 4)", "Input d (or criterion 4)", true);
const YEAR = p("year", "Năm đánh giá (mặc định: quy định 2025-2027)", "Evaluation year (default: the 2025-2027 rule)", true);
const EDITION = p("edition", "Bộ chỉ số: \"draft-2025\" (mặc định) hoặc \"qd405-29\"", "Edition: \"draft-2025\" (default) or \"qd405-29\"", true);

// Resolving a code is the hot path of range calls: remember the answer per (edition, code).
const resolveCache = new Map<string, Map<Raw, Resolved | CellError>>();
function resolve(code: Raw, edition: Raw): Resolved | CellError {
  if (typeof code === "object" && code !== null) return resolveIndicator(code, edition);
  const ek = edition === null || edition === undefined ? "" : String(edition);
  let byCode = resolveCache.get(ek);
  if (!byCode) {
    if (resolveCache.size > 100) resolveCache.clear();
    byCode = new Map();
    resolveCache.set(ek, byCode);
  }
  let r = byCode.get(code);
  if (r === undefined) {
    r = resolveIndicator(code, edition);
    if (byCode.size > 10_000) byCode.clear();
    byCode.set(code, r);
  }
  return r;
}

function year(v: Raw): number | null | CellError {
  return v === null || v === undefined || v === "" ? null : toYear(v);
}

function score(args: readonly Raw[]): Result {
  const [code, a, b, c, d, y, e] = args;
  const r = resolve(code, e);
  if (r instanceof CellError) return r;
  const yr = year(y);
  if (yr instanceof CellError) return yr;
  return scoreIndicator(r, [a, b, c, d], yr);
}

function ratio(args: readonly Raw[]): Result {
  const [code, a, b, c, d, e] = args;
  const r = resolve(code, e);
  if (r instanceof CellError) return r;
  const parts = computeRatio(r, [a, b, c, d]);
  return parts instanceof CellError ? parts : cleanFloat(parts.ratio);
}

function max(args: readonly Raw[]): Result {
  const r = resolve(args[0], args[1]);
  if (r instanceof CellError) return r;
  return r.max ?? naError("maxNotPublished", { code: r.code, edition: r.edition.id });
}

function name(args: readonly Raw[]): Result {
  const r = resolve(args[0], args[1]);
  return r instanceof CellError ? r : nameIn(r.edition.id, r.indicator);
}

function pillar(args: readonly Raw[]): Result {
  const r = resolve(args[0], args[1]);
  if (r instanceof CellError) return r;
  return `${r.indicator.pillar}. ${getPillar(r.indicator.pillar)!.vi}`;
}

function threshold(args: readonly Raw[]): Result {
  const [code, y, e] = args;
  const r = resolve(code, e);
  if (r instanceof CellError) return r;
  if (!r.indicator.rule) return naError("ruleNotPublished", { code: r.code, edition: r.edition.id });
  const yr = year(y);
  if (yr instanceof CellError) return yr;
  return thresholdFor(r.indicator.rule, yr);
}

function needed(args: readonly Raw[]): Result {
  const [code, a, b, c, d, y, e] = args;
  const r = resolve(code, e);
  if (r instanceof CellError) return r;
  const yr = year(y);
  if (yr instanceof CellError) return yr;
  return neededForFull(r, [a, b, c, d], yr);
}

function readTarget(text: Raw, rate = false): Target | CellError {
  return readTargetValue(text, rate) ?? naError("targetEmpty");
}

function target(args: readonly Raw[]): Result {
  const [text, actual] = args;
  const t = readTarget(text);
  if (t instanceof CellError) return t;
  if (t.kind === "qualitative") return naError("targetQualitative", { text: t.text });
  const v = toNumber(actual);
  if (v === null) return naError("missingInput", { letter: "actual" });
  if (v instanceof CellError) return v;
  return meetsTarget(t, v);
}

function targetscore(args: readonly Raw[]): Result {
  const [code, text, y, e] = args;
  const r = resolve(code, e);
  if (r instanceof CellError) return r;
  const yr = year(y);
  if (yr instanceof CellError) return yr;
  const t = readTarget(text, r.indicator.ratio?.share === false);
  if (t instanceof CellError) return t;
  return targetScore(t, r, yr);
}

function flatten(a: Arg): Raw[] {
  if (Array.isArray(a)) return (a as Raw[][]).flat();
  return [a as Raw];
}

function total(args: readonly Arg[]): Result {
  const [codesArg, pointsArg, pillarArg, editionArg] = args;
  const codes = flatten(codesArg);
  const points = flatten(pointsArg);
  if (codes.length !== points.length) return valueError("shapeMismatch");
  const edition = resolveEdition(editionArg as Raw);
  if (edition instanceof CellError) return edition;
  let only: number | null = null;
  if (!isBlank(pillarArg as Raw)) {
    const m = /^\s*(\d)/.exec(toText(pillarArg as Raw));
    only = m ? Number(m[1]) : null;
    if (only === null || !getPillar(only)) return naError("unknownPillar", { text: toText(pillarArg as Raw) });
  }
  const seen = new Set<string>();
  let sum = 0;
  for (let i = 0; i < codes.length; i++) {
    if (isBlank(codes[i]) && isBlank(points[i])) continue;
    const r = resolveIndicator(codes[i], edition.id);
    if (r instanceof CellError) return r;
    if (seen.has(r.indicator.key)) return valueError("duplicateCode", { code: r.code });
    seen.add(r.indicator.key);
    if (only !== null && r.indicator.pillar !== only) continue;
    if (isBlank(points[i])) continue;
    const v = toNumber(points[i]);
    if (v instanceof CellError || v === null) return valueError("pointsNotNumber", { text: toText(points[i]) });
    if (v < 0) return valueError("negative", { letter: r.code, value: v });
    if (r.max !== null && v > r.max + 1e-9) return valueError("pointsAboveMax", { value: v, code: r.code, max: r.max });
    sum += v;
  }
  return round2(sum);
}

export const FUNCTIONS: readonly FunctionSpec[] = [
  {
    name: "SCORE", result: "number", elementwise: true, impl: score as FunctionSpec["impl"],
    vi: "Điểm của chỉ số thành phần DTI từ số liệu a, b, c, d (làm tròn 2 chữ số thập phân)",
    en: "Points of a DTI component indicator from inputs a, b, c, d (rounded to 2 decimals)",
    params: [CODE, A, B, C, D, YEAR, EDITION],
    exampleVi: "=DTI.SCORE(\"6.3\"; 350000; 1000000) → 20",
  },
  {
    name: "RATIO", result: "number", elementwise: true, impl: ratio as FunctionSpec["impl"],
    vi: "Tỷ lệ của chỉ số theo đúng công thức hướng dẫn (4.4 là b/a; 2.2 là (a+b)/(c+d))",
    en: "The indicator's ratio exactly as the guidance defines it (4.4 is b/a; 2.2 is (a+b)/(c+d))",
    params: [CODE, A, B, C, D, EDITION],
    exampleVi: "=DTI.RATIO(\"4.4\"; 1000; 700) → 0,7",
  },
  {
    name: "MAX", result: "number", elementwise: true, impl: max as FunctionSpec["impl"],
    vi: "Điểm tối đa của chỉ số", en: "Maximum points of the indicator",
    params: [CODE, EDITION], exampleVi: "=DTI.MAX(\"1.5\") → 80",
  },
  {
    name: "NAME", result: "string", elementwise: true, impl: name as FunctionSpec["impl"],
    vi: "Tên tiếng Việt của chỉ số", en: "Vietnamese name of the indicator",
    params: [CODE, EDITION], exampleVi: "=DTI.NAME(\"6.4\") → Tỷ lệ người dân có Sổ sức khỏe điện tử",
  },
  {
    name: "PILLAR", result: "string", elementwise: true, impl: pillar as FunctionSpec["impl"],
    vi: "Số và tên chỉ số chính (trụ cột) chứa chỉ số", en: "Number and name of the indicator's pillar",
    params: [CODE, EDITION], exampleVi: "=DTI.PILLAR(\"5.2\") → 5. Hoạt động kinh tế số",
  },
  {
    name: "THRESHOLD", result: "number", elementwise: true, impl: threshold as FunctionSpec["impl"],
    vi: "Tỷ lệ cần đạt để được điểm tối đa", en: "Ratio that earns full points",
    params: [CODE, YEAR, EDITION], exampleVi: "=DTI.THRESHOLD(\"4.5\"; 2028) → 0,99",
  },
  {
    name: "NEEDED", result: "number", elementwise: true, impl: needed as FunctionSpec["impl"],
    vi: "Còn thiếu bao nhiêu đơn vị tử số để đạt điểm tối đa (0 nếu đã đạt)",
    en: "How many more units of the numerator are needed for full points (0 if reached)",
    params: [CODE, A, B, C, D, YEAR, EDITION], exampleVi: "=DTI.NEEDED(\"6.3\"; 350000; 1000000) → 350000",
  },
  {
    name: "TARGET", result: "boolean", elementwise: true, impl: target as FunctionSpec["impl"],
    vi: "Giá trị thực tế có đạt mục tiêu ghi bằng chữ không (TRUE/FALSE)",
    en: "Does the actual value meet the written target (TRUE/FALSE)",
    params: [
      p("target_text", "Mục tiêu như văn bản ghi: \"Trên 80%\", \"90% trở lên\", \"≤4\", \"01 doanh nghiệp/1.000 dân\"", "Target as written: \"Trên 80%\", \"90% trở lên\", \"≤4\", \"01 doanh nghiệp/1.000 dân\""),
      p("actual", "Giá trị thực tế (tỷ lệ 0,81 hoặc 81%; thứ hạng; số DN/1.000 dân)", "Actual value (ratio 0.81 or 81%; rank; enterprises per 1000 people)"),
    ],
    exampleVi: "=DTI.TARGET(\"Trên 80%\"; 0,81) → TRUE",
  },
  {
    name: "TARGETSCORE", result: "number", elementwise: true, impl: targetscore as FunctionSpec["impl"],
    vi: "Điểm chỉ số đạt được nếu vừa đúng đạt mục tiêu ghi bằng chữ",
    en: "Points the indicator earns if the written target is met exactly",
    params: [CODE, p("target_text", "Mục tiêu như văn bản ghi, ví dụ \"Trên 30%\"", "Target as written, e.g. \"Trên 30%\""), YEAR, EDITION],
    exampleVi: "=DTI.TARGETSCORE(\"6.3\"; \"Trên 30%\") → 17,14",
  },
  {
    name: "TOTAL", result: "number", elementwise: false, impl: total as FunctionSpec["impl"],
    vi: "Tổng điểm của một trụ cột hoặc toàn bộ, kiểm tra mã chỉ số có thật và không trùng",
    en: "Sum of points of one pillar or all, checking that codes are real and not repeated",
    params: [
      p("codes", "Cột mã chỉ số", "Column of indicator codes"),
      p("points", "Cột điểm tương ứng", "Column of points"),
      p("pillar", "Trụ cột cần cộng (1 đến 6); bỏ trống: cộng tất cả", "Pillar to add up (1 to 6); blank: all", true),
      EDITION,
    ],
    exampleVi: "=DTI.TOTAL(A5:A31; F5:F31; 6)",
  },
];

const BY_NAME = new Map(FUNCTIONS.map((f) => [f.name, f]));

export function getFunction(name: string): FunctionSpec | undefined {
  return BY_NAME.get(name.toUpperCase().replace(/^DTI[._]/, ""));
}

function isRange(a: Arg): a is readonly (readonly Raw[])[] {
  return Array.isArray(a);
}

/**
 * Calls a function as a host would: any argument may be a range (rows of values). Element-wise
 * functions broadcast single values against ranges of one shared shape and return a range of that
 * shape, each cell with its own result or error. Returns a single result when no argument is a range.
 */
export function callFunction(fnName: string, args: readonly Arg[]): Result | Result[][] {
  const fn = getFunction(fnName);
  if (!fn) return naError("unknownCode", { code: fnName, edition: "" });
  if (!fn.elementwise) return fn.impl(args);
  let rows = 1;
  let cols = 1;
  let shaped = false;
  const norm: Arg[] = [];
  for (const a of args) {
    if (isRange(a)) {
      const r = a.length;
      const c = r ? a[0].length : 0;
      if (r === 1 && c === 1) {
        norm.push(a[0][0]);
        continue;
      }
      if (!shaped) {
        rows = r;
        cols = c;
        shaped = true;
      } else if (r !== rows || c !== cols) {
        return valueError("shapeMismatch");
      }
    }
    norm.push(a);
  }
  if (!shaped) return fn.impl(norm as Raw[]);
  const out: Result[][] = new Array(rows);
  const cell: Raw[] = new Array(norm.length);
  const ranged = norm.map((a) => isRange(a));
  for (let k = 0; k < norm.length; k++) if (!ranged[k]) cell[k] = norm[k] as Raw;
  for (let i = 0; i < rows; i++) {
    const row: Result[] = new Array(cols);
    for (let j = 0; j < cols; j++) {
      let blankRow = true;
      for (let k = 0; k < norm.length; k++) {
        if (!ranged[k]) continue;
        const v = (norm[k] as readonly (readonly Raw[])[])[i]?.[j] ?? null;
        cell[k] = v;
        if (blankRow && !isBlank(v)) blankRow = false;
      }
      // Rows the user left empty inside a selected range stay empty.
      row[j] = blankRow ? "" : fn.impl(cell);
    }
    out[i] = row;
  }
  return out;
}

