// Errors as values: the small set of spreadsheet error types, each with a message key.
import type { MessageKey } from "./i18n";

export type ErrorType = "VALUE" | "NA" | "NUM" | "DIV0";

/** What the spreadsheet shows for each error type. */
export const ERROR_CODES: Record<ErrorType, string> = {
  VALUE: "#VALUE!",
  NA: "#N/A",
  NUM: "#NUM!",
  DIV0: "#DIV/0!",
};

export class CellError {
  constructor(
    readonly type: ErrorType,
    readonly key: MessageKey,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {}

  get code(): string {
    return ERROR_CODES[this.type];
  }
}

export function isCellError(v: unknown): v is CellError {
  return v instanceof CellError;
}

export const valueError = (key: MessageKey, params?: Record<string, string | number>) =>
  new CellError("VALUE", key, params);
export const naError = (key: MessageKey, params?: Record<string, string | number>) =>
  new CellError("NA", key, params);
export const div0Error = (key: MessageKey, params?: Record<string, string | number>) =>
  new CellError("DIV0", key, params);
