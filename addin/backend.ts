// The Excel backend of the pane: each operation in one Excel.run over an ExcelPort, and Office's failures as sentences.
import { OPERATIONS } from "../core/host/operations";
import { formatMessage, type Lang } from "../core/i18n";
import { makeBackend, type Backend } from "../pane/backend";
import "../pane/i18n";
import { ExcelPort } from "./excel-port";

/** Every operation as `Excel.run(context => operation(new ExcelPort(context), …))`; waits for a cell being edited. */
export function excelBackend(): Backend {
  return makeBackend((name, args) => {
    const op = OPERATIONS[name] as (port: ExcelPort, ...args: unknown[]) => unknown;
    return Excel.run({ delayForCellEdit: true }, async (context) => op(new ExcelPort(context), ...args));
  });
}

/** Office's failures as sentences; the operations' own refusals already are. */
export function describeOfficeError(e: unknown, lang: Lang): string | null {
  const code = (e as { code?: string } | null)?.code;
  if (code === "InvalidOperationInCellEditMode") return formatMessage("paneCellEditMode", {}, lang);
  if (code === "AccessDenied" || code === "WorksheetLocked") return formatMessage("paneProtected", {}, lang);
  return null;
}

export function displayLang(): Lang {
  return /^en/i.test(Office.context?.displayLanguage ?? "") ? "en" : "vi";
}

