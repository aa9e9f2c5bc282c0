// Formats offices still send besides .xlsx — Excel 97–2003 (.xls), OpenDocument (.ods), and the HTML
// tables and XML Spreadsheet 2003 documents web systems save as ".xls" — read into grids with SheetJS CE
// (the 0.20.3 release as republished on the registry by @e965: no dependencies, no install scripts, no
// network code; the registry's own "xlsx" 0.18.5 is older and has published advisories).
import { read, utils, type CellObject, type WorkSheet } from "@e965/xlsx";
import { Refusal } from "../core/errors";
import { columnLetter, type Area, type Grid } from "../core/grid";
import type { Raw } from "../core/values";
import { LIMITS, ZipPackage } from "../formats/zip";

/** A cell as the grid keeps it: numbers, text, booleans, dates; an error as its code ("#N/A"). */
function cellValue(c: CellObject): Raw {
  if (c.t === "e") return c.w ?? "#N/A";
  if (c.t === "z" || c.v === undefined) return null;
  if (c.v instanceof Date) return c.v;
  return c.v as Raw;
}

/** The last index of a run of sorted numbers before a gap wider than `gap`. */
function edge(sorted: number[], gap: number): number {
  for (let i = 1; i < sorted.length; i++) if (sorted[i] - sorted[i - 1] > gap) return sorted[i - 1];
  return sorted[sorted.length - 1] ?? 0;
}

function sheetGrid(name: string, ws: WorkSheet): Grid {
  const cells: { r: number; c: number; v: Raw; f: string | null }[] = [];
  for (const key of Object.keys(ws)) {
    if (key[0] === "!") continue;
    const a = utils.decode_cell(key);
    const c = ws[key] as CellObject;
    const v = cellValue(c);
    if (v === null && !c.f) continue;
    cells.push({ r: a.r, c: a.c, v, f: c.f ? `=${c.f}` : null });
  }
  // Far-away cells and merges past the data are not part of the table (as for .xlsx).
  const maxRow = edge(cells.map((x) => x.r).sort((a, b) => a - b), LIMITS.rowGap);
  const maxCol = edge(cells.map((x) => x.c).sort((a, b) => a - b), LIMITS.colGap);
  const merges: Area[] = (ws["!merges"] ?? [])
    .map((m) => ({ top: m.s.r, left: m.s.c, bottom: Math.min(m.e.r, maxRow), right: Math.min(m.e.c, maxCol) }))
    .filter((m) => m.top <= m.bottom && m.left <= m.right && (m.bottom > m.top || m.right > m.left));
  const covered = new Set<number>();
  for (const m of merges) for (let y = m.top; y <= m.bottom; y++) for (let x = m.left; x <= m.right; x++) if (y !== m.top || x !== m.left) covered.add(y * 16384 + x);
  const values: Raw[][] = [];
  const formulas: (string | null)[][] = [];
  for (const x of cells) {
    if (x.r > maxRow || x.c > maxCol || covered.has(x.r * 16384 + x.c)) continue;
    (values[x.r] ??= [])[x.c] = x.v;
    (formulas[x.r] ??= [])[x.c] = x.f;
  }
  for (let y = 0; y < values.length; y++) {
    values[y] = Array.from(values[y] ?? [], (v) => (v === undefined ? null : v));
    formulas[y] = Array.from(formulas[y] ?? [], (f) => f ?? null);
  }
  return { name, values, formulas, merges };
}

/**
 * Reads a legacy or foreign workbook into grids. An .ods is a zip like an .xlsx: its XML parts are
 * inflated within the caps first, so a zip bomb is refused before SheetJS opens it.
 */
export function readLegacy(bytes: Uint8Array, file: string, kind: "xls" | "ods" | "html" | "xml2003"): Grid[] {
  if (kind === "ods") {
    const pkg = new ZipPackage(bytes, file);
    for (const name of pkg.names()) if (/\.xml$/.test(name)) pkg.bytesOf(name, LIMITS.sheetBytes, "sheetTooBig");
  }
  const text = kind === "html" || kind === "xml2003";
  let wb;
  // SheetJS speaks to the console about formats it approximates; the command line's output is its own.
  const { error, warn } = console;
  console.error = console.warn = () => undefined;
  try {
    wb = read(text ? new TextDecoder("utf-8").decode(bytes) : bytes, { type: text ? "string" : "buffer", cellFormula: true, cellDates: true, cellNF: false, cellHTML: false, cellStyles: false });
  } catch {
    throw new Refusal("corrupt", { file });
  } finally {
    console.error = error;
    console.warn = warn;
  }
  const sheets = wb.SheetNames.map((n) => sheetGrid(n, wb.Sheets[n])).filter((g) => g.values.length || (g.merges?.length ?? 0));
  return sheets.length ? sheets : [{ name: wb.SheetNames[0] ?? columnLetter(0), values: [] }];
}
