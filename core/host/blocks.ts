// Turns a list of cell writes into rectangles (one host call each) and cell contents hosts read as typed.
import { columnLetter } from "../grid";
import type { Raw } from "../values";
import type { PortWrite } from "./port";

/** A rectangle made only of cells an operation writes: `cells[i][j]` sits at (top + i, left + j). */
export interface Block {
  top: number;
  left: number;
  cells: PortWrite[][];
  /** "G4:G31". */
  address: string;
}

/**
 * Groups writes into rectangles: runs of consecutive rows in one column, then side-by-side runs over
 * the same rows joined. A cell the list does not name is never inside a block, so writing a block never
 * rewrites a cell the operation does not own. The number of blocks follows the table's shape, not its rows.
 */
export function toBlocks(writes: readonly PortWrite[]): Block[] {
  const byCell = new Map<string, PortWrite>();
  for (const w of writes) byCell.set(`${w.row}:${w.col}`, w);
  const sorted = [...byCell.values()].sort((a, b) => a.col - b.col || a.row - b.row);
  const runs: { top: number; bottom: number; col: number; cells: PortWrite[] }[] = [];
  for (const w of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.col === w.col && last.bottom === w.row - 1) {
      last.bottom = w.row;
      last.cells.push(w);
    } else {
      runs.push({ top: w.row, bottom: w.row, col: w.col, cells: [w] });
    }
  }
  const blocks: { top: number; bottom: number; left: number; right: number; columns: PortWrite[][] }[] = [];
  const open = new Map<string, (typeof blocks)[number]>();
  for (const r of runs) {
    const key = `${r.top}:${r.bottom}`;
    const b = open.get(key);
    if (b && b.right === r.col - 1) {
      b.right = r.col;
      b.columns.push(r.cells);
    } else {
      const nb = { top: r.top, bottom: r.bottom, left: r.col, right: r.col, columns: [r.cells] };
      blocks.push(nb);
      open.set(key, nb);
    }
  }
  return blocks.map((b) => ({
    top: b.top,
    left: b.left,
    cells: Array.from({ length: b.bottom - b.top + 1 }, (_, i) => b.columns.map((col) => col[i])),
    address: `${columnLetter(b.left)}${b.top + 1}:${columnLetter(b.right)}${b.bottom + 1}`,
  }));
}

// Text a spreadsheet would read as something else when entered: a number, a date, a formula, a boolean.
const READS_AS_OTHER = /^\s*(?:[=+\-@']|[\d.,\s]+%?\s*$|\d{1,4}[/-]\d{1,2}(?:[/-]\d{1,4})?\s*$|(?:true|false)\s*$)/i;

/**
 * What to enter so the cell ends up holding exactly this: a formula as "=…", numbers and booleans as
 * they are, blank as "", and text that would otherwise be read as a number, date or formula behind
 * an apostrophe (both hosts store the apostrophe as "this is text", not as a character).
 */
export function cellInput(w: { formula: string | null; value: Raw }): string | number | boolean | Date {
  if (w.formula) return w.formula;
  const v = w.value;
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v !== "" && READS_AS_OTHER.test(v) ? `'${v}` : v;
  return v;
}

/**
 * A formula in a decimal-comma locale's form: ";" between arguments and a decimal comma in numbers, text in
 * quotes untouched ("=DTI_SCORE(\"6.3\",C5,0.5)" → "=DTI_SCORE(\"6.3\";C5;0,5)").
 */
export function localeFormula(formula: string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 ? part : part.replace(/,/g, ";").replace(/(\d)\.(\d)/g, "$1,$2")))
    .join("");
}
