// The custom functions (SCORE, RATIO, …) defined once: typed parameters, one gate, then the bodies. Hosts only wrap `callFunction`.
import { getPillar, resolveEdition, nameIn, resolveIndicator, type Edition, type Resolved } from "./catalog";
import { CellError, naError, valueError } from "./errors";
import { computeRatio, neededForFull, round2, scoreIndicator, thresholdFor } from "./scoring";
import { meetsTarget, readTargetValue, targetScore, type Target } from "./targets";
import { cleanFloat, isBlank, toNumber, toText, toYear, type Raw } from "./values";

export type Scalar = number | string | boolean | null;
export type Result = number | string | boolean | CellError;
/** An argument as a host hands it over: one value, or a range as rows of values. */
export type Arg = Raw | readonly (readonly Raw[])[];

/**
 * What a parameter holds, checked once by the gate before any body runs:
 * - code: an indicator code or key, resolved in the call's edition;
 * - input: a raw input a..d (a number, number text, or a yes/no criterion), read by the scoring gate;
 * - year: an evaluation year or blank; edition: an edition id or blank (the default);
 * - target: a written target (text, or a share as a number), read for the call's indicator;
 * - number: a number (an actual value);
 * - pillar: a pillar number or heading, or blank for all;
 * - range: a whole range, read as one list (TOTAL).
 */
export type ParamKind = "code" | "input" | "year" | "edition" | "target" | "number" | "pillar" | "range";

export interface ParamSpec {
  name: string;
  kind: ParamKind;
  optional: boolean;
  vi: string;
  en: string;
}

/** The arguments after the gate: each body reads only what its parameters declare. */
export interface Args {
  indicator: Resolved;
  inputs: Raw[];
  year: number | null;
  edition: Edition;
  target: Target;
  actual: number;
  pillar: number | null;
  ranges: Raw[][];
}

export interface FunctionSpec {
  /** Name in the DTI namespace: Excel `DTI.SCORE`, Sheets `DTI_SCORE`. */
  name: string;
  vi: string;
  en: string;
  /** What the result is, in a few words (help, the README's table). */
  returns: { vi: string; en: string };
  result: "number" | "string" | "boolean";
  params: readonly ParamSpec[];
  /** Element-wise: ranges in, a range of the same shape out. Otherwise the function reads whole ranges. */
  elementwise: boolean;
  /** Examples in Excel's Vietnamese display form (";" separators); Sheets' form is derived. */
  exampleVi: string;
  body: (args: Args) => Result;
}

const p = (name: string, kind: ParamKind, vi: string, en: string, optional = false): ParamSpec => ({ name, kind, optional, vi, en });

const CODE = p("code", "code", "Mã chỉ số, ví dụ \"6.3\" (hoặc khóa chỉ số)", "Indicator code, e.g. \"6.3\" (or indicator key)");
const A = p("a", "input", "Số liệu a theo hướng dẫn chấm điểm (hoặc tiêu chí 1: Có/Không)", "Input a as the guidance defines it (or criterion 1: yes/no)");
const B = p("b", "input", "Số liệu b (hoặc tiêu chí 2)", "Input b (or criterion 2)", true);
const C = p("c", "input", "Số liệu c (hoặc tiêu chí 3)", "Input c (or criterion 3)", true);
const D = p("d", "input", "Số liệu d (hoặc tiêu chí 4)", "Input d (or criterion 4)", true);
const YEAR = p("year", "year", "Năm đánh giá (mặc định: quy định 2025-2027)", "Evaluation year (default: the 2025-2027 rule)", true);
const EDITION = p("edition", "edition", "Bộ chỉ số: \"draft-2025\" (mặc định) hoặc \"qd405-29\"", "Edition: \"draft-2025\" (default) or \"qd405-29\"", true);

// Resolving a code is the hot path of range calls: remember the answer per (edition, code).
const resolveCache = new Map<string, Map<Raw, Resolved | CellError>>();
function resolve(code: Raw, edition: Edition): Resolved | CellError {
  if (typeof code === "object" && code !== null) return resolveIndicator(code, edition.id);
  let byCode = resolveCache.get(edition.id);
  if (!byCode) {
    byCode = new Map();
    resolveCache.set(edition.id, byCode);
  }
  let r = byCode.get(code);
  if (r === undefined) {
    r = resolveIndicator(code, edition.id);
    if (byCode.size > 10_000) byCode.clear();
    byCode.set(code, r);
  }
  return r;
}

function flatten(a: Arg): Raw[] {
  if (Array.isArray(a)) return (a as Raw[][]).flat();
  return [a as Raw];
}

function readPillar(v: Raw): number | null | CellError {
  if (isBlank(v)) return null;
  const m = /^\s*(\d)/.exec(toText(v));
  const n = m ? Number(m[1]) : null;
  return n !== null && getPillar(n) ? n : naError("unknownPillar", { text: toText(v) });
}

/**
 * The one gate: turns raw arguments into `Args` in the order the parameters are declared, except
 * that the edition is read first (a code means something only in an edition) and a target after the
 * code (a rate indicator reads a bare number as a rate). The first problem is the call's error.
 */
const editionIndex = new WeakMap<FunctionSpec, number>();

function gate(fn: FunctionSpec, raw: readonly Arg[]): Args | CellError {
  let ed = editionIndex.get(fn);
  if (ed === undefined) {
    ed = fn.params.findIndex((x) => x.kind === "edition");
    editionIndex.set(fn, ed);
  }
  const edition = resolveEdition(ed >= 0 ? (raw[ed] as Raw) : null);
  if (edition instanceof CellError) return edition;
  // One shape for every call keeps the hot range path monomorphic.
  const out: Args = { indicator: undefined as unknown as Resolved, inputs: [], year: null, edition, target: undefined as unknown as Target, actual: 0, pillar: null, ranges: [] };
  const params = fn.params;
  for (let i = 0; i < params.length; i++) {
    const v = raw[i] === undefined ? null : raw[i];
    switch (params[i].kind) {
      case "code": {
        const r = resolve(v as Raw, edition);
        if (r instanceof CellError) return r;
        out.indicator = r;
        break;
      }
      case "input":
        out.inputs.push(v as Raw);
        break;
      case "year": {
        if (v === null || v === "") break;
        const y = toYear(v as Raw);
        if (y instanceof CellError) return y;
        out.year = y;
        break;
      }
      case "target": {
        const t = readTargetValue(v as Raw, out.indicator?.indicator.ratio?.share === false);
        if (!t) return naError("targetEmpty");
        if (t.kind === "qualitative") return naError("targetQualitative", { text: t.text });
        out.target = t;
        break;
      }
      case "number": {
        const n = toNumber(v as Raw);
        if (n === null) return naError("missingInput", { letter: params[i].name });
        if (n instanceof CellError) return n;
        out.actual = n;
        break;
      }
      case "pillar": {
        const n = readPillar(v as Raw);
        if (n instanceof CellError) return n;
        out.pillar = n;
        break;
      }
      case "range":
        out.ranges.push(flatten(v as Arg));
        break;
      case "edition":
        break;
    }
  }
  return out;
}

const score = (x: Args) => scoreIndicator(x.indicator, x.inputs, x.year);

function ratio(x: Args): Result {
  const parts = computeRatio(x.indicator, x.inputs);
  return parts instanceof CellError ? parts : cleanFloat(parts.ratio);
}

const max = (x: Args): Result => x.indicator.max ?? naError("maxNotPublished", { code: x.indicator.code, edition: x.edition.id });
const name = (x: Args): Result => nameIn(x.edition.id, x.indicator.indicator);
const pillar = (x: Args): Result => `${x.indicator.indicator.pillar}. ${getPillar(x.indicator.indicator.pillar)!.vi}`;

function threshold(x: Args): Result {
  const rule = x.indicator.indicator.rule;
  return rule ? thresholdFor(rule, x.year) : naError("ruleNotPublished", { code: x.indicator.code, edition: x.edition.id });
}

const needed = (x: Args) => neededForFull(x.indicator, x.inputs, x.year);
const target = (x: Args) => meetsTarget(x.target, x.actual);
const targetscore = (x: Args) => targetScore(x.target, x.indicator, x.year);

function total(x: Args): Result {
  const [codes, points] = x.ranges;
  if (codes.length !== points.length) return valueError("shapeMismatch");
  const seen = new Set<string>();
  let sum = 0;
  for (let i = 0; i < codes.length; i++) {
    if (isBlank(codes[i]) && isBlank(points[i])) continue;
    const r = resolve(codes[i], x.edition);
    if (r instanceof CellError) return r;
    if (seen.has(r.indicator.key)) return valueError("duplicateCode", { code: r.code });
    seen.add(r.indicator.key);
    if (x.pillar !== null && r.indicator.pillar !== x.pillar) continue;
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
    name: "SCORE", returns: { vi: "điểm, làm tròn 2 chữ số", en: "points, rounded to 2 decimals" }, result: "number", elementwise: true, body: score,
    vi: "Điểm của chỉ số thành phần DTI từ số liệu a, b, c, d (làm tròn 2 chữ số thập phân)",
    en: "Points of a DTI component indicator from inputs a, b, c, d (rounded to 2 decimals)",
    params: [CODE, A, B, C, D, YEAR, EDITION],
    exampleVi: "=DTI.SCORE(\"6.3\"; 350000; 1000000) → 20",
  },
  {
    name: "RATIO", returns: { vi: "tỷ lệ theo đúng công thức", en: "the ratio exactly as defined" }, result: "number", elementwise: true, body: ratio,
    vi: "Tỷ lệ của chỉ số theo đúng công thức hướng dẫn (4.4 là b/a; 2.2 là (a+b)/(c+d))",
    en: "The indicator's ratio exactly as the guidance defines it (4.4 is b/a; 2.2 is (a+b)/(c+d))",
    params: [CODE, A, B, C, D, EDITION],
    exampleVi: "=DTI.RATIO(\"4.4\"; 1000; 700) → 0,7",
  },
  {
    name: "MAXPOINTS", returns: { vi: "điểm tối đa", en: "maximum points" }, result: "number", elementwise: true, body: max,
    vi: "Điểm tối đa của chỉ số", en: "Maximum points of the indicator",
    params: [CODE, EDITION], exampleVi: "=DTI.MAXPOINTS(\"1.5\") → 80",
  },
  {
    name: "NAME", returns: { vi: "tên chỉ số", en: "indicator name" }, result: "string", elementwise: true, body: name,
    vi: "Tên tiếng Việt của chỉ số", en: "Vietnamese name of the indicator",
    params: [CODE, EDITION], exampleVi: "=DTI.NAME(\"6.4\") → Tỷ lệ người dân có Sổ sức khỏe điện tử",
  },
  {
    name: "PILLAR", returns: { vi: "số và tên trụ cột", en: "pillar number and name" }, result: "string", elementwise: true, body: pillar,
    vi: "Số và tên chỉ số chính (trụ cột) chứa chỉ số", en: "Number and name of the indicator's pillar",
    params: [CODE, EDITION], exampleVi: "=DTI.PILLAR(\"5.2\") → 5. Hoạt động kinh tế số",
  },
  {
    name: "THRESHOLD", returns: { vi: "tỷ lệ đạt điểm tối đa", en: "ratio that earns full points" }, result: "number", elementwise: true, body: threshold,
    vi: "Tỷ lệ cần đạt để được điểm tối đa", en: "Ratio that earns full points",
    params: [CODE, YEAR, EDITION], exampleVi: "=DTI.THRESHOLD(\"4.5\"; 2028) → 0,99",
  },
  {
    name: "NEEDED", returns: { vi: "còn thiếu bao nhiêu (tử số)", en: "how much more of the numerator" }, result: "number", elementwise: true, body: needed,
    vi: "Còn thiếu bao nhiêu đơn vị tử số để đạt điểm tối đa (0 nếu đã đạt)",
    en: "How many more units of the numerator are needed for full points (0 if reached)",
    params: [CODE, A, B, C, D, YEAR, EDITION], exampleVi: "=DTI.NEEDED(\"6.3\"; 350000; 1000000) → 350000",
  },
  {
    name: "TARGET", returns: { vi: "TRUE/FALSE", en: "TRUE/FALSE" }, result: "boolean", elementwise: true, body: target,
    vi: "Giá trị thực tế có đạt mục tiêu ghi bằng chữ không (TRUE/FALSE)",
    en: "Does the actual value meet the written target (TRUE/FALSE)",
    params: [
      p("target_text", "target", "Mục tiêu như văn bản ghi: \"Trên 80%\", \"90% trở lên\", \"≤4\", \"01 doanh nghiệp/1.000 dân\"", "Target as written: \"Trên 80%\", \"90% trở lên\", \"≤4\", \"01 doanh nghiệp/1.000 dân\""),
      p("actual", "number", "Giá trị thực tế (tỷ lệ 0,81 hoặc 81%; thứ hạng; số DN/1.000 dân)", "Actual value (ratio 0.81 or 81%; rank; enterprises per 1000 people)"),
    ],
    exampleVi: "=DTI.TARGET(\"Trên 80%\"; 0,81) → TRUE",
  },
  {
    name: "TARGETSCORE", returns: { vi: "điểm nếu vừa đạt mục tiêu", en: "points if the target is met exactly" }, result: "number", elementwise: true, body: targetscore,
    vi: "Điểm chỉ số đạt được nếu vừa đúng đạt mục tiêu ghi bằng chữ",
    en: "Points the indicator earns if the written target is met exactly",
    params: [CODE, p("target_text", "target", "Mục tiêu như văn bản ghi, ví dụ \"Trên 30%\"", "Target as written, e.g. \"Trên 30%\""), YEAR, EDITION],
    exampleVi: "=DTI.TARGETSCORE(\"6.3\"; \"Trên 30%\") → 17,14",
  },
  {
    name: "TOTAL", returns: { vi: "tổng điểm, kiểm mã có thật và không trùng", en: "total points, codes checked real and unique" }, result: "number", elementwise: false, body: total,
    vi: "Tổng điểm của một trụ cột hoặc toàn bộ, kiểm tra mã chỉ số có thật và không trùng",
    en: "Sum of points of one pillar or all, checking that codes are real and not repeated",
    params: [
      p("codes", "range", "Cột mã chỉ số", "Column of indicator codes"),
      p("points", "range", "Cột điểm tương ứng", "Column of points"),
      p("pillar", "pillar", "Trụ cột cần cộng (1 đến 6); bỏ trống: cộng tất cả", "Pillar to add up (1 to 6); blank: all", true),
      EDITION,
    ],
    exampleVi: "=DTI.TOTAL(A5:A31; F5:F31; 6)",
  },
];

const BY_NAME = new Map(FUNCTIONS.map((f) => [f.name, f]));

export function getFunction(name: string): FunctionSpec | undefined {
  return BY_NAME.get(name.toUpperCase().replace(/^DTI[._]/, ""));
}

function run(fn: FunctionSpec, args: readonly Arg[]): Result {
  const x = gate(fn, args);
  return x instanceof CellError ? x : fn.body(x);
}

/**
 * A function's arguments in declared order from named ones, with trailing blanks dropped: the one
 * place that knows SCORE's order (fill plans build both the call and the formula text with it).
 */
export function positionalArgs<T>(fnName: string, named: Partial<Record<string, T>>, blank: T): T[] {
  const fn = getFunction(fnName)!;
  const out = fn.params.map((x) => (named[x.name] === undefined ? blank : named[x.name]!));
  while (out.length > 1 && out[out.length - 1] === blank) out.pop();
  return out;
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
  if (!fn.elementwise) return run(fn, args);
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
  if (!shaped) return run(fn, norm);
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
      row[j] = blankRow ? "" : run(fn, cell);
    }
    out[i] = row;
  }
  return out;
}

