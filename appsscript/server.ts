// The Apps Script server: custom functions over the core, and the pane's operations over a SpreadsheetApp port.
// Bundled as an IIFE (global DTISheets); the top-level functions Sheets calls are generated declarations that forward here.
import { CellError } from "../core/errors";
import { callFunction, type Arg, type Result } from "../core/functions";
import { OPERATIONS, type OperationName } from "../core/host/operations";
import { formatMessage, type Lang } from "../core/i18n";
import { SheetsPort } from "./sheets-port";
import { decodeWire, encodeWire } from "./wire";

/**
 * The spreadsheet's locale decides the language. Custom functions may use only services that need no
 * authorisation: the Spreadsheet service's reads are among them, Session is not.
 */
function lang(): Lang {
  try {
    return /^en/i.test(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale()) ? "en" : "vi";
  } catch {
    return "vi";
  }
}

const describe = (e: CellError, l: Lang) => `${e.code} ${formatMessage(e.key, e.params, l)}`;

/**
 * A custom function call. Sheets cannot hold an error value inside an array, so in a range result a
 * bad row holds the error as text ("#VALUE! …"); a single-value call throws, and Sheets shows #ERROR!
 * with the Vietnamese message. Blank cells arrive as "" and mean "no value".
 */
export function customFunction(name: string, args: unknown[]): unknown {
  const l = lang();
  const result = callFunction(name, args.map((a) => (a === undefined ? null : a)) as Arg[]);
  if (Array.isArray(result)) return result.map((row: Result[]) => row.map((r) => (r instanceof CellError ? describe(r, l) : r)));
  if (result instanceof CellError) throw new Error(describe(result, l));
  return result;
}

/** An operation the sidebar asked for: arguments and result cross google.script.run as JSON (dates encoded). */
export function operation(name: OperationName, payload: string): string {
  const op = OPERATIONS[name] as (port: SheetsPort, ...args: unknown[]) => unknown;
  if (!op) throw new Error(`unknown operation ${name}`);
  const args = decodeWire(payload) as unknown[];
  return encodeWire(op(new SheetsPort(), ...args));
}

export function onOpen(): void {
  const en = lang() === "en";
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(en ? "Open the DTI pane" : "Mở ngăn DTI", "showSidebar")
    .addItem(en ? "Insert a DTI template" : "Chèn bảng mẫu DTI", "insertTemplateFromMenu")
    .addToUi();
}

/** The sidebar in the spreadsheet's language: the server knows the locale, the browser's own is not the document's. */
export function showSidebar(): void {
  const page = HtmlService.createHtmlOutputFromFile("sidebar").getContent().replace('<html lang="vi">', `<html lang="${lang()}">`);
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput(page).setTitle("DTI Sheets"));
}

export function insertTemplateFromMenu(): void {
  const l = lang();
  const record = OPERATIONS.insertTemplate(new SheetsPort(), { lang: l }) as { sheet: string };
  SpreadsheetApp.getActiveSpreadsheet().toast(formatMessage("paneTemplateDone", { sheet: record.sheet }, l), "DTI Sheets");
}
