// Errors as values: the small set of spreadsheet error types, each with a message key; and the one
// refusal (an operation or a file that cannot be done as asked) every host shows in its own way.
import { formatMessage, type Lang, type MessageKey } from "./i18n";

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

type RefusalParams = Readonly<Record<string, string | number>>;

/**
 * A refusal as data: a message key and its parameters. Thrown where work stops (a protected sheet, a
 * file that is not a workbook, an output onto an input); hosts word it with `describe(lang)`. Its
 * `message` is already worded in the language it was raised for, for hosts that pass only a message on
 * (google.script.run keeps nothing else of a thrown error).
 */
export class Refusal extends Error {
  readonly params: RefusalParams;
  constructor(readonly key: string, params: RefusalParams = {}, lang: Lang = "vi") {
    super(formatMessage(key, params, lang));
    this.name = "Refusal";
    this.params = params;
  }

  /** The sentence for the user; `extra` replaces parameters (a file shown by its name in a folder). */
  describe(lang: Lang, extra: RefusalParams = {}): string {
    return formatMessage(this.key, { ...this.params, ...extra }, lang);
  }
}

/** A refusal, also one raised by a separately bundled module (its class is a copy, so not `instanceof`). */
export function isRefusal(e: unknown): e is Refusal {
  return e instanceof Refusal || (e instanceof Error && e.name === "Refusal" && typeof (e as Refusal).key === "string" && typeof (e as Refusal).describe === "function");
}
