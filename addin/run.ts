// Excel's custom functions over the core: matrices in, a matrix out, core errors as CustomFunctions.Error.
import { CellError } from "../core/errors";
import { callFunction, FUNCTIONS, type Arg, type Result } from "../core/functions";
import { formatMessage, type Lang } from "../core/i18n";
import type { Raw } from "../core/values";

/** Messages in Office's display language: English when Office is in English, Vietnamese otherwise. */
function lang(): Lang {
  const g = globalThis as { Office?: { context?: { displayLanguage?: string } } };
  return /^en/i.test(g.Office?.context?.displayLanguage ?? "") ? "en" : "vi";
}

/** Excel shows a message only on #VALUE! and #N/A; the other two carry none. */
function toExcelError(e: CellError): CustomFunctions.Error {
  // The core's codes are Excel's own ("#VALUE!", "#N/A", …), which CustomFunctions.ErrorCode's values are.
  const code = e.code as CustomFunctions.ErrorCode;
  const message = e.type === "VALUE" || e.type === "NA" ? formatMessage(e.key, e.params, lang()) : undefined;
  return new CustomFunctions.Error(code, message);
}

function toExcel(r: Result): unknown {
  return r instanceof CellError ? toExcelError(r) : r;
}

/** An error cell given as input (functions.json allows them): Excel hands it over as an error object with its code. */
type InputError = { code: string; message?: string };
function isInputError(v: unknown): v is InputError {
  return typeof v === "object" && v !== null && !(v instanceof Date) && typeof (v as InputError).code === "string" && (v as InputError).code.startsWith("#");
}

/** An omitted optional argument arrives as undefined or null; a blank cell as "". Both mean "not given". Error cells are taken out (their rows answer with them). */
function fromExcel(a: unknown[][] | undefined | null): Arg {
  if (a === undefined || a === null) return null;
  return a.map((row) => row.map((v) => (isInputError(v) ? null : v))) as Raw[][];
}

/** The first error among the inputs at a result's position (a single cell given applies to every position). */
function inputErrorAt(args: readonly (unknown[][] | undefined | null)[], r: number, c: number): InputError | null {
  for (const a of args) {
    if (!a) continue;
    const v = a.length === 1 && a[0].length === 1 ? a[0][0] : a[r]?.[c];
    if (isInputError(v)) return v;
  }
  return null;
}

function asExcelError(e: InputError): CustomFunctions.Error {
  return new CustomFunctions.Error(e.code as CustomFunctions.ErrorCode);
}

/**
 * Calls one catalog function; a single result is returned as a 1×1 matrix (declared `any[][]`, so ranges
 * spill). A row whose input is an error cell answers with that error; the other rows are scored as usual.
 */
export function runFunction(name: string, args: (unknown[][] | undefined | null)[]): unknown[][] {
  const result = callFunction(name, args.map(fromExcel));
  const elementwise = FUNCTIONS.find((f) => f.name === name)?.elementwise ?? true;
  if (!elementwise) {
    // A total over ranges is the first error among them, as SUM is.
    const first = args.flatMap((a) => (a ?? []).flat()).find(isInputError);
    if (first) return [[asExcelError(first)]];
  }
  if (Array.isArray(result)) return result.map((row, r) => row.map((v, c) => {
    const e = inputErrorAt(args, r, c);
    return e ? asExcelError(e) : toExcel(v);
  }));
  const e = inputErrorAt(args, 0, 0);
  return [[e ? asExcelError(e) : toExcel(result)]];
}
