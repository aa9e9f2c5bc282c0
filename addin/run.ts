// Excel's custom functions over the core: matrices in, a matrix out, core errors as CustomFunctions.Error.
import { CellError } from "../core/errors";
import { callFunction, type Arg, type Result } from "../core/functions";
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

/** An omitted optional argument arrives as undefined or null; a blank cell as "". Both mean "not given". */
function fromExcel(a: Raw[][] | undefined | null): Arg {
  if (a === undefined || a === null) return null;
  return a;
}

/** Calls one catalog function; a single result is returned as a 1×1 matrix (declared `any[][]`, so ranges spill). */
export function runFunction(name: string, args: (Raw[][] | undefined | null)[]): unknown[][] {
  const result = callFunction(name, args.map(fromExcel));
  if (Array.isArray(result)) return result.map((row) => row.map(toExcel));
  return [[toExcel(result)]];
}
