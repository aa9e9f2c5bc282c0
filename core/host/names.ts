// The names of the pane operations, apart from their code: the Sheets sidebar and the Apps Script declarations need only these.
export const OPERATION_NAMES = ["check", "select", "mark", "clearMarks", "previewFill", "applyFill", "undo", "insertTemplate", "chart", "importTable"] as const;
export type OperationName = (typeof OPERATION_NAMES)[number];
